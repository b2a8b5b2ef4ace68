//! SQL for webinars, attendance, topics and programme targets; bound parameters only, and
//! every write audited in its transaction.

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use super::model::{
    Programme, TopicRow, WebinarFields, WebinarLanguage, WebinarRow, languages_text,
};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::events::model::NewEvent;
use crate::events::queries::{self as events, Written};

const SELECT: &str = "SELECT e.id, e.uid, e.title, e.kind, e.relevance, e.organiser, e.city,
    e.country, e.online, e.date_precision, e.year, e.month, e.start_date, e.end_date,
    e.start_time, e.time_zone, e.status, e.url, e.notes, e.needs_review, e.review_note,
    e.sequence, e.version, e.created_at, e.updated_at,
    w.programme, w.topic_id, t.name AS topic_name, t.plan_key AS topic_plan_key, w.starts_at,
    w.duration_minutes, w.languages, w.interpretation, w.speakers, w.audience,
    w.registration_url, w.recording_url, w.attendance_count,
    (SELECT count(*) FROM webinar_attendees a WHERE a.event_id = e.id) AS named_attendees
    FROM events e JOIN webinars w ON w.event_id = e.id LEFT JOIN topics t ON t.id = w.topic_id
    WHERE e.kind = 'webinar'";

/// The length of the webinars among `events` (so the feed gives them their real end).
pub async fn durations(
    pool: &SqlitePool,
    events: &[crate::events::model::EventRow],
) -> sqlx::Result<std::collections::HashMap<i64, i64>> {
    let webinars: Vec<i64> = events
        .iter()
        .filter(|e| e.kind == crate::events::model::EventKind::Webinar)
        .map(|e| e.id)
        .collect();
    if webinars.is_empty() {
        return Ok(Default::default());
    }
    let mut query = sqlx::QueryBuilder::new(
        "SELECT event_id, duration_minutes FROM webinars
         WHERE duration_minutes IS NOT NULL AND event_id IN (",
    );
    let mut ids = query.separated(", ");
    for id in webinars {
        ids.push_bind(id);
    }
    query.push(")");
    let rows: Vec<(i64, i64)> = query.build_query_as().fetch_all(pool).await?;
    Ok(rows.into_iter().collect())
}

/// Filters of the schedule; all optional.
#[derive(Debug, Default, Clone)]
pub struct WebinarFilter {
    pub id: Option<i64>,
    pub programme: Option<Programme>,
    pub topic: Option<i64>,
    pub language: Option<WebinarLanguage>,
    pub year: Option<i64>,
    /// This year and later (the calendar feed without a year).
    pub since_year: Option<i64>,
}

pub async fn list(pool: &SqlitePool, filter: &WebinarFilter) -> sqlx::Result<Vec<WebinarRow>> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(SELECT);
    if let Some(id) = filter.id {
        query.push(" AND e.id = ").push_bind(id);
    }
    if let Some(p) = filter.programme {
        query.push(" AND w.programme = ").push_bind(p.as_str());
    }
    if let Some(t) = filter.topic {
        query.push(" AND w.topic_id = ").push_bind(t);
    }
    if let Some(l) = filter.language {
        query
            .push(" AND instr(',' || w.languages || ',', ")
            .push_bind(format!(",{},", l.as_str()))
            .push(") > 0");
    }
    if let Some(y) = filter.year {
        query.push(" AND e.year = ").push_bind(y);
    }
    if let Some(y) = filter.since_year {
        query.push(" AND e.year >= ").push_bind(y);
    }
    // Known days first, in order; then month-only ones; then those still to be dated.
    query.push(
        " ORDER BY e.year, coalesce(e.month, 13), e.start_date IS NULL, e.start_date,
          w.starts_at, e.title, e.id",
    );
    query.build_query_as().fetch_all(pool).await
}

