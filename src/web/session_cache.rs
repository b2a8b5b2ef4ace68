//! Logins read from memory: the session store keeps in memory the sessions it has read or
//! written, in front of the SQLite store (tower-sessions' `CachingSessionStore`), so a page
//! view of someone logged in does not read the database for its session. Every write goes
//! to SQLite first (a restart loses nothing) and to memory.
//!
//! tower-sessions' own `MemoryStore` never forgets a session until it is loaded after
//! expiring; this one is bounded: past [`MAX_SESSIONS`] it drops the expired ones, and if
//! that is not enough, forgets them all (they are read again from SQLite as needed).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

const MAX_SESSIONS: usize = 10_000;

#[derive(Clone, Debug, Default)]
pub struct SessionCache(Arc<Mutex<HashMap<Id, Record>>>);

impl SessionCache {
    fn keep(&self, record: &Record) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_SESSIONS && !map.contains_key(&record.id) {
            let now = OffsetDateTime::now_utc();
            map.retain(|_, r| r.expiry_date > now);
            if map.len() >= MAX_SESSIONS {
                map.clear();
            }
        }
        map.insert(record.id, record.clone());
    }
}

#[async_trait]
impl SessionStore for SessionCache {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // The id was settled by the SQLite store, which the caching store asks first.
        self.keep(record);
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.keep(record);
        Ok(())
    }

    async fn load(&self, session_id: &Id) -> session_store::Result<Option<Record>> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        Ok(map
            .get(session_id)
            .filter(|r| r.expiry_date > OffsetDateTime::now_utc())
            .cloned())
    }

    async fn delete(&self, session_id: &Id) -> session_store::Result<()> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(session_id);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_sessions::cookie::time::Duration;

    fn record(minutes: i64) -> Record {
        Record {
            id: Id::default(),
            data: HashMap::default(),
            expiry_date: OffsetDateTime::now_utc() + Duration::minutes(minutes),
        }
    }

    #[tokio::test]
    async fn sessions_are_kept_until_they_expire_or_are_deleted_and_the_cache_is_bounded() {
        let cache = SessionCache::default();
        let live = record(30);
        cache.save(&live).await.unwrap();
        assert!(cache.load(&live.id).await.unwrap().is_some());
        let expired = record(-1);
        cache.save(&expired).await.unwrap();
        assert!(cache.load(&expired.id).await.unwrap().is_none());
        cache.delete(&live.id).await.unwrap();
        assert!(cache.load(&live.id).await.unwrap().is_none());
        for _ in 0..MAX_SESSIONS + 5 {
            cache.save(&record(30)).await.unwrap();
        }
        assert!(cache.0.lock().unwrap().len() <= MAX_SESSIONS);
    }
}
