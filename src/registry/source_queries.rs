//! SQL naming the outreach actions people came from (`registry::sources`). CROP and the
//! funds sit above the registry (they read it), so their trips and initiatives are named
//! here by SQL on their tables, not through their modules.

use sqlx::{FromRow, SqliteConnection, SqlitePool};

use super::sources::{Named, Source};

#[derive(FromRow)]
struct Row {
    kind: String,
    id: i64,
    label: String,
    day: Option<String>,
}

impl Row {
    fn named(self) -> (Source, Named) {
        let (source, kind, href) = match self.kind.as_str() {
            "crop" => (
                Source::CropTrip(self.id),
                "crop_trip",
                format!("/crop/applications/{}", self.id),
            ),
            "fund" => (
                Source::FundedInitiative(self.id),
                "funded_initiative",
                format!("/funds/{}", self.id),
            ),
            k => (
                Source::Event(self.id),
                if k == "webinar" { "webinar" } else { "event" },
                format!("/events/{}", self.id),
            ),
        };
        let label = match self.day {
            Some(day) if !day.is_empty() => format!("{} ({day})", self.label),
            _ => self.label,
        };
        (source, Named { kind, label, href })
    }
}

/// Every outreach action, as one query's rows: events (their kind tells a webinar), the
/// approved CROP trips (the traveller and the event), the approved funded initiatives.
const SOURCES: &str = "
    SELECT kind, id, label, day FROM (
      SELECT CASE e.kind WHEN 'webinar' THEN 'webinar' ELSE 'event' END AS kind, e.id,
             e.title AS label, e.start_date AS day
        FROM events e WHERE e.status != 'cancelled'
      UNION ALL
      SELECT 'crop', a.id, m.name || ' — ' || e.title, e.start_date
        FROM crop_applications a
        JOIN members m ON m.id = a.member_id
        JOIN crop_opportunities o ON o.id = a.opportunity_id
        JOIN events e ON e.id = o.event_id
       WHERE a.status = 'approved'
      UNION ALL
      SELECT 'fund', f.id, f.title, f.held_on
        FROM fund_requests f
       WHERE f.status IN ('approved', 'reported', 'closed'))";

/// The sources a form offers: the actions of the two years up to `today` (not cancelled:
/// only what happened can be where someone heard of LACRALO), newest first, a few hundred
/// at most; and the one already chosen, however old.
pub async fn choices(
    pool: &SqlitePool,
    today: chrono::NaiveDate,
    current: Option<Source>,
) -> sqlx::Result<Vec<(Source, Named)>> {
    let from = (today - chrono::Days::new(731)).to_string();
    let to = today.to_string();
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SOURCES} WHERE day BETWEEN ? AND ? ORDER BY day DESC, id DESC LIMIT 400"
    ))
    .bind(&from)
    .bind(&to)
    .fetch_all(pool)
    .await?;
    let mut out: Vec<(Source, Named)> = rows.into_iter().map(Row::named).collect();
    if let Some(current) = current
        && !out.iter().any(|(s, _)| *s == current)
        && let Some(named) = name(pool, current).await?
    {
        out.insert(0, (current, named));
    }
    Ok(out)
}

/// A source's kind, label and page; none when its row is gone.
pub async fn name(pool: &SqlitePool, source: Source) -> sqlx::Result<Option<Named>> {
    let mut conn = pool.acquire().await?;
    name_in(&mut conn, source).await
}

async fn name_in(conn: &mut SqliteConnection, source: Source) -> sqlx::Result<Option<Named>> {
    let (kind, id) = kind_and_id(source);
    let kinds = kinds_of(kind);
    let row: Option<Row> = sqlx::query_as(&format!("{SOURCES} WHERE kind IN {kinds} AND id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| r.named().1))
}

fn kind_and_id(source: Source) -> (&'static str, i64) {
    match source {
        Source::Event(id) => ("event", id),
        Source::CropTrip(id) => ("crop", id),
        Source::FundedInitiative(id) => ("fund", id),
    }
}

/// The rows of `SOURCES` a kind of source may be.
fn kinds_of(kind: &str) -> &'static str {
    match kind {
        "event" => "('event', 'webinar')",
        "crop" => "('crop')",
        _ => "('fund')",
    }
}

/// Whether a source can be where someone heard of LACRALO by `day`: stored, and held on
/// or before it. The refusal's message key says which it is not.
pub async fn check(
    conn: &mut SqliteConnection,
    source: Source,
    day: chrono::NaiveDate,
) -> sqlx::Result<Result<(), &'static str>> {
    let (kind, id) = kind_and_id(source);
    let held: Option<Option<String>> = sqlx::query_scalar(&format!(
        "SELECT day FROM ({SOURCES}) WHERE kind IN {} AND id = ?",
        kinds_of(kind)
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(match held {
        None => Err("source-err-gone"),
        Some(Some(held)) if held.as_str() > day.to_string().as_str() => Err("source-err-after"),
        Some(_) => Ok(()),
    })
}
