//! Pages are not rendered again while nothing has changed: the last rendering of each page
//! is kept, per viewer, until the next write, and sent with an ETag so a browser that has it
//! already gets a 304.
//!
//! What "nothing has changed" means here:
//! - every unsafe request (POST…) may write, so each one starts a new *generation* when it
//!   completes, before its response leaves; a page kept from an older generation is never
//!   served again. A write is therefore visible to the very next request, including the one
//!   following the redirect after a save.
//! - a page may also depend on the clock (upcoming events, deadlines) or on writes made by
//!   another process (`lacralo-outreach import`), so a kept page is used for at most
//!   [`MAX_AGE`]; past it, one request renders it again while the others still get the
//!   kept one (never across a write).
//!
//! A kept page is only served to a request that would have rendered exactly it: the same
//! path and query, language, account (and its role), viewer's time zone, and, when the
//! page embeds the CSRF token, the same token. Pages showing a flash message, responses
//! that set cookies, and anything but a 200 are never kept. Authorization is unaffected: a
//! page reaches only the account it was rendered for, and roles are part of the key.

use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;

use super::PageCtx;

/// How long a kept page may be served without a write in between.
pub const MAX_AGE: Duration = Duration::from_secs(5);
/// Pages larger than this are rendered every time (they are rare and paginated).
const MAX_PAGE: usize = 2 * 1024 * 1024;
/// All kept pages together; past it the store starts again empty.
const MAX_TOTAL: usize = 32 * 1024 * 1024;
/// The cookie the webinar pages read the viewer's zone from (`webinars::zones`).
const ZONE_COOKIE: &str = "lacralo_tz";

#[derive(Default)]
pub struct PageCache {
    generation: AtomicU64,
    store: Mutex<Store>,
    /// Pages being rendered: others asking for the same one wait for it rather than render
    /// it again at the same time (after a write, 32 clients would otherwise render the same
    /// slow page 32 times at once, in CPU and memory).
    rendering: Mutex<HashMap<Key, Arc<tokio::sync::Mutex<()>>>>,
}

/// The right to render a page while others wait; ends when dropped, even if the request
/// is abandoned half-way.
struct Turn<'a> {
    cache: &'a PageCache,
    key: Key,
    gate: Arc<tokio::sync::Mutex<()>>,
    _guard: tokio::sync::OwnedMutexGuard<()>,
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        let mut rendering = self
            .cache
            .rendering
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if rendering
            .get(&self.key)
            .is_some_and(|g| Arc::ptr_eq(g, &self.gate))
        {
            rendering.remove(&self.key);
        }
    }
}

#[derive(Default)]
struct Store {
    pages: HashMap<Key, Kept>,
    bytes: usize,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    lang: &'static str,
    user: Option<(i64, &'static str)>,
    zone: Option<String>,
    /// Only for pages that embed the token (forms).
    csrf: Option<String>,
}

#[derive(Clone)]
struct Kept {
    generation: u64,
    at: Instant,
    headers: HeaderMap,
    body: Bytes,
    etag: HeaderValue,
}

impl PageCache {
    /// Something was written: no page kept so far is served again.
    pub fn changed(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// The current generation: it changes with every write.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Either the turn to render `key`, or (after waiting for whoever had it) nothing: the
    /// caller then looks in the store again, and renders itself if the page was not kept.
    async fn turn(&self, key: &Key) -> Option<Turn<'_>> {
        let gate = {
            let mut rendering = self.rendering.lock().unwrap_or_else(|e| e.into_inner());
            rendering.entry(key.clone()).or_default().clone()
        };
        match gate.clone().try_lock_owned() {
            Ok(guard) => Some(Turn {
                cache: self,
                key: key.clone(),
                gate,
                _guard: guard,
            }),
            Err(_) => {
                drop(gate.lock().await);
                None
            }
        }
    }

    fn find(&self, key: &Key) -> Option<Kept> {
        self.find_aged(key)
            .and_then(|(kept, fresh)| fresh.then_some(kept))
    }

