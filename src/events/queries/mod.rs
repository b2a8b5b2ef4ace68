//! SQL for events, with bound parameters only: the writes here (each audited, each
//! keeping the webinar row in step), the reads of lists and months in `listing.rs`, the
//! uploads kept between preview and confirmation in `batches.rs`.

use sqlx::{Row, Sqlite, SqliteConnection, SqlitePool};

use super::model::{DateChangeRow, EventRow, EventStatus, NewEvent, Relevance};
use crate::audit::write::{self, Target};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::web::csrf::hex;

mod batches;
mod listing;
mod series;

pub use batches::*;
pub use listing::*;
pub use series::*;

pub(super) const COLUMNS: &str =
    "id, uid, title, kind, relevance, organiser, city, country, online,
    date_precision, year, month, start_date, end_date, start_time, time_zone, status, url,
    notes, needs_review, review_note, sequence, version, created_at, updated_at, series_id,
    recurrence_day";

type SqliteQuery<'q> = sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds the editable fields, in the order both INSERT and UPDATE list them first.
fn bind_fields<'q>(query: SqliteQuery<'q>, event: &'q NewEvent) -> SqliteQuery<'q> {
    let d = event.dates.columns();
    query
        .bind(event.title.clone())
        .bind(event.kind.as_str().to_owned())
        .bind(event.relevance.as_str().to_owned())
        .bind(event.organiser.clone())
        .bind(event.city.clone())
        .bind(event.country.clone())
        .bind(event.online)
        .bind(d.precision.to_owned())
        .bind(d.year)
        .bind(d.month)
        .bind(d.start_date)
        .bind(d.end_date)
        .bind(d.start_time)
        .bind(d.time_zone)
        .bind(event.status.as_str().to_owned())
        .bind(event.url.clone())
        .bind(event.notes.clone())
}

/// A new, stable iCalendar UID.
pub fn new_uid() -> String {
    let mut bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    format!("{}@lacralo-outreach", hex(&bytes))
}

/// A new event (a new UID), in its own transaction; its id.
pub async fn create(pool: &SqlitePool, actor: &Actor, event: &NewEvent) -> sqlx::Result<i64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id = insert(&mut tx, actor, event, &new_uid()).await?;
    tx.commit().await?;
    Ok(id)
}

/// Inserts an event and its audit row; call inside the transaction of the whole write.
pub async fn insert(
    conn: &mut SqliteConnection,
    actor: &Actor,
    event: &NewEvent,
    uid: &str,
) -> sqlx::Result<i64> {
    let now = now_text();
    let row = bind_fields(
        sqlx::query(
            "INSERT INTO events (title, kind, relevance, organiser, city, country, online,
            date_precision, year, month, start_date, end_date, start_time, time_zone, status,
            url, notes, uid, needs_review, review_note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         RETURNING id",
        ),
        event,
    )
    .bind(uid)
    .bind(event.needs_review)
    .bind(&event.review_note)
    .bind(&now)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = row.try_get("id")?;
    sync_webinar_row(&mut *conn, id).await?;
    let after = fetch(&mut *conn, id).await?;
    audit::record(
        conn,
        actor,
        "create",
        "event",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    Ok(id)
}

async fn fetch(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<EventRow>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM events WHERE id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await
}

pub async fn get(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<EventRow>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM events WHERE id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

pub async fn uid_exists(conn: &mut SqliteConnection, uid: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM events WHERE uid = ?)")
        .bind(uid)
        .fetch_one(conn)
        .await
}

/// What became of an edit (`audit::write`).
pub type Written = crate::audit::write::Written<EventRow>;

crate::audit::write::versioned_rows!(EventRow);

/// Saves an edit made on `version`. A change of dates is recorded with its reason and
/// raises the iCalendar sequence; the review flag is cleared, since a person has now
/// looked at the event.
pub async fn update(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    event: &NewEvent,
    reason: &str,
) -> sqlx::Result<Written> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let saved = update_in(&mut tx, site, actor, id, version, event, reason).await?;
    if saved.is_done() {
        tx.commit().await?;
    }
    Ok(saved)
}

