//! SQL for an opportunity's selection committee: its reviewers, their scores of each
//! application and their first and second choices. Every write is audited in its
//! transaction. Scores and rankings are keyed (application or opportunity, reviewer), so a
//! reviewer only ever writes their own, and carry a version: a form read before another
//! save of the same reviewer's (another window) is a conflict, never silently overwritten.
//! Only the reviewers assigned now count: a reviewer removed keeps their rows (assigning
//! them again brings them back), but they leave the totals.

use sqlx::{SqliteConnection, SqlitePool};

use super::super::committee_rules::ScoreCard;
use super::super::procedure::Person;
use super::Written;
use crate::audit::{self, Actor};
use crate::db::{BEGIN_WRITE, is_unique_violation, now_text};

/// A reviewer of an opportunity, with what recusal needs.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct ReviewerRow {
    pub opportunity_id: i64,
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub member_id: Option<i64>,
    pub als_id: Option<i64>,
    pub assigned_by: Option<String>,
    pub assigned_at: String,
}

impl ReviewerRow {
    pub fn person(&self) -> Person {
        Person {
            member_id: self.member_id,
            als_id: self.als_id,
        }
    }
}

const REVIEWER_SELECT: &str = "SELECT r.opportunity_id, r.user_id, u.email, u.display_name,
    u.member_id, m.als_id, r.assigned_by, r.assigned_at
    FROM crop_reviewers r JOIN users u ON u.id = r.user_id
    LEFT JOIN members m ON m.id = u.member_id";

/// The opportunity's reviewers, by name.
pub async fn reviewers(pool: &SqlitePool, opportunity_id: i64) -> sqlx::Result<Vec<ReviewerRow>> {
    sqlx::query_as(&format!(
        "{REVIEWER_SELECT} WHERE r.opportunity_id = ? ORDER BY u.display_name, u.id"
    ))
    .bind(opportunity_id)
    .fetch_all(pool)
    .await
}

async fn fetch_reviewer(
    conn: &mut SqliteConnection,
    opportunity_id: i64,
    user_id: i64,
) -> sqlx::Result<Option<ReviewerRow>> {
    sqlx::query_as(&format!(
        "{REVIEWER_SELECT} WHERE r.opportunity_id = ? AND r.user_id = ?"
    ))
    .bind(opportunity_id)
    .bind(user_id)
    .fetch_optional(conn)
    .await
}

/// Whether `user_id` reviews the opportunity.
pub async fn is_reviewer(
    pool: &SqlitePool,
    opportunity_id: i64,
    user_id: i64,
) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM crop_reviewers WHERE opportunity_id = ? AND user_id = ?)",
    )
    .bind(opportunity_id)
    .bind(user_id)
    .fetch_one(pool)
    .await
}

/// How many reviewers the opportunity has.
pub async fn reviewer_count(pool: &SqlitePool, opportunity_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM crop_reviewers WHERE opportunity_id = ?")
        .bind(opportunity_id)
        .fetch_one(pool)
        .await
}

/// Puts an account on the opportunity's committee; refused when it is already on it.
pub async fn assign_reviewer(
    pool: &SqlitePool,
    actor: &Actor,
    opportunity_id: i64,
    user_id: i64,
) -> sqlx::Result<Written<ReviewerRow>> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await?;
    let inserted = sqlx::query(
        "INSERT INTO crop_reviewers (opportunity_id, user_id, assigned_by, assigned_at)
         VALUES (?, ?, ?, ?)",
    )
    .bind(opportunity_id)
    .bind(user_id)
    .bind(&actor.email)
    .bind(now_text())
    .execute(&mut *tx)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            return Ok(Written::Refused("crop-committee-err-already"));
        }
        Err(e) => return Err(e),
    }
    let after = fetch_reviewer(&mut tx, opportunity_id, user_id).await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "crop_reviewer",
        Some(opportunity_id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(user_id))
}