    /// A page kept in this generation (no write since), and whether it is within MAX_AGE.
    fn find_aged(&self, key: &Key) -> Option<(Kept, bool)> {
        let store = self.store.lock().unwrap_or_else(|e| e.into_inner());
        let kept = store.pages.get(key)?;
        (kept.generation == self.generation()).then(|| (kept.clone(), kept.at.elapsed() < MAX_AGE))
    }

    /// Whether someone is rendering `key` right now.
    fn is_rendering(&self, key: &Key) -> bool {
        let rendering = self.rendering.lock().unwrap_or_else(|e| e.into_inner());
        rendering
            .get(key)
            .is_some_and(|gate| gate.try_lock().is_err())
    }

    fn keep(&self, key: Key, kept: Kept) {
        let mut store = self.store.lock().unwrap_or_else(|e| e.into_inner());
        let size = kept.body.len() + key.path_and_query.len();
        if store.bytes + size > MAX_TOTAL {
            store.pages.clear();
            store.bytes = 0;
        }
        if let Some(old) = store.pages.insert(key.clone(), kept) {
            store.bytes = store
                .bytes
                .saturating_sub(old.body.len() + key.path_and_query.len());
        }
        store.bytes += size;
    }
}

pub async fn middleware(
    State(cache): State<std::sync::Arc<PageCache>>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET {
        let unsafe_method = !matches!(*request.method(), Method::HEAD | Method::OPTIONS);
        let response = next.run(request).await;
        if unsafe_method {
            cache.changed();
        }
        return response;
    }
    let Some(ctx) = request.extensions().get::<PageCtx>().cloned() else {
        return next.run(request).await;
    };
    // Static files have their own, longer-lived policy.
    if ctx.flash.is_some() || request.uri().path().starts_with("/static/") {
        return next.run(request).await;
    }
    let zone = CookieJar::from_headers(request.headers())
        .get(ZONE_COOKIE)
        .map(|c| c.value().to_owned());
    let key = Key {
        path_and_query: ctx.path_and_query.clone(),
        lang: ctx.lang.code(),
        user: ctx.user.as_ref().map(|u| (u.id, u.role.as_str())),
        zone,
        csrf: None,
    };
    let with_token = Key {
        csrf: Some(ctx.csrf.clone()),
        ..key.clone()
    };
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    match cache
        .find_aged(&key)
        .or_else(|| cache.find_aged(&with_token))
    {
        Some((kept, true)) => return answer(kept, if_none_match.as_ref()),
        // Past its age but with no write since: while one request renders it again, the
        // others get the kept page rather than all waiting for the new one (every 5 s on a
        // busy page, 32 clients stalled for the rendering of `/`: the benchmark's p99).
        Some((kept, false)) if cache.is_rendering(&key) => {
            return answer(kept, if_none_match.as_ref());
        }
        _ => {}
    }

    let turn = cache.turn(&key).await;
    if turn.is_none() {
        if let Some(kept) = cache.find(&key).or_else(|| cache.find(&with_token)) {
            return answer(kept, if_none_match.as_ref());
        }
    }
    let generation = cache.generation();
    let response = next.run(request).await;
    // A page that says `no-store` shows something once (a fresh secret): never kept.
    let no_store = response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store"));
    let keepable = response.status() == StatusCode::OK
        && !no_store
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::ETAG)
        && is_page(response.headers())
        && response
            .body()
            .size_hint()
            .exact()
            .is_some_and(|n| n <= MAX_PAGE as u64);
    if !keepable {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_PAGE).await else {
        // The size was known and within the limit: only a failing body ends here.
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let kept = Kept {
        generation,
        at: Instant::now(),
        etag: etag(&body),
        headers: parts.headers,
        body,
    };
    let embeds_token = contains_bytes(&kept.body, ctx.csrf.as_bytes());
    cache.keep(if embeds_token { with_token } else { key }, kept.clone());
    drop(turn);
    answer(kept, if_none_match.as_ref())
}

/// Pages and the files made from the same data (calendar feeds, CSV lists); not the
/// health check, which must reflect the database now.
fn is_page(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.starts_with("text/html")
                || v.starts_with("text/calendar")
                || v.starts_with("text/csv")
        })
}

