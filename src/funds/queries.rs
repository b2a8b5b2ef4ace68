//! SQL for the RALO discretionary funds: bound parameters only, every write audited in its
//! transaction, and the budget (what is left of the year's) checked inside the statement
//! that approves, so two approvals of the last of the funds cannot both pass.

use chrono::NaiveDate;
use sqlx::{SqliteConnection, SqlitePool};

use super::model::{LineRow, NewReport, NewRequest, ReceiptRow, RequestRow};
use super::rules::{DEFAULT_BUDGET_CENTS, FundStatus, Step};
use crate::audit::write::Written;
use crate::audit::{self, Actor};
use crate::crop::rules::FiscalYear;
use crate::db::now_text;

const REQUEST_SELECT: &str = "SELECT r.id, r.fiscal_year, r.title, r.als_id, r.country, r.held_on,
    r.objectives, r.expected_reach, r.status, r.total_cents, r.currency, r.requested_by,
    r.approved_on, r.approval_ref, r.decline_reason, r.achieved, r.people_reached,
    r.report_filed_at, r.version, r.created_at, r.updated_at, a.name AS als_name,
    u.display_name AS requester_name
    FROM fund_requests r JOIN als a ON a.id = r.als_id LEFT JOIN users u ON u.id = r.requested_by";

/// Money counted against a year's budget: what was approved (and since reported or closed).
const COMMITTED: &str = "(SELECT coalesce(sum(x.total_cents), 0) FROM fund_requests x
    WHERE x.fiscal_year = ?1 AND x.status IN ('approved', 'reported', 'closed'))";

/// A year's budget: as set (else the default), whether set, and the row's version (0: none).
pub async fn budget(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<(i64, bool, i64)> {
    let mut conn = pool.acquire().await?;
    budget_in(&mut conn, fy).await
}

async fn budget_in(conn: &mut SqliteConnection, fy: FiscalYear) -> sqlx::Result<(i64, bool, i64)> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT amount_cents, version FROM fund_budgets WHERE fiscal_year = ?")
            .bind(fy)
            .fetch_optional(conn)
            .await?;
    Ok(match row {
        Some((amount, version)) => (amount, true, version),
        None => (DEFAULT_BUDGET_CENTS, false, 0),
    })
}

