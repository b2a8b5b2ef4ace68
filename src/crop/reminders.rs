//! CROP's reminders, found by the scheduler: the application deadline (to eligible
//! members who have not applied) and the trip report (to travellers who have not filed it).
//! Every step has its own key, and a step already queued is never found again.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqlitePool;

use super::audience::{self, Audience};
use super::model::{OpportunityRow, Phase};
use super::{notify, procedure, queries};
use crate::outbox::settings_queries::NotificationSettings;
use crate::outbox::{self, Action, Content, Fact, Kind, Letter, Site, content, due, fanout};
use crate::web::Lang;

/// One writer of announcements per process: two (the request's and the scheduler's) would
/// only take turns at SQLite's write lock, and make each other's batches wait.
static ANNOUNCING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Finishes the announcements not yet written to everyone (right after a phase change, and
/// at every scheduler run after a stop half-way), a batch per transaction. When another
/// call is at it already, returns at once: that one looks for new ones before it stops.
pub async fn announcements(pool: &SqlitePool, site: Site<'_>) -> sqlx::Result<usize> {
    let Ok(_only_one) = ANNOUNCING.try_lock() else {
        return Ok(0);
    };
    let mut queued = 0;
    loop {
        let pending = fanout::pending(pool, "crop_announcement").await?;
        if pending.is_empty() {
            return Ok(queued);
        }
        for one in pending {
            queued += finish_announcement(pool, site, &one).await?;
        }
    }
}

async fn finish_announcement(
    pool: &SqlitePool,
    site: Site<'_>,
    pending: &fanout::Pending,
) -> sqlx::Result<usize> {
    let mut queued = 0;
    let row = queries::opportunity(pool, pending.subject_id).await?;
    let mut after = 0;
    loop {
        let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
        // A phase moved on (or an opportunity gone) supersedes the announcement.
        let current = row
            .as_ref()
            .filter(|r| notify::announcement_key(r) == pending.key);
        let Some(row) = current else {
            fanout::finish(&mut tx, &pending.key).await?;
            tx.commit().await?;
            break;
        };
        let done = notify::announce_batch(&mut tx, site, row, pending.lang(), after).await?;
        if !done.more {
            fanout::finish(&mut tx, &pending.key).await?;
        }
        tx.commit().await?;
        queued += done.queued;
        if !done.more {
            break;
        }
        after = done.last_member;
    }
    Ok(queued)
}

/// Deadline reminders due at `now`, a batch per transaction; returns how many were queued.
pub async fn deadlines(
    pool: &SqlitePool,
    site: Site<'_>,
    settings: &NotificationSettings,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let first = Duration::days(settings.crop_first_reminder_days);
    let last = Duration::days(settings.crop_last_reminder_days);
    let open: Vec<OpportunityRow> = queries::open_before(pool, now + first, now).await?;
    let mut queued = 0;
    for row in open {
        let deadline = row.deadline_at();
        let steps = [("first", deadline - first), ("last", deadline - last)];
        let Some(step) = due::latest_step(&steps, now, deadline) else {
            continue;
        };
        let audience = match row.phase() {
            Phase::Subregion => Audience::Subregion(row.subregion),
            _ => Audience::All,
        };
        // The deadline's day is in the key: a deadline moved later reminds again.
        let step_key = format!("crop-deadline:{}:{}:{step}", row.id, row.deadline_on);
        let prefix = format!("{step_key}:");
        {
            let mut conn = pool.acquire().await?;
            if fanout::is_finished(&mut conn, &step_key).await? {
                continue;
            }
        }
        let link = site.link(&format!("/crop/{}", row.id));
        let mut after = 0;
        loop {
            let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
            fanout::start(&mut tx, &step_key, "crop_deadline", row.id, Lang::default()).await?;
            let rows = audience::eligible(
                &mut tx,
                audience,
                audience::Batch {
                    after_member: after,
                    limit: fanout::BATCH,
                    key_prefix: &prefix,
                    not_applied_to: Some(row.id),
                },
            )
            .await?;
            let more = rows.len() as i64 == fanout::BATCH;
            after = rows.last().and_then(|r| r.member_id).unwrap_or(after);
            let recipients: Vec<outbox::Recipient> =
                rows.into_iter().map(|r| r.into_recipient(None)).collect();
            queued += outbox::queue_all(
                &mut tx,
                site.base_url,
                Kind::CropDeadline,
                &recipients,
                |to| {
                    let lang = to.lang;
                    let when = content::instant(lang, to.zone, deadline);
                    let args = [
                        ("title", row.event_title.clone().into()),
                        ("deadline", when.clone().into()),
                    ];
                    let c = Content::new(
                        lang,
                        lang.t_args("notify-crop-deadline-subject", &args),
                        &to.name,
                        Action {
                            label: lang.t("notify-action-crop-apply"),
                            url: link.clone(),
                        },
                    )
                    .paragraph(lang.t_args("notify-crop-deadline-intro", &args))
                    .fact(Fact::new(lang.t("crop-deadline"), when))
                    .fact(Fact::new(lang.t("crop-slots"), row.slots.to_string()))
                    .why(lang.t("notify-why-crop-member"));
                    (format!("{prefix}{}", to.canonical), c)
                },
            )
            .await?;
            if !more {
                fanout::finish(&mut tx, &step_key).await?;
            }
            tx.commit().await?;
            if !more {
                break;
            }
        }
    }
    Ok(queued)
}

/// Trip-report reminders due at `now`: a few days before the report is due, on the day,
/// then every week while it is overdue.
pub async fn trip_reports(
    pool: &SqlitePool,
    site: Site<'_>,
    settings: &NotificationSettings,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let today = now.date_naive();
    let lead = settings.report_reminder_days;
    // Trips whose report falls due within `lead` days, or is already due.
    let latest_return = today - Duration::days(procedure::ASSESSMENT_DAYS) + Duration::days(lead);
    let candidates = queries::reports_not_filed(pool, latest_return).await?;
    let mut queued = 0;
    for app in candidates {
        let Some(due_on) = app.assessment_due() else {
            continue;
        };
        let Some(step) = due::report_step(due_on, lead, today) else {
            continue;
        };
        let key = format!("trip-report-due:{}:{due_on}:{step}", app.id);
        let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
        if outbox::queries::key_taken(&mut tx, &key).await? {
            continue;
        }
        let to = match app.user_id {
            Some(uid) => outbox::recipient::for_user(&mut tx, uid).await?,
            None => None,
        };
        let to = match to {
            Some(to) => Some(to),
            None => outbox::recipient::for_member(&mut tx, app.member_id, None).await?,
        };
        let Some(to) = to else {
            continue;
        };
        let content = due::ReportReminder {
            title: &app.event_title,
            due: due_on,
            step: &step,
            messages: [
                ("notify-report-before-subject", "notify-report-before-intro"),
                ("notify-report-due-subject", "notify-report-due-intro"),
                (
                    "notify-report-overdue-subject",
                    "notify-report-overdue-intro",
                ),
            ],
            action: (
                "notify-action-report",
                site.link(&format!("/crop/applications/{}#report", app.id)),
            ),
            why: ("notify-why-report", "notify-why-report-overdue"),
        }
        .content(to.lang, &to.name);
        let letter = Letter {
            kind: Kind::TripReport,
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
