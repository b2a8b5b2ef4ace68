//! Messages to an ALS's contact: a friendly nudge a month before the ALS would enter the
//! review queue (found by the scheduler, at most once an hour), and every change of its
//! status (inside the change's transaction).

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::model::{AlsRow, AlsStatus};
use super::review::{DEFAULT_MONTHS, is_silent};
use crate::outbox::{self, Action, Content, Fact, Kind, Letter, Site, recipient};

/// How long before entering the review queue an ALS is nudged.
pub const NUDGE_DAYS: i64 = 30;
/// The nudges are looked for at most this often: a day's precision is all they need.
const EVERY: Duration = Duration::hours(1);
const CHECKED_KEY: &str = "als_nudges_checked_at";

/// An ALS that could be nudged: active or less active, with a contact.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
    pub accredited_on: Option<String>,
    pub created_at: String,
    pub last_engaged: Option<String>,
    pub contact_member_id: i64,
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// Whether an ALS not yet silent at `today` will be within `NUDGE_DAYS`, by the review
/// queue's own rule; the day its silence is counted from when so.
pub fn nudge_due(
    last_engaged: Option<NaiveDate>,
    since: NaiveDate,
    today: NaiveDate,
    months: u32,
) -> bool {
    !is_silent(last_engaged, since, today, months)
        && is_silent(
            last_engaged,
            since,
            today + Duration::days(NUDGE_DAYS),
            months,
        )
}

/// Nudges due at `now`; returns how many were queued.
pub async fn due(pool: &SqlitePool, site: Site<'_>, now: DateTime<Utc>) -> sqlx::Result<usize> {
    let checked = crate::db::meta_get(pool, CHECKED_KEY).await?;
    if checked
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .is_some_and(|t| now - t.with_timezone(&Utc) < EVERY && t <= now)
    {
        return Ok(0);
    }
    let today = now.date_naive();
    let candidates: Vec<Candidate> = sqlx::query_as(&format!(
        "SELECT a.id, a.name, a.accredited_on, a.created_at, {} AS last_engaged,
            a.contact_member_id
         FROM als a WHERE a.status IN ('active', 'less_active') AND a.contact_member_id IS NOT NULL",
        super::queries::LAST_ENGAGED
    ))
    .fetch_all(pool)
    .await?;
    let mut queued = 0;
    for als in candidates {
        let last = als.last_engaged.as_deref().and_then(parse_day);
        let since = als
            .accredited_on
            .as_deref()
            .and_then(parse_day)
            .or_else(|| parse_day(&als.created_at))
            .unwrap_or(today);
        if !nudge_due(last, since, today, DEFAULT_MONTHS) {
            continue;
        }
        let quiet_since = last.unwrap_or(since);
        let key = format!("als-nudge:{}:{quiet_since}", als.id);
        let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
        if outbox::queries::key_taken(&mut tx, &key).await? {
            continue;
        }
        let Some(to) = recipient::for_member(&mut tx, als.contact_member_id, None).await? else {
            continue;
        };
        let lang = to.lang;
        let args = [
            ("als", als.name.clone().into()),
            ("since", lang.date(quiet_since).into()),
        ];
        let content = Content::new(
            lang,
            lang.t_args("notify-als-nudge-subject", &args),
            &to.name,
            Action {
                label: lang.t("notify-action-als"),
                url: site.link(&format!("/als/{}", als.id)),
            },
        )
        .paragraph(lang.t_args("notify-als-nudge-intro", &args))
        .paragraph(lang.t("notify-als-nudge-ask"))
        .fact(Fact::new(
            lang.t("notify-fact-last-engaged"),
            last.map_or_else(|| lang.t("als-never-engaged"), |d| lang.date(d)),
        ))
        .why(lang.t_args("notify-why-als-contact", &args));
        let letter = Letter {
            kind: Kind::AlsNudge,
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
    crate::db::meta_set(pool, CHECKED_KEY, &crate::clock::text(now)).await?;
    Ok(queued)
}

/// Tells the ALS's contact of a change of its status, with the reason; inside the change's
/// transaction. `change_id` is the row of `als_status_changes`.
pub async fn status_changed(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    als: &AlsRow,
    from: AlsStatus,
    change_id: i64,
    reason: &str,
) -> sqlx::Result<()> {
    let Some(contact) = als.contact_member_id else {
        return Ok(());
    };
    let Some(to) = recipient::for_member(&mut *conn, contact, None).await? else {
        return Ok(());
    };
    let lang = to.lang;
    let args = [
        ("als", als.name.clone().into()),
        ("status", lang.t(&als.status().label_key()).into()),
    ];
    let content = Content::new(
        lang,
        lang.t_args("notify-als-status-subject", &args),
        &to.name,
        Action {
            label: lang.t("notify-action-als"),
            url: site.link(&format!("/als/{}", als.id)),
        },
    )
    .paragraph(lang.t_args("notify-als-status-intro", &args))
    .fact(Fact::change(
        lang.t("field-status"),
        lang.t(&from.label_key()),
        lang.t(&als.status().label_key()),
    ))
    .fact(Fact::new(lang.t("notify-fact-reason"), reason.to_owned()))
    .why(lang.t_args("notify-why-als-contact", &args));
    let letter = Letter {
        kind: Kind::AlsStatus,
        key: format!("als-status:{}:{change_id}", als.id),
        to: &to,
        content,
    };
    outbox::queue(conn, site.base_url, &letter).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn nudged_in_the_month_before_the_review_queue() {
        let since = d(2020, 1, 1);
        let today = d(2027, 9, 15);
        // On 15 September, the queue holds ALSs last engaged before 15 March; in 30 days
        // (15 October), those last engaged before 15 April.
        let cases = [
            (d(2027, 4, 15), false), // not in the queue in 30 days either
            (d(2027, 4, 14), true),  // in the queue in exactly 30 days
            (d(2027, 3, 16), true),
            (d(2027, 3, 15), true),  // the last day out of the queue
            (d(2027, 3, 14), false), // in the queue already: no nudge
        ];
        for (last, expected) in cases {
            assert_eq!(
                nudge_due(Some(last), since, today, 6),
                expected,
                "last engaged {last}"
            );
        }
    }
}