pub async fn committed(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<i64> {
    sqlx::query_scalar(&format!("SELECT {COMMITTED}"))
        .bind(fy)
        .fetch_one(pool)
        .await
}

/// Sets a year's budget on the version read (0: none stored yet).
pub async fn set_budget(
    pool: &SqlitePool,
    actor: &Actor,
    fy: FiscalYear,
    amount: i64,
    version: i64,
) -> sqlx::Result<Written<i64>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let written = if version == 0 {
        sqlx::query(
            "INSERT INTO fund_budgets (fiscal_year, amount_cents, updated_by, updated_at)
             VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(fy)
        .bind(amount)
        .bind(&actor.email)
        .bind(&now)
        .execute(&mut *tx)
        .await?
    } else {
        sqlx::query(
            "UPDATE fund_budgets SET amount_cents = ?, version = version + 1, updated_by = ?,
                updated_at = ? WHERE fiscal_year = ? AND version = ?",
        )
        .bind(amount)
        .bind(&actor.email)
        .bind(&now)
        .bind(fy)
        .bind(version)
        .execute(&mut *tx)
        .await?
    };
    if written.rows_affected() != 1 {
        let (stored, _, _) = budget_in(&mut tx, fy).await?;
        return Ok(Written::Conflict(Box::new(stored)));
    }
    audit::record(
        &mut tx,
        actor,
        "set_budget",
        "fund_budget",
        Some(fy.year()),
        audit::NOTHING,
        Some(&amount),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(fy.year()))
}

pub async fn request(
    conn: impl sqlx::SqliteExecutor<'_>,
    id: i64,
) -> sqlx::Result<Option<RequestRow>> {
    sqlx::query_as(&format!("{REQUEST_SELECT} WHERE r.id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// Requests, newest initiative first: of a fiscal year and/or a status when given, and only
/// those `requester` asked for when given (a member sees their own only).
pub async fn requests(
    pool: &SqlitePool,
    fy: Option<FiscalYear>,
    status: Option<FundStatus>,
    requester: Option<i64>,
) -> sqlx::Result<Vec<RequestRow>> {
    sqlx::query_as(&format!(
        "{REQUEST_SELECT} WHERE (?1 IS NULL OR r.fiscal_year = ?1)
           AND (?2 IS NULL OR r.status = ?2) AND (?3 IS NULL OR r.requested_by = ?3)
         ORDER BY r.held_on DESC, r.id DESC"
    ))
    .bind(fy)
    .bind(status)
    .bind(requester)
    .fetch_all(pool)
    .await
}

/// Approved requests whose report is not filed and whose initiative was on or before
/// `held_by`: the reports due (or overdue).
pub async fn reports_not_filed(
    pool: &SqlitePool,
    held_by: NaiveDate,
) -> sqlx::Result<Vec<RequestRow>> {
    sqlx::query_as(&format!(
        "{REQUEST_SELECT} WHERE r.status = 'approved' AND r.held_on <= ? ORDER BY r.held_on, r.id"
    ))
    .bind(held_by.to_string())
    .fetch_all(pool)
    .await
}

pub async fn lines(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<LineRow>> {
    sqlx::query_as(
        "SELECT id, request_id, position, category, justification, amount_cents, currency,
            actual_cents FROM fund_lines WHERE request_id = ? ORDER BY position",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

/// Each step taken: (step, day, note, who).
pub async fn steps(
    pool: &SqlitePool,
    id: i64,
) -> sqlx::Result<Vec<(String, String, String, Option<String>)>> {
    sqlx::query_as(
        "SELECT step, on_date, note, taken_by FROM fund_steps WHERE request_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

pub async fn receipts(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<ReceiptRow>> {
    sqlx::query_as(
        "SELECT id, request_id, file_name, content_type, size, uploaded_by, uploaded_at
         FROM fund_receipts WHERE request_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

/// A receipt's request, name, type and bytes.
pub async fn receipt_file(
    pool: &SqlitePool,
    receipt: i64,
) -> sqlx::Result<Option<(i64, String, String, Vec<u8>)>> {
    sqlx::query_as(
        "SELECT request_id, file_name, content_type, content FROM fund_receipts WHERE id = ?",
    )
    .bind(receipt)
    .fetch_optional(pool)
    .await
}

async fn step_row(
    conn: &mut SqliteConnection,
    id: i64,
    step: &str,
    on: NaiveDate,
    note: &str,
    actor: &Actor,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO fund_steps (request_id, step, on_date, note, taken_by, taken_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(step)
    .bind(on.to_string())
    .bind(note)
    .bind(&actor.email)
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(())
}

/// Submits a request for `fy`, asked by account `requested_by` (none for the demo's):
/// refused when its total is beyond what is left of the year's budget.
pub async fn create_request(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    requested_by: Option<i64>,
    fy: FiscalYear,
    new: &NewRequest,
    today: NaiveDate,
) -> sqlx::Result<Written<RequestRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let (budget, _, _) = budget_in(&mut tx, fy).await?;
    let committed: i64 = sqlx::query_scalar(&format!("SELECT {COMMITTED}"))
        .bind(fy)
        .fetch_one(&mut *tx)
        .await?;
    if !super::rules::fits(new.total(), budget, committed) {
        return Ok(Written::Refused("fund-err-over-budget"));
    }
    let now = now_text();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO fund_requests (fiscal_year, title, als_id, country, held_on, objectives,
            expected_reach, total_cents, requested_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(fy)
    .bind(&new.title)
    .bind(new.als_id)
    .bind(&new.country)
    .bind(new.held_on.to_string())
    .bind(&new.objectives)
    .bind(new.expected_reach)
    .bind(new.total())
    .bind(requested_by)
    .bind(&now)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    for (position, line) in new.lines.iter().enumerate() {
        sqlx::query(
            "INSERT INTO fund_lines (request_id, position, category, justification, amount_cents)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(line.category)
        .bind(&line.justification)
        .bind(line.amount_cents)
        .execute(&mut *tx)
        .await?;
    }
    step_row(&mut tx, id, "submitted", today, "", actor).await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "fund_request",
        Some(id),
        audit::NOTHING,
        Some(new),
    )
    .await?;
    if let Some(row) = request(&mut *tx, id).await? {
        super::notify::step(&mut tx, site, &row, "submitted").await?;
    }
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// A step as leadership take it.
#[derive(Debug, Clone, Copy)]
pub struct Taking<'a> {
    pub step: Step,
    /// The ALAC finance subcommittee's approval: its day and reference.
    pub approval: Option<(NaiveDate, &'a str)>,
    pub reason: &'a str,
    pub today: NaiveDate,
}

/// Takes a step on the version read. Approving checks, in the UPDATE that writes it, that
/// the request still fits what is left of its year's budget.
pub async fn take_step(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    taking: Taking<'_>,
) -> sqlx::Result<Written<RequestRow>> {
    let Taking {
        step,
        approval,
        reason,
        today,
    } = taking;
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let from = step
        .from()
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    // ?1 is the request's fiscal year for COMMITTED; read inside the statement.
    let budget_check = if step == Step::Approve {
        format!(
            "AND total_cents <= coalesce((SELECT amount_cents FROM fund_budgets b
                 WHERE b.fiscal_year = fund_requests.fiscal_year), {DEFAULT_BUDGET_CENTS})
               - {}",
            COMMITTED.replace("?1", "fund_requests.fiscal_year")
        )
    } else {
        String::new()
    };
    let updated = sqlx::query(&format!(
        "UPDATE fund_requests SET status = ?, version = version + 1, updated_at = ?,
            approved_on = coalesce(?, approved_on),
            approval_ref = CASE WHEN ? IS NULL THEN approval_ref ELSE ? END,
            decline_reason = CASE WHEN ? = 'declined' THEN ? ELSE decline_reason END
         WHERE id = ? AND version = ? AND status IN ({from}) {budget_check}"
    ))
    .bind(step.status())
    .bind(now_text())
    .bind(approval.map(|(d, _)| d.to_string()))
    .bind(approval.map(|(_, r)| r.trim()))
    .bind(approval.map(|(_, r)| r.trim()))
    .bind(step.status())
    .bind(reason.trim())
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version, step).await;
    }
    let note = match (step, approval) {
        (Step::Approve, Some((_, reference))) => reference.trim(),
        _ => reason.trim(),
    };
    let on = approval.map_or(today, |(d, _)| d);
    step_row(&mut tx, id, step.status().as_str(), on, note, actor).await?;
    let after = request(&mut *tx, id).await?;
    if let Some(row) = &after {
        super::notify::step(&mut tx, site, row, step.status().as_str()).await?;
    }
    audit::record(
        &mut tx,
        actor,
        step.as_str(),
        "fund_request",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

async fn why_not(
    conn: &mut SqliteConnection,
    id: i64,
    version: i64,
    step: Step,
) -> sqlx::Result<Written<RequestRow>> {
    Ok(match request(&mut *conn, id).await? {
        None => Written::NotFound,
        Some(row) if row.version != version => Written::Conflict(Box::new(row)),
        Some(row) if step == Step::Approve && step.from().contains(&row.status) => {
            Written::Refused("fund-err-over-budget")
        }
        Some(_) => Written::Refused("fund-err-step-order"),
    })
}

/// Files (or corrects) the report of an approved initiative that has taken place: what was
/// achieved, the people reached, each line's actual spending. The initiative becomes its
/// ALS's outreach engagement (a local activity on its day), once.
pub async fn file_report(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    report: &NewReport,
    today: NaiveDate,
) -> sqlx::Result<Written<RequestRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let updated = sqlx::query(
        "UPDATE fund_requests SET achieved = ?, people_reached = ?, status = 'reported',
            report_filed_at = coalesce(report_filed_at, ?), version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status IN ('approved', 'reported') AND held_on <= ?",
    )
    .bind(&report.achieved)
    .bind(report.people_reached)
    .bind(&now)
    .bind(&now)
    .bind(id)
    .bind(version)
    .bind(today.to_string())
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Ok(match request(&mut *tx, id).await? {
            None => Written::NotFound,
            Some(row) if row.version != version => Written::Conflict(Box::new(row)),
            Some(_) => Written::Refused("fund-err-report-not-now"),
        });
    }
    for (line, actual) in &report.actuals {
        sqlx::query("UPDATE fund_lines SET actual_cents = ? WHERE id = ? AND request_id = ?")
            .bind(actual)
            .bind(line)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    let row = request(&mut *tx, id).await?;
    if let Some(row) = &row {
        let recorded: bool = sqlx::query_scalar(
            "SELECT count(*) > 0 FROM fund_steps WHERE request_id = ? AND step = 'reported'",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        if !recorded {
            step_row(&mut tx, id, "reported", today, "", actor).await?;
            sqlx::query(
                "INSERT INTO engagements (als_id, kind, happened_on, description, recorded_by, created_at)
                 VALUES (?, 'local_activity', ?, ?, ?, ?)",
            )
            .bind(row.als_id)
            .bind(&row.held_on)
            .bind(format!("RALO discretionary funds: {}", row.title))
            .bind(&actor.email)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }
    }
    audit::record(
        &mut tx,
        actor,
        "file_report",
        "fund_request",
        Some(id),
        audit::NOTHING,
        Some(report),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Keeps a receipt of an approved request whose initiative has taken place by `today`
/// (its content checked by the caller).
pub async fn add_receipt(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    (file_name, content_type): (&str, &str),
    content: &[u8],
    today: NaiveDate,
) -> sqlx::Result<Written<RequestRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let inserted = sqlx::query(
        "INSERT INTO fund_receipts (request_id, file_name, content_type, size, content,
            uploaded_by, uploaded_at)
         SELECT id, ?, ?, ?, ?, ?, ? FROM fund_requests
         WHERE id = ? AND status IN ('approved', 'reported') AND held_on <= ?",
    )
    .bind(file_name)
    .bind(content_type)
    .bind(content.len() as i64)
    .bind(content)
    .bind(&actor.email)
    .bind(now_text())
    .bind(id)
    .bind(today.to_string())
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() != 1 {
        return Ok(match request(&mut *tx, id).await? {
            None => Written::NotFound,
            Some(_) => Written::Refused("fund-err-receipt-not-now"),
        });
    }
    audit::record(
        &mut tx,
        actor,
        "add_receipt",
        "fund_request",
        Some(id),
        audit::NOTHING,
        Some(&(file_name, content_type, content.len())),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// The ALSs a request can be for (not decertified): (id, name, country), by name.
pub async fn als_choices(pool: &SqlitePool) -> sqlx::Result<Vec<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT id, name, country FROM als WHERE status != 'decertified' ORDER BY name_key",
    )
    .fetch_all(pool)
    .await
}
