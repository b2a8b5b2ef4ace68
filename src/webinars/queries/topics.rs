//! SQL for the programmes' topics: the plan's and those leadership add, and which
//! webinars covered them.

use sqlx::{SqliteConnection, SqlitePool};

use super::super::model::{Programme, TopicRow};
use crate::audit::{self, Actor};
use crate::db::now_text;

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