pub async fn get(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<WebinarRow>> {
    let filter = WebinarFilter {
        id: Some(id),
        ..Default::default()
    };
    Ok(list(pool, &filter).await?.into_iter().next())
}

/// Webinars not cancelled whose start is after `from` and at or before `to` (reminders).
pub async fn starting_between(
    pool: &SqlitePool,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> sqlx::Result<Vec<WebinarRow>> {
    sqlx::query_as(&format!(
        "{SELECT} AND e.status != 'cancelled' AND w.starts_at > ? AND w.starts_at <= ?
         ORDER BY w.starts_at, e.id"
    ))
    .bind(crate::clock::text(from))
    .bind(crate::clock::text(to))
    .fetch_all(pool)
    .await
}

/// The years that have webinars, for the year filter.
pub async fn years(pool: &SqlitePool) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT e.year FROM events e JOIN webinars w ON w.event_id = e.id
         WHERE e.kind = 'webinar' ORDER BY e.year",
    )
    .fetch_all(pool)
    .await
}

async fn write_fields(conn: &mut SqliteConnection, id: i64, f: &WebinarFields) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE webinars SET programme = ?, topic_id = ?, duration_minutes = ?, languages = ?,
            interpretation = ?, speakers = ?, audience = ?, registration_url = ?,
            recording_url = ?
         WHERE event_id = ?",
    )
    .bind(f.programme.as_str())
    .bind(f.topic_id)
    .bind(f.duration_minutes)
    .bind(languages_text(&f.languages))
    .bind(f.interpretation)
    .bind(&f.speakers)
    .bind(&f.audience)
    .bind(&f.registration_url)
    .bind(&f.recording_url)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// A new webinar: its event (which brings its webinar row) and its own fields, together.
pub async fn create(
    pool: &SqlitePool,
    actor: &Actor,
    event: &NewEvent,
    fields: &WebinarFields,
) -> sqlx::Result<i64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id = events::insert(&mut tx, actor, event, &events::new_uid()).await?;
    write_fields(&mut tx, id, fields).await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "webinar",
        Some(id),
        audit::NOTHING,
        Some(fields),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves an edit made on the event's `version`: nothing at all when someone saved first.
pub async fn update(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    (event, fields): (&NewEvent, &WebinarFields),
    reason: &str,
) -> sqlx::Result<Written> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let saved = events::update_in(&mut tx, site, actor, id, version, event, reason).await?;
    if !saved.is_done() {
        return Ok(saved);
    }
    write_fields(&mut tx, id, fields).await?;
    audit::record(
        &mut tx,
        actor,
        "update",
        "webinar",
        Some(id),
        audit::NOTHING,
        Some(fields),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// A member named as having attended.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct AttendeeRow {
    pub member_id: i64,
    pub name: String,
    pub country: String,
    pub als_id: Option<i64>,
    pub als_name: Option<String>,
}

