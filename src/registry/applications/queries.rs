//! SQL for ALS applications: the list, one application with its steps, receiving one, and
//! recording a step, which for an accreditation creates the ALS in the same transaction.

use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use super::model::{ApplicationRow, NewApplication, NewStep, StepRow};
use super::rules::{self, Outcome, Stage};
use crate::audit::Actor;
use crate::audit::write::{self, Target};
use crate::countries::fold;
use crate::db::now_text;
use crate::registry::model::NewAls;
use crate::registry::source_queries;
use crate::registry::sources::Source;

const COLUMNS: &str = "id, name, acronym, country, website, received_on, stage, advice,
    voted_on, als_id, source_event_id, source_crop_id, source_fund_id, notes, version,
    created_at, updated_at";

pub type Written = write::Written<ApplicationRow>;

write::versioned_rows!(ApplicationRow);

/// The list's filters.
#[derive(Debug, Default, Clone)]
pub struct ApplicationFilter {
    pub stage: Option<Stage>,
    pub country: Option<crate::countries::CountryCode>,
    pub subregion: Option<crate::countries::SubRegion>,
}

pub async fn list(
    pool: &SqlitePool,
    filter: &ApplicationFilter,
) -> sqlx::Result<Vec<ApplicationRow>> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT {COLUMNS} FROM als_applications WHERE 1 = 1"
    ));
    if let Some(stage) = filter.stage {
        q.push(" AND stage = ").push_bind(stage.as_str());
    }
    if let Some(country) = &filter.country {
        q.push(" AND country = ")
            .push_bind(country.as_str().to_owned());
    }
    if let Some(subregion) = filter.subregion {
        q.push(" AND country IN (SELECT iso2 FROM countries WHERE lacralo_subregion = ")
            .push_bind(subregion.as_str())
            .push(")");
    }
    q.push(" ORDER BY received_on DESC, id DESC LIMIT 1000");
    q.build_query_as().fetch_all(pool).await
}

pub async fn get(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<ApplicationRow>> {
    let mut conn = pool.acquire().await?;
    fetch(&mut conn, id).await
}

async fn fetch(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<ApplicationRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM als_applications WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// The steps recorded, oldest first: "received" and each step after it.
pub async fn steps(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<StepRow>> {
    sqlx::query_as(
        "SELECT stage, happened_on, note, recorded_by, recorded_at
           FROM als_application_steps WHERE application_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

/// The application an ALS came from, if it came through the pipeline.
pub async fn of_als(pool: &SqlitePool, als_id: i64) -> sqlx::Result<Option<ApplicationRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM als_applications WHERE als_id = ?"
    ))
    .bind(als_id)
    .fetch_optional(pool)
    .await
}

/// The refusal when an ALS of that name is already in the registry for that country.
pub const ALS_EXISTS: &str = "application-err-als-exists";

/// What an application's details must be, checked in its write: its source stored and
/// held by the day received; no ALS of its name in its country already (not decertified:
/// a decertified one may apply again).
async fn check(
    conn: &mut SqliteConnection,
    new: &NewApplication,
) -> sqlx::Result<Result<(), &'static str>> {
    if let Some(source) = new.source
        && let Err(key) = source_queries::check(&mut *conn, source, new.received_on).await?
    {
        return Ok(Err(key));
    }
    let exists: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM als WHERE country = ? AND name_key = ? AND status != 'decertified'",
    )
    .bind(&new.country)
    .bind(fold(&new.name))
    .fetch_optional(conn)
    .await?;
    Ok(if exists.is_some() {
        Err(ALS_EXISTS)
    } else {
        Ok(())
    })
}

/// Receives an application: the row and its first step, "received", by whoever recorded it.
pub async fn create(
    pool: &SqlitePool,
    actor: &Actor,
    new: &NewApplication,
) -> sqlx::Result<Written> {
    write::create(pool, actor, "als_application", fetch, async |conn| {
        if let Err(key) = check(&mut *conn, new).await? {
            return Ok(Err(key));
        }
        let now = now_text();
        let (event, crop, fund) = Source::columns(new.source);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO als_applications (name, acronym, country, website, received_on,
                source_event_id, source_crop_id, source_fund_id, notes, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&new.name)
        .bind(&new.acronym)
        .bind(&new.country)
        .bind(&new.website)
        .bind(new.received_on.to_string())
        .bind(event)
        .bind(crop)
        .bind(fund)
        .bind(&new.notes)
        .bind(&now)
        .bind(&now)
        .fetch_one(&mut *conn)
        .await?;
        insert_step(&mut *conn, actor, id, Stage::Received, new.received_on, "").await?;
        Ok(Ok(id))
    })
    .await
}

/// The refusal when the application has had ALAC's vote: its ALS is edited instead.
pub const CLOSED: &str = "application-err-closed";