/// Takes an account off the committee (its scores stay stored, out of the totals).
pub async fn remove_reviewer(
    pool: &SqlitePool,
    actor: &Actor,
    opportunity_id: i64,
    user_id: i64,
) -> sqlx::Result<Written<ReviewerRow>> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await?;
    let Some(before) = fetch_reviewer(&mut tx, opportunity_id, user_id).await? else {
        return Ok(Written::NotFound);
    };
    sqlx::query("DELETE FROM crop_reviewers WHERE opportunity_id = ? AND user_id = ?")
        .bind(opportunity_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        "delete",
        "crop_reviewer",
        Some(opportunity_id),
        Some(&before),
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(user_id))
}

/// One reviewer's scores of one application.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct ScoreRow {
    pub application_id: i64,
    pub reviewer_id: i64,
    pub reviewer_name: String,
    pub outreach_plan: i64,
    pub subregion: i64,
    pub reports_on_time: i64,
    pub engagement: i64,
    pub version: i64,
    pub scored_at: String,
}

impl ScoreRow {
    pub fn card(&self) -> ScoreCard {
        ScoreCard {
            outreach_plan: self.outreach_plan,
            subregion: self.subregion,
            reports_on_time: self.reports_on_time,
            engagement: self.engagement,
        }
    }
}

const SCORE_SELECT: &str =
    "SELECT s.application_id, s.reviewer_id, u.display_name AS reviewer_name,
    s.outreach_plan, s.subregion, s.reports_on_time, s.engagement, s.version, s.scored_at
    FROM crop_scores s JOIN users u ON u.id = s.reviewer_id";

/// The scores of the opportunity's applications (withdrawn ones left out) by the
/// reviewers it has now.
pub async fn scores(pool: &SqlitePool, opportunity_id: i64) -> sqlx::Result<Vec<ScoreRow>> {
    sqlx::query_as(&format!(
        "{SCORE_SELECT} JOIN crop_applications a ON a.id = s.application_id
         JOIN crop_reviewers r ON r.opportunity_id = a.opportunity_id AND r.user_id = s.reviewer_id
         WHERE a.opportunity_id = ? AND a.status != 'withdrawn'
         ORDER BY s.application_id, u.display_name, s.reviewer_id"
    ))
    .bind(opportunity_id)
    .fetch_all(pool)
    .await
}

async fn fetch_score(
    conn: &mut SqliteConnection,
    application_id: i64,
    reviewer_id: i64,
) -> sqlx::Result<Option<ScoreRow>> {
    sqlx::query_as(&format!(
        "{SCORE_SELECT} WHERE s.application_id = ? AND s.reviewer_id = ?"
    ))
    .bind(application_id)
    .bind(reviewer_id)
    .fetch_optional(conn)
    .await
}

/// Whether `reviewer_id` is on the committee of the application's opportunity, read
/// inside a write (a reviewer removed meanwhile writes nothing).
async fn reviews_application(
    conn: &mut SqliteConnection,
    application_id: i64,
    reviewer_id: i64,
) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM crop_reviewers r JOIN crop_applications a
            ON a.opportunity_id = r.opportunity_id WHERE a.id = ? AND r.user_id = ?)",
    )
    .bind(application_id)
    .bind(reviewer_id)
    .fetch_one(conn)
    .await
}

/// Saves the reviewer's scores of an application on the version their form was read at
/// (0: none yet). Recusal is checked by the caller, before.
pub async fn save_score(
    pool: &SqlitePool,
    actor: &Actor,
    application_id: i64,
    reviewer_id: i64,
    card: ScoreCard,
    version: i64,
) -> sqlx::Result<Written<ScoreRow>> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await?;
    if !reviews_application(&mut tx, application_id, reviewer_id).await? {
        return Ok(Written::Refused("crop-committee-err-not-reviewer"));
    }
    let before = fetch_score(&mut tx, application_id, reviewer_id).await?;
    match &before {
        Some(stored) if stored.version != version => {
            return Ok(Written::Conflict(Box::new(stored.clone())));
        }
        None if version != 0 => return Ok(Written::NotFound),
        _ => {}
    }
    sqlx::query(
        "INSERT INTO crop_scores (application_id, reviewer_id, outreach_plan, subregion,
            reports_on_time, engagement, version, scored_at)
         VALUES (?, ?, ?, ?, ?, ?, 1, ?)
         ON CONFLICT (application_id, reviewer_id) DO UPDATE SET
            outreach_plan = excluded.outreach_plan, subregion = excluded.subregion,
            reports_on_time = excluded.reports_on_time, engagement = excluded.engagement,
            version = crop_scores.version + 1, scored_at = excluded.scored_at",
    )
    .bind(application_id)
    .bind(reviewer_id)
    .bind(card.outreach_plan)
    .bind(card.subregion)
    .bind(card.reports_on_time)
    .bind(card.engagement)
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    let after = fetch_score(&mut tx, application_id, reviewer_id).await?;
    audit::record(
        &mut tx,
        actor,
        if before.is_some() { "update" } else { "create" },
        "crop_score",
        Some(application_id),
        before.as_ref(),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(application_id))
}