/// A kept page as a response, or a 304 when the browser has it already.
fn answer(kept: Kept, if_none_match: Option<&HeaderValue>) -> Response {
    let mut headers = kept.headers;
    headers.insert(header::ETAG, kept.etag.clone());
    // Personal pages: the browser may keep them, but must ask whether they changed.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    if if_none_match.is_some_and(|v| etag_matches(v, &kept.etag)) {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        response
            .headers_mut()
            .insert(header::ETAG, kept.etag.clone());
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
        return response;
    }
    headers.remove(header::CONTENT_LENGTH);
    let mut response = Response::new(Body::from(kept.body));
    *response.headers_mut() = headers;
    response
}

/// A weak validator (compression may change the bytes, not the page) from the content.
fn etag(body: &[u8]) -> HeaderValue {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    HeaderValue::from_str(&format!("W/\"{:016x}\"", hasher.finish()))
        .unwrap_or_else(|_| HeaderValue::from_static("W/\"0\""))
}

/// `If-None-Match` holds one or more validators, or `*`.
fn etag_matches(header: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(text) = header.to_str() else {
        return false;
    };
    let ours = etag.to_str().unwrap_or_default().trim_start_matches("W/");
    text.split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == ours)
}

fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators_match_weakly_and_in_lists() {
        let ours = HeaderValue::from_static("W/\"00000000000000ab\"");
        for (sent, expected) in [
            ("W/\"00000000000000ab\"", true),
            ("\"00000000000000ab\"", true),
            ("\"x\", W/\"00000000000000ab\"", true),
            ("*", true),
            ("W/\"00000000000000ac\"", false),
            ("", false),
        ] {
            assert_eq!(
                etag_matches(&HeaderValue::from_static(sent), &ours),
                expected,
                "{sent}"
            );
        }
    }

    #[tokio::test]
    async fn one_renders_while_the_others_wait_for_it() {
        let cache = Arc::new(PageCache::default());
        let key = Key {
            path_and_query: "/coverage".into(),
            lang: "es",
            user: None,
            zone: None,
            csrf: None,
        };
        let first = cache.turn(&key).await.expect("the first one renders");
        let waiting = {
            let (cache, key) = (cache.clone(), key.clone());
            tokio::spawn(async move { cache.turn(&key).await.is_none() })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(
            !waiting.is_finished(),
            "the second waits while the first renders"
        );
        drop(first);
        assert!(
            waiting.await.unwrap(),
            "then looks in the store instead of rendering"
        );
        // The wave is over: the next one renders again.
        assert!(cache.turn(&key).await.is_some());
    }

    #[tokio::test]
    async fn an_aged_page_is_still_found_while_it_is_rendered_again_but_not_after_a_write() {
        let cache = PageCache::default();
        let key = Key {
            path_and_query: "/".into(),
            lang: "pt",
            user: None,
            zone: None,
            csrf: None,
        };
        let aged = Kept {
            generation: cache.generation(),
            at: Instant::now() - MAX_AGE - Duration::from_secs(1),
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"old"),
            etag: etag(b"old"),
        };
        cache.keep(key.clone(), aged);
        assert!(cache.find(&key).is_none(), "too old to be served as fresh");
        assert!(!cache.is_rendering(&key));
        let turn = cache.turn(&key).await.expect("the first renders");
        assert!(cache.is_rendering(&key));
        assert!(matches!(cache.find_aged(&key), Some((_, false))));
        drop(turn);
        cache.changed();
        assert!(cache.find_aged(&key).is_none(), "never across a write");
    }

    #[test]
    fn a_new_generation_hides_every_kept_page() {
        let cache = PageCache::default();
        let key = Key {
            path_and_query: "/".into(),
            lang: "en",
            user: None,
            zone: None,
            csrf: None,
        };
        let kept = Kept {
            generation: cache.generation(),
            at: Instant::now(),
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"page"),
            etag: etag(b"page"),
        };
        cache.keep(key.clone(), kept.clone());
        assert!(cache.find(&key).is_some());
        cache.changed();
        assert!(cache.find(&key).is_none());
        // Kept during the old generation (a read that began before the write): not served.
        cache.keep(key.clone(), kept);
        assert!(cache.find(&key).is_none());
    }
}