pub async fn attendees(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<AttendeeRow>> {
    sqlx::query_as(
        "SELECT m.id AS member_id, m.name, m.country, m.als_id, a.name AS als_name
         FROM webinar_attendees w JOIN members m ON m.id = w.member_id
         LEFT JOIN als a ON a.id = m.als_id
         WHERE w.event_id = ? ORDER BY m.name",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

/// Members whose address (canonical form) or exact name (ignoring case) is `wanted`.
pub async fn find_members(pool: &SqlitePool, wanted: &str) -> sqlx::Result<Vec<(i64, String)>> {
    if wanted.contains('@') {
        let Ok(address) = crate::accounts::email::EmailAddress::parse(wanted) else {
            return Ok(Vec::new());
        };
        sqlx::query_as("SELECT id, name FROM members WHERE email_canonical = ?")
            .bind(address.canonical())
            .fetch_all(pool)
            .await
    } else {
        sqlx::query_as("SELECT id, name FROM members WHERE lower(name) = lower(?) LIMIT 5")
            .bind(wanted)
            .fetch_all(pool)
            .await
    }
}

/// An attendance record to save.
pub struct Attendance<'a> {
    pub count: Option<i64>,
    pub add: &'a [i64],
    pub remove: &'a [i64],
    /// The day the webinar took place: the day of the engagements it records.
    pub held_on: NaiveDate,
    pub title: &'a str,
}

#[derive(serde::Serialize)]
struct AttendanceAudit<'a> {
    count: Option<i64>,
    added: &'a [i64],
    removed: &'a [i64],
}

/// Records attendance on the event's `version`. Each member added becomes an engagement
/// (webinar attended) of the member and of their ALS, so an ALS that takes part is not
/// flagged as silent; each member removed takes that engagement away. A webinar still
/// planned or confirmed is marked held.
pub async fn record_attendance(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    attendance: &Attendance<'_>,
) -> sqlx::Result<Written> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let bumped = sqlx::query(
        "UPDATE events SET version = version + 1, updated_at = ?,
            status = CASE WHEN status IN ('planned', 'confirmed') THEN 'held' ELSE status END
         WHERE id = ? AND version = ? AND kind = 'webinar'",
    )
    .bind(&now)
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if bumped.rows_affected() != 1 {
        let current = sqlx::query_as(
            "SELECT id, uid, title, kind, relevance, organiser, city, country, online,
                date_precision, year, month, start_date, end_date, start_time, time_zone,
                status, url, notes, needs_review, review_note, sequence, version, created_at,
                updated_at FROM events WHERE id = ? AND kind = 'webinar'",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        return Ok(match current {
            Some(row) => Written::Conflict(Box::new(row)),
            None => Written::NotFound,
        });
    }
    let mut newly_added = Vec::new();
    for &member in attendance.add {
        let added = sqlx::query(
            "INSERT INTO webinar_attendees (event_id, member_id, recorded_by, recorded_at)
             VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(member)
        .bind(&actor.email)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 1 {
            newly_added.push(member);
            sqlx::query(
                "INSERT INTO engagements (als_id, member_id, event_id, kind, happened_on,
                    description, recorded_by, created_at)
                 SELECT m.als_id, m.id, ?, 'webinar_attended', ?, ?, ?, ?
                 FROM members m WHERE m.id = ?",
            )
            .bind(id)
            .bind(attendance.held_on.to_string())
            .bind(attendance.title)
            .bind(&actor.email)
            .bind(&now)
            .bind(member)
            .execute(&mut *tx)
            .await?;
        }
    }
    for &member in attendance.remove {
        sqlx::query("DELETE FROM webinar_attendees WHERE event_id = ? AND member_id = ?")
            .bind(id)
            .bind(member)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM engagements
             WHERE event_id = ? AND member_id = ? AND kind = 'webinar_attended'",
        )
        .bind(id)
        .bind(member)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE webinars SET attendance_count = ? WHERE event_id = ?")
        .bind(attendance.count)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if !newly_added.is_empty() {
        let webinar: Option<WebinarRow> = sqlx::query_as(&format!("{SELECT} AND e.id = ?"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(webinar) = webinar {
            super::reminders::thank_attendees(&mut tx, site, &webinar, &newly_added).await?;
        }
    }
    audit::record(
        &mut tx,
        actor,
        "attendance",
        "webinar",
        Some(id),
        audit::NOTHING,
        Some(&AttendanceAudit {
            count: attendance.count,
            added: attendance.add,
            removed: attendance.remove,
        }),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

// ---------------------------------------------------------------------------------------
// Topics

pub async fn topics(pool: &SqlitePool) -> sqlx::Result<Vec<TopicRow>> {
    sqlx::query_as("SELECT id, programme, name, plan_key FROM topics ORDER BY programme, id")
        .fetch_all(pool)
        .await
}

pub async fn topic(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<TopicRow>> {
    sqlx::query_as("SELECT id, programme, name, plan_key FROM topics WHERE id = ?")
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Adds a topic; a name already in the programme (ignoring case and accents) is refused
/// by the table's UNIQUE constraint, which the caller turns into a message.
pub async fn add_topic(
    pool: &SqlitePool,
    actor: &Actor,
    programme: Programme,
    name: &str,
) -> sqlx::Result<i64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO topics (programme, name, name_key, created_by, created_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(programme.as_str())
    .bind(name)
    .bind(crate::countries::fold(name))
    .bind(&actor.email)
    .bind(now_text())
    .fetch_one(&mut *tx)
    .await?;
    let after = topic_in(&mut tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "topic",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

async fn topic_in(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<TopicRow>> {
    sqlx::query_as("SELECT id, programme, name, plan_key FROM topics WHERE id = ?")
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// A topic with what the backlog shows: when it was last covered (by a held webinar), and
/// in the chosen year how many held and how many still planned cover it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TopicCoverage {
    pub id: i64,
    pub programme: String,
    pub name: String,
    pub plan_key: Option<String>,
    pub last_covered: Option<String>,
    pub held_in_year: i64,
    pub planned_in_year: i64,
}

impl TopicCoverage {
    pub fn label(&self, lang: crate::web::Lang) -> String {
        match &self.plan_key {
            Some(key) => lang.t(key),
            None => self.name.clone(),
        }
    }
}

pub async fn topic_coverage(pool: &SqlitePool, year: i64) -> sqlx::Result<Vec<TopicCoverage>> {
    sqlx::query_as(
        "SELECT t.id, t.programme, t.name, t.plan_key,
            (SELECT max(coalesce(e.start_date, printf('%04d', e.year)))
               FROM webinars w JOIN events e ON e.id = w.event_id
               WHERE w.topic_id = t.id AND e.kind = 'webinar' AND e.status = 'held') AS last_covered,
            (SELECT count(*) FROM webinars w JOIN events e ON e.id = w.event_id
               WHERE w.topic_id = t.id AND e.kind = 'webinar' AND e.status = 'held'
                 AND e.year = ?1) AS held_in_year,
            (SELECT count(*) FROM webinars w JOIN events e ON e.id = w.event_id
               WHERE w.topic_id = t.id AND e.kind = 'webinar'
                 AND e.status IN ('planned', 'confirmed') AND e.year = ?1) AS planned_in_year
         FROM topics t ORDER BY t.programme, t.id",
    )
    .bind(year)
    .fetch_all(pool)
    .await
}

// ---------------------------------------------------------------------------------------
// Programme targets and progress

/// A programme's webinars in a year, by status, and how many took part in the held ones.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct Progress {
    pub programme: String,
    pub planned: i64,
    pub held: i64,
    pub cancelled: i64,
    pub attendance: i64,
}

pub async fn progress(pool: &SqlitePool, year: i64) -> sqlx::Result<HashMap<String, Progress>> {
    let rows: Vec<Progress> = sqlx::query_as(
        "SELECT w.programme,
            coalesce(sum(e.status IN ('planned', 'confirmed')), 0) AS planned,
            coalesce(sum(e.status = 'held'), 0) AS held,
            coalesce(sum(e.status = 'cancelled'), 0) AS cancelled,
            coalesce(sum(CASE WHEN e.status = 'held' THEN max(coalesce(w.attendance_count, 0),
                (SELECT count(*) FROM webinar_attendees a WHERE a.event_id = e.id)) ELSE 0 END), 0)
              AS attendance
         FROM webinars w JOIN events e ON e.id = w.event_id
         WHERE e.kind = 'webinar' AND e.year = ?
         GROUP BY w.programme",
    )
    .bind(year)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|p| (p.programme.clone(), p)).collect())
}

/// The targets set for a year: programme → (target, version).
pub async fn targets(pool: &SqlitePool, year: i64) -> sqlx::Result<HashMap<String, (i64, i64)>> {
    let rows: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT programme, target, version FROM programme_targets WHERE year = ?")
            .bind(year)
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(|(p, t, v)| (p, (t, v))).collect())
}

/// One programme's target as submitted: `None` clears it (the plan's default applies), and
/// `read_version` is the version the form showed (0 for no row).
pub struct TargetChange {
    pub programme: Programme,
    pub target: Option<i64>,
    pub read_version: i64,
}

/// Saves a year's targets, all or none: when any changed since the form was read, nothing
/// is written and `false` comes back.
pub async fn set_targets(
    pool: &SqlitePool,
    actor: &Actor,
    year: i64,
    changes: &[TargetChange],
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    for change in changes {
        let current: Option<(i64, i64)> = sqlx::query_as(
            "SELECT target, version FROM programme_targets WHERE year = ? AND programme = ?",
        )
        .bind(year)
        .bind(change.programme.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        if current.map_or(0, |(_, v)| v) != change.read_version {
            return Ok(false);
        }
        if current.map(|(t, _)| t) == change.target {
            continue;
        }
        match change.target {
            Some(target) => {
                sqlx::query(
                    "INSERT INTO programme_targets (year, programme, target, updated_by, updated_at)
                     VALUES (?, ?, ?, ?, ?)
                     ON CONFLICT (year, programme) DO UPDATE SET target = excluded.target,
                        version = version + 1, updated_by = excluded.updated_by,
                        updated_at = excluded.updated_at",
                )
                .bind(year)
                .bind(change.programme.as_str())
                .bind(target)
                .bind(&actor.email)
                .bind(&now)
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM programme_targets WHERE year = ? AND programme = ?")
                    .bind(year)
                    .bind(change.programme.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        audit::record(
            &mut tx,
            actor,
            "set_target",
            "programme_target",
            Some(year),
            current
                .map(|(t, _)| (change.programme.as_str(), t))
                .as_ref(),
            change
                .target
                .map(|t| (change.programme.as_str(), t))
                .as_ref(),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

// ---------------------------------------------------------------------------------------
// The plan's own data

/// The plan's topics: (programme, message key of the translated name, name as written).
pub const PLAN_TOPICS: &[(Programme, &str, &str)] = &[
    (
        Programme::CapacityBuilding,
        "topic-plan-multistakeholder",
        "ICANN Multi-Stakeholder Model",
    ),
    (Programme::CapacityBuilding, "topic-plan-dnssec", "DNSSEC"),
    (
        Programme::CapacityBuilding,
        "topic-plan-ua",
        "Universal Acceptance",
    ),
    (
        Programme::CapacityBuilding,
        "topic-plan-ig-lac",
        "Internet Governance (LAC)",
    ),
    (
        Programme::CapacityBuilding,
        "topic-plan-subpro",
        "SubPro Update",
    ),
    (
        Programme::UaSeries,
        "topic-plan-ua-intro",
        "Introduction to Universal Acceptance and its Importance in the LAC Region",
    ),
    (
        Programme::UaSeries,
        "topic-plan-ua-cases",
        "Case Studies of Successful UA Implementation in the LAC Region",
    ),
    (
        Programme::UaSeries,
        "topic-plan-ua-email",
        "Testing Email Addresses for UA Compliance in the LAC Region",
    ),
    (
        Programme::Icann101,
        "topic-plan-icann101",
        "ICANN, its Fellowship and NextGen programs",
    ),
    (
        Programme::Dnssec,
        "topic-plan-dnssec-training",
        "DNSSEC implementation and management, hands-on",
    ),
];

/// Loads the plan's topics, files its three dated 2023 LACRALO capacity-development
/// webinars under the capacity-building programme, and fills in the UTC start of any
/// webinar stored before webinars had one. Safe to run again.
pub async fn seed_plan(pool: &SqlitePool) -> sqlx::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    for (programme, key, name) in PLAN_TOPICS {
        sqlx::query(
            "INSERT INTO topics (programme, name, name_key, plan_key, created_by, created_at)
             VALUES (?, ?, ?, ?, 'system:plan', ?) ON CONFLICT DO NOTHING",
        )
        .bind(programme.as_str())
        .bind(name)
        .bind(crate::countries::fold(name))
        .bind(key)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "UPDATE webinars SET programme = 'capacity_building'
         WHERE programme = 'other' AND event_id IN (
           SELECT id FROM events WHERE kind = 'webinar' AND year = 2023
             AND title LIKE 'LACRALO %Capacity Development Webinar')",
    )
    .execute(&mut *tx)
    .await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT w.event_id FROM webinars w JOIN events e ON e.id = w.event_id
         WHERE w.starts_at IS NULL AND e.start_time IS NOT NULL",
    )
    .fetch_all(&mut *tx)
    .await?;
    for id in ids {
        events::sync_webinar_row(&mut tx, id).await?;
    }
    tx.commit().await?;
    Ok(())
}