/// One reviewer's first and second choice.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct RankingRow {
    pub opportunity_id: i64,
    pub reviewer_id: i64,
    pub first_choice: i64,
    pub second_choice: Option<i64>,
    pub version: i64,
    pub ranked_at: String,
}

const RANKING_SELECT: &str = "SELECT k.opportunity_id, k.reviewer_id, k.first_choice,
    k.second_choice, k.version, k.ranked_at FROM crop_rankings k";

/// The rankings of the reviewers the opportunity has now.
pub async fn rankings(pool: &SqlitePool, opportunity_id: i64) -> sqlx::Result<Vec<RankingRow>> {
    sqlx::query_as(&format!(
        "{RANKING_SELECT} JOIN crop_reviewers r ON r.opportunity_id = k.opportunity_id
            AND r.user_id = k.reviewer_id
         WHERE k.opportunity_id = ? ORDER BY k.reviewer_id"
    ))
    .bind(opportunity_id)
    .fetch_all(pool)
    .await
}

async fn fetch_ranking(
    conn: &mut SqliteConnection,
    opportunity_id: i64,
    reviewer_id: i64,
) -> sqlx::Result<Option<RankingRow>> {
    sqlx::query_as(&format!(
        "{RANKING_SELECT} WHERE k.opportunity_id = ? AND k.reviewer_id = ?"
    ))
    .bind(opportunity_id)
    .bind(reviewer_id)
    .fetch_optional(conn)
    .await
}

/// Saves the reviewer's first and second choice on the version their form was read at
/// (0: none yet). The choices are checked by the caller (`committee_rules::check_ranking`,
/// recusal), before.
pub async fn save_ranking(
    pool: &SqlitePool,
    actor: &Actor,
    opportunity_id: i64,
    reviewer_id: i64,
    (first, second): (i64, Option<i64>),
    version: i64,
) -> sqlx::Result<Written<RankingRow>> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await?;
    if !reviews_application(&mut tx, first, reviewer_id).await? {
        return Ok(Written::Refused("crop-committee-err-not-reviewer"));
    }
    let before = fetch_ranking(&mut tx, opportunity_id, reviewer_id).await?;
    match &before {
        Some(stored) if stored.version != version => {
            return Ok(Written::Conflict(Box::new(stored.clone())));
        }
        None if version != 0 => return Ok(Written::NotFound),
        _ => {}
    }
    sqlx::query(
        "INSERT INTO crop_rankings (opportunity_id, reviewer_id, first_choice, second_choice,
            version, ranked_at)
         VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (opportunity_id, reviewer_id) DO UPDATE SET
            first_choice = excluded.first_choice, second_choice = excluded.second_choice,
            version = crop_rankings.version + 1, ranked_at = excluded.ranked_at",
    )
    .bind(opportunity_id)
    .bind(reviewer_id)
    .bind(first)
    .bind(second)
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    let after = fetch_ranking(&mut tx, opportunity_id, reviewer_id).await?;
    audit::record(
        &mut tx,
        actor,
        if before.is_some() { "update" } else { "create" },
        "crop_ranking",
        Some(opportunity_id),
        before.as_ref(),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(opportunity_id))
}
