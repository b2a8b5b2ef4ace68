//! The funds' messages, each queued inside the transaction of its cause: every step of a
//! request told to whoever asked for it, and the report's reminders (`reminders.rs`).

use chrono::NaiveDate;
use sqlx::{SqliteConnection, SqlitePool};

use super::model::RequestRow;
use crate::outbox::{self, Action, Content, Fact, Kind, Letter, Site, due};

/// A step the request passed (`status`: submitted, endorsed, approved, declined, closed).
pub async fn step(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    row: &RequestRow,
    status: &str,
) -> sqlx::Result<()> {
    let Some(uid) = row.requested_by else {
        return Ok(());
    };
    let Some(to) = outbox::recipient::for_user(&mut *conn, uid).await? else {
        return Ok(());
    };
    let lang = to.lang;
    let label = lang.t(&format!("fund-status-{status}"));
    let args = [
        ("title", row.title.clone().into()),
        ("status", label.clone().into()),
    ];
    let mut content = Content::new(
        lang,
        lang.t_args("notify-fund-step-subject", &args),
        &to.name,
        Action {
            label: lang.t("notify-action-fund-request"),
            url: site.link(&format!("/funds/{}", row.id)),
        },
    )
    .paragraph(lang.t_args(&format!("notify-fund-step-{status}"), &args))
    .fact(Fact::new(lang.t("field-status"), label));
    let note = if status == "declined" {
        row.decline_reason.trim()
    } else if status == "approved" {
        row.approval_ref.trim()
    } else {
        ""
    };
    if !note.is_empty() {
        content = content.fact(Fact::new(lang.t("notify-fact-reason"), note.to_owned()));
    }
    if status == "approved"
        && let Some(due) = row.report_due()
    {
        content = content.fact(Fact::new(lang.t("notify-fact-report-due"), lang.date(due)));
    }
    let letter = Letter {
        kind: Kind::FundRequest,
        key: format!("fund-step:{}:{status}:{}", row.id, row.version),
        to: &to,
        content: content.why(lang.t("notify-why-own-fund-request")),
    };
    outbox::queue(conn, site.base_url, &letter).await?;
    Ok(())
}

/// Reminds requesters of reports due within `lead` days, due, or overdue (each week),
/// once per step; answers how many were queued.
pub async fn report_reminders(
    pool: &SqlitePool,
    site: Site<'_>,
    lead: i64,
    today: NaiveDate,
) -> sqlx::Result<usize> {
    let held_by =
        today - chrono::Duration::days(super::rules::REPORT_DAYS) + chrono::Duration::days(lead);
    let mut queued = 0;
    for row in super::queries::reports_not_filed(pool, held_by).await? {
        let (Some(due_on), Some(uid)) = (row.report_due(), row.requested_by) else {
            continue;
        };
        let Some(step) = due::report_step(due_on, lead, today) else {
            continue;
        };
        let key = format!("fund-report-due:{}:{due_on}:{step}", row.id);
        let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
        if outbox::queries::key_taken(&mut tx, &key).await? {
            continue;
        }
        let Some(to) = outbox::recipient::for_user(&mut tx, uid).await? else {
            continue;
        };
        let content = due::ReportReminder {
            title: &row.title,
            due: due_on,
            step: &step,
            messages: [
                (
                    "notify-fund-report-before-subject",
                    "notify-fund-report-before-intro",
                ),
                (
                    "notify-fund-report-due-subject",
                    "notify-fund-report-due-intro",
                ),
                (
                    "notify-fund-report-overdue-subject",
                    "notify-fund-report-overdue-intro",
                ),
            ],
            action: (
                "notify-action-fund-report",
                site.link(&format!("/funds/{}#report", row.id)),
            ),
            why: ("notify-why-fund-report", "notify-why-fund-report"),
        }
        .content(to.lang, &to.name);
        let letter = Letter {
            kind: Kind::FundReport,
            key,
            to: &to,
            content,
        };
        queued += usize::from(
            outbox::queue(&mut tx, site.base_url, &letter)
                .await?
                .is_new(),
        );
        tx.commit().await?;
    }
    Ok(queued)
}