/// Corrects an application's details (name, country, website, day received, source,
/// notes) at the version the form was read at, while ALAC has not voted.
pub async fn update(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    new: &NewApplication,
) -> sqlx::Result<Written> {
    let target = Target::new(actor, ("als_application", "update"), id, version);
    write::versioned(pool, target, fetch, async |conn, before| {
        if rules::next_step(before.stage).is_none() {
            return Ok(Err(CLOSED));
        }
        if let Err(key) = check(&mut *conn, new).await? {
            return Ok(Err(key));
        }
        let (event, crop, fund) = Source::columns(new.source);
        let updated = sqlx::query(
            "UPDATE als_applications SET name = ?, acronym = ?, country = ?, website = ?,
                received_on = ?, source_event_id = ?, source_crop_id = ?, source_fund_id = ?,
                notes = ?, version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?",
        )
        .bind(&new.name)
        .bind(&new.acronym)
        .bind(&new.country)
        .bind(&new.website)
        .bind(new.received_on.to_string())
        .bind(event)
        .bind(crop)
        .bind(fund)
        .bind(&new.notes)
        .bind(now_text())
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await;
        let done = write::one_row(updated, write::STALE)?;
        if done.is_ok() {
            // The "received" step carries the day received.
            sqlx::query(
                "UPDATE als_application_steps SET happened_on = ?
                  WHERE application_id = ? AND stage = 'received'",
            )
            .bind(new.received_on.to_string())
            .bind(id)
            .execute(&mut *conn)
            .await?;
        }
        Ok(done)
    })
    .await
}

async fn insert_step(
    conn: &mut SqliteConnection,
    actor: &Actor,
    id: i64,
    stage: Stage,
    day: chrono::NaiveDate,
    note: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO als_application_steps (application_id, stage, happened_on, note,
            recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(stage.as_str())
    .bind(day.to_string())
    .bind(note)
    .bind(&actor.email)
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(())
}

/// Records the step the application waits for, at the version the form was read at. The
/// stage and the day are checked against what is stored, inside the write. An accreditation
/// creates the ALS, accredited on the vote's day, in the same transaction: both or neither.
pub async fn record_step(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    step: &NewStep,
    today: chrono::NaiveDate,
) -> sqlx::Result<Written> {
    let target = Target::new(
        actor,
        ("als_application", step.outcome.kind().as_str()),
        id,
        version,
    );
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let written = write::versioned_in(&mut tx, target, fetch, async |conn, before| {
        if rules::next_step(before.stage) != Some(step.outcome.kind()) {
            return Ok(Err("application-err-stage"));
        }
        let previous: String = sqlx::query_scalar(
            "SELECT happened_on FROM als_application_steps WHERE application_id = ?
              ORDER BY id DESC LIMIT 1",
        )
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
        let previous = chrono::NaiveDate::parse_from_str(&previous, "%Y-%m-%d")
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        if let Err(key) = rules::check_day(step.day, previous, today) {
            return Ok(Err(key));
        }
        let stage = step.outcome.stage_after();
        let mut als_id = None;
        if stage == Stage::Accredited
            && let Some(again) = reaccredit(&mut *conn, actor, before, step.day).await?
        {
            als_id = Some(again);
        } else if stage == Stage::Accredited {
            let als = NewAls {
                name: before.name.clone(),
                acronym: before.acronym.clone(),
                country: before.country.clone(),
                website: before.website.clone(),
                accredited_on: Some(step.day),
                notes: String::new(),
            };
            match crate::registry::queries::create_in(&mut *conn, actor, &als).await? {
                write::Written::Done(new_id) => als_id = Some(new_id),
                write::Written::Refused(key) => return Ok(Err(key)),
                _ => return Ok(Err(write::STALE)),
            }
        }
        let advice = match step.outcome {
            Outcome::Advised(advice) => Some(advice.as_str()),
            _ => before.advice.map(|a| a.as_str()),
        };
        let voted_on = match step.outcome {
            Outcome::Voted { .. } => Some(step.day.to_string()),
            _ => before.voted_on.clone(),
        };
        let updated = sqlx::query(
            "UPDATE als_applications SET stage = ?, advice = ?, voted_on = ?,
                als_id = coalesce(?, als_id), version = version + 1, updated_at = ?
              WHERE id = ? AND version = ?",
        )
        .bind(stage.as_str())
        .bind(advice)
        .bind(voted_on)
        .bind(als_id)
        .bind(now_text())
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await;
        let done = write::one_row(updated, write::STALE)?;
        if done.is_ok() {
            insert_step(&mut *conn, actor, id, stage, step.day, &step.note).await?;
        }
        Ok(done)
    })
    .await?;
    if written.is_done() {
        tx.commit().await?;
    }
    Ok(written)
}

/// An organisation whose ALS was decertified and is accredited again: its ALS comes back,
/// Active, accredited on the vote's day, with the change in its status history and the
/// audit log. None when there is no decertified ALS of that name in that country.
async fn reaccredit(
    conn: &mut SqliteConnection,
    actor: &Actor,
    app: &ApplicationRow,
    day: chrono::NaiveDate,
) -> sqlx::Result<Option<i64>> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM als WHERE country = ? AND name_key = ? AND status = 'decertified'",
    )
    .bind(&app.country)
    .bind(fold(&app.name))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = found else {
        return Ok(None);
    };
    let now = now_text();
    sqlx::query(
        "UPDATE als SET status = 'active', accredited_on = ?, version = version + 1,
            updated_at = ? WHERE id = ?",
    )
    .bind(day.to_string())
    .bind(&now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO als_status_changes (als_id, from_status, to_status, reason, changed_by,
            changed_at)
         VALUES (?, 'decertified', 'active', ?, ?, ?)",
    )
    .bind(id)
    .bind(format!(
        "Accredited again by ALAC's vote of {day} (application {})",
        app.id
    ))
    .bind(&actor.email)
    .bind(&now)
    .execute(&mut *conn)
    .await?;
    crate::audit::record(
        &mut *conn,
        actor,
        "reaccredit",
        "als",
        Some(id),
        Some(&"decertified"),
        Some(&day.to_string()),
    )
    .await?;
    Ok(Some(id))
}