/// `update` inside the caller's transaction, for writes that change more than the event
/// (a webinar's own fields). Followers are told of a change of dates, status or place.
/// Nothing is committed here.
pub async fn update_in(
    tx: &mut SqliteConnection,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    event: &NewEvent,
    reason: &str,
) -> sqlx::Result<Written> {
    let target = Target::new(actor, ("event", "update"), id, version);
    write::versioned_in(tx, target, fetch, async |tx, current| {
        let now = now_text();
        let old_dates = current.dates();
        let dates_changed = old_dates != event.dates;
        // A cancellation (or its undoing) is kept beside the moves, with its reason.
        let cancelled_changed =
            (current.status == EventStatus::Cancelled) != (event.status == EventStatus::Cancelled);
        if dates_changed || cancelled_changed {
            sqlx::query(
                "INSERT INTO event_date_changes
                    (event_id, old_dates, new_dates, reason, changed_by, changed_at, new_status)
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(id)
            .bind(old_dates.canonical())
            .bind(event.dates.canonical())
            .bind(history_reason(reason))
            .bind(&actor.email)
            .bind(&now)
            .bind(cancelled_changed.then(|| event.status.as_str()))
            .execute(&mut *tx)
            .await?;
        }
        let updated = bind_fields(
            sqlx::query(
                "UPDATE events SET title = ?, kind = ?, relevance = ?, organiser = ?, city = ?,
                country = ?, online = ?, date_precision = ?, year = ?, month = ?, start_date = ?,
                end_date = ?, start_time = ?, time_zone = ?, status = ?, url = ?, notes = ?,
                needs_review = 0, review_note = '', sequence = sequence + ?,
                version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?",
            ),
            event,
        )
        .bind(i64::from(dates_changed))
        .bind(&now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await;
        if let Err(key) = write::one_row(updated, write::STALE)? {
            return Ok(Err(key));
        }
        sync_webinar_row(&mut *tx, id).await?;
        if let Some(after) = fetch(&mut *tx, id).await? {
            super::notify::changed(&mut *tx, site, current, &after, reason).await?;
        }
        Ok(Ok(()))
    })
    .await
}

/// The reason as the date history keeps it: the table needs one, and a change made
/// without a form asking for it (a status set by a script) says so rather than failing.
fn history_reason(reason: &str) -> &str {
    match reason.trim() {
        "" => "-",
        r => r,
    }
}

/// The refusal of a deletion that records tied to the event (a CROP opportunity, an
/// engagement) would leave pointing at nothing.
pub const LINKED: &str = "event-err-linked";

/// Deletes the event if it is still at `version`.
pub async fn delete(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
) -> sqlx::Result<Written> {
    let target = Target::new(actor, ("event", "delete"), id, version);
    write::versioned(pool, target, fetch, async |tx, _| {
        let deleted = sqlx::query("DELETE FROM events WHERE id = ? AND version = ?")
            .bind(id)
            .bind(version)
            .execute(tx)
            .await;
        match deleted {
            // A CROP opportunity (or another record) still hangs on it.
            Err(e) if crate::db::is_foreign_key_violation(&e) => Ok(Err(LINKED)),
            other => write::one_row(other, write::STALE),
        }
    })
    .await
}

pub async fn date_changes(pool: &SqlitePool, event_id: i64) -> sqlx::Result<Vec<DateChangeRow>> {
    sqlx::query_as(
        "SELECT c.id, c.old_dates, c.new_dates, c.reason, c.changed_by, c.changed_at,
                c.new_status, u.display_name AS by_name, u.role AS by_role
         FROM event_date_changes c LEFT JOIN users u ON u.email = c.changed_by
         WHERE c.event_id = ? ORDER BY c.changed_at DESC, c.id DESC",
    )
    .bind(event_id)
    .fetch_all(pool)
    .await
}

/// Sets the relevance of several events at once; returns how many changed. One
/// transaction, one audit row per event changed.
pub async fn set_relevance(
    pool: &SqlitePool,
    actor: &Actor,
    ids: &[i64],
    relevance: Relevance,
) -> sqlx::Result<u64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let mut changed = 0;
    let now = now_text();
    for &id in ids {
        let Some(before) = fetch(&mut tx, id).await? else {
            continue;
        };
        if before.relevance == relevance {
            continue;
        }
        sqlx::query(
            "UPDATE events SET relevance = ?, version = version + 1, updated_at = ? WHERE id = ?",
        )
        .bind(relevance.as_str())
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let after = fetch(&mut tx, id).await?;
        audit::record(
            &mut tx,
            actor,
            "set_relevance",
            "event",
            Some(id),
            Some(&before),
            after.as_ref(),
        )
        .await?;
        changed += 1;
    }
    tx.commit().await?;
    Ok(changed)
}

/// Keeps an event's webinar row in step with the event: every event of kind webinar has
/// one, and its start in UTC is the event's local start in the zone it was entered in.
/// Called by every write of an event (here), so no path can leave the two apart. The
/// event drives it because only the event's write knows its dates changed; the webinar's
/// own fields (programme, languages, …) stay `webinars/`'s business.
pub async fn sync_webinar_row(conn: &mut SqliteConnection, event_id: i64) -> sqlx::Result<()> {
    type DateCols = (
        String,
        String,
        i64,
        Option<i64>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let row: Option<DateCols> = sqlx::query_as(
        "SELECT kind, date_precision, year, month, start_date, end_date, start_time, time_zone
         FROM events WHERE id = ?",
    )
    .bind(event_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((kind, precision, year, month, start, end, time, zone)) = row else {
        return Ok(());
    };
    if kind != "webinar" {
        return Ok(());
    }
    let starts_at = super::dates::EventDates::from_columns(
        &precision,
        year,
        month,
        start.as_deref(),
        end.as_deref(),
        time.as_deref(),
        zone.as_deref(),
    )
    .and_then(|d| d.utc_start())
    .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    sqlx::query(
        "INSERT INTO webinars (event_id, starts_at) VALUES (?, ?)
         ON CONFLICT (event_id) DO UPDATE SET starts_at = excluded.starts_at",
    )
    .bind(event_id)
    .bind(starts_at)
    .execute(conn)
    .await?;
    Ok(())
}
