//! CROP's messages, each queued inside the transaction of its cause: the announcement to
//! the sub-region (and to everyone else when the opportunity opens to all), the applicant's
//! receipts, and leadership's decisions.

use sqlx::SqliteConnection;

use super::audience::{self, Audience};
use super::model::{ApplicationRow, OpportunityRow, Phase};
use super::procedure::TripStep;
use super::rules::Decision;
use crate::outbox::{self, Action, Content, Fact, Kind, Letter, Recipient, Site, content, fanout};
use crate::web::Lang;

/// The dates and place of an opportunity's event, and its deadline in the recipient's zone.
fn opportunity_facts(row: &OpportunityRow, to: &Recipient, site: Site<'_>) -> Vec<Fact> {
    let lang = to.lang;
    let mut facts = Vec::new();
    if let Some(start) = row.event_start() {
        let end = row.event_end().unwrap_or(start);
        let dates = if end == start {
            lang.date(start)
        } else {
            lang.t_args(
                "date-range",
                &[
                    ("start", lang.date(start).into()),
                    ("end", lang.date(end).into()),
                ],
            )
        };
        facts.push(Fact::new(lang.t("field-dates"), dates));
    }
    let mut place: Vec<String> = Vec::new();
    if !row.event_city.trim().is_empty() {
        place.push(row.event_city.trim().to_owned());
    }
    if let Some(c) = row
        .event_country
        .as_deref()
        .and_then(|c| site.countries.get(c))
    {
        place.push(c.name(lang).to_owned());
    }
    if !place.is_empty() {
        facts.push(Fact::new(lang.t("event-place"), place.join(", ")));
    }
    facts.push(Fact::new(
        lang.t("crop-deadline"),
        content::instant(lang, to.zone, row.deadline_at()),
    ));
    facts.push(Fact::new(lang.t("crop-slots"), row.slots.to_string()));
    facts
}

fn subregion_name(lang: Lang, subregion: crate::countries::SubRegion) -> String {
    lang.t(&subregion.label_key())
}

/// The key of an opportunity's announcement in its current phase (a fan-out).
pub fn announcement_key(row: &OpportunityRow) -> String {
    format!("crop-announce:{}:{}", row.id, row.phase)
}

/// What one batch of a fan-out did.
#[derive(Debug, Clone, Copy)]
pub struct BatchDone {
    pub queued: usize,
    /// The last member read: the next batch starts after it.
    pub last_member: i64,
    /// Whether the batch was full (there may be more).
    pub more: bool,
}

/// One batch of the announcement, to eligible members after `after_member`: to the
/// sub-region's when the opportunity is announced, to everyone else when it opens to all.
/// One key per opportunity and address, so nobody hears of it twice.
pub async fn announce_batch(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    row: &OpportunityRow,
    sender: Lang,
    after_member: i64,
) -> sqlx::Result<BatchDone> {
    let audience = match row.phase() {
        Phase::Subregion => Audience::Subregion(row.subregion),
        Phase::OpenToAll => Audience::All,
        Phase::Draft | Phase::Closed => {
            return Ok(BatchDone {
                queued: 0,
                last_member: after_member,
                more: false,
            });
        }
    };
    let prefix = format!("crop-announce:{}:", row.id);
    let rows = audience::eligible(
        &mut *conn,
        audience,
        audience::Batch {
            after_member,
            limit: fanout::BATCH,
            key_prefix: &prefix,
            not_applied_to: None,
        },
    )
    .await?;
    let more = rows.len() as i64 == fanout::BATCH;
    let last_member = rows
        .last()
        .and_then(|r| r.member_id)
        .unwrap_or(after_member);
    let recipients: Vec<Recipient> = rows
        .into_iter()
        .map(|r| r.into_recipient(Some(sender)))
        .collect();
    let link = site.link(&format!("/crop/{}", row.id));
    let open_to_all = row.phase() == Phase::OpenToAll;
    let queued = outbox::queue_all(
        conn,
        site.base_url,
        Kind::CropAnnouncement,
        &recipients,
        |to| {
            let lang = to.lang;
            let title = row.event_title.clone();
            let region = subregion_name(lang, row.subregion);
            let (subject_key, intro_key, why_key) = if open_to_all {
                (
                    "notify-crop-open-subject",
                    "notify-crop-open-intro",
                    "notify-why-crop-member",
                )
            } else {
                (
                    "notify-crop-announce-subject",
                    "notify-crop-announce-intro",
                    "notify-why-crop-subregion",
                )
            };
            let args = [
                ("title", title.clone().into()),
                ("subregion", region.clone().into()),
                ("slots", row.slots.into()),
            ];
            let mut c = Content::new(
                lang,
                lang.t_args(subject_key, &args),
                &to.name,
                Action {
                    label: lang.t("notify-action-crop-apply"),
                    url: link.clone(),
                },
            )
            .paragraph(lang.t_args(intro_key, &args))
            .why(lang.t_args(why_key, &args));
            c.facts = opportunity_facts(row, to, site);
            (format!("{prefix}{}", to.canonical), c)
        },
    )
    .await?;
    Ok(BatchDone {
        queued,
        last_member,
        more,
    })
}

/// Starts the announcement of the opportunity's new phase, inside the phase change's
/// transaction, with its first batch; the rest (if any) is `reminders::announcements`.
pub async fn announce(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    row: &OpportunityRow,
    sender: Lang,
) -> sqlx::Result<()> {
    if !matches!(row.phase(), Phase::Subregion | Phase::OpenToAll) {
        return Ok(());
    }
    let key = announcement_key(row);
    fanout::start(&mut *conn, &key, "crop_announcement", row.id, sender).await?;
    let done = announce_batch(&mut *conn, site, row, sender, 0).await?;
    if !done.more {
        fanout::finish(conn, &key).await?;
    }
    Ok(())
}

/// Whoever applied: through the account that applied, else the member's own address.
async fn applicant(
    conn: &mut SqliteConnection,
    app: &ApplicationRow,
) -> sqlx::Result<Option<Recipient>> {
    if let Some(uid) = app.user_id {
        if let Some(to) = outbox::recipient::for_user(&mut *conn, uid).await? {
            return Ok(Some(to));
        }
    }
    outbox::recipient::for_member(conn, app.member_id, None).await
}

/// What the applicant did: submitted, changed or withdrew their application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receipt {
    Submitted,
    Changed,
    Withdrawn,
}

impl Receipt {
    fn key(self) -> &'static str {
        match self {
            Receipt::Submitted => "submitted",
            Receipt::Changed => "changed",
            Receipt::Withdrawn => "withdrawn",
        }
    }
}

/// The applicant's receipt for what they just did.
pub async fn receipt(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    app: &ApplicationRow,
    what: Receipt,
) -> sqlx::Result<()> {
    let Some(to) = applicant(&mut *conn, app).await? else {
        return Ok(());
    };
    let lang = to.lang;
    let args = [("title", app.event_title.clone().into())];
    let content = Content::new(
        lang,
        lang.t_args(
            &format!("notify-crop-receipt-{}-subject", what.key()),
            &args,
        ),
        &to.name,
        Action {
            label: lang.t("notify-action-crop-application"),
            url: site.link(&format!("/crop/applications/{}", app.id)),
        },
    )
    .paragraph(lang.t_args(&format!("notify-crop-receipt-{}-intro", what.key()), &args))
    .fact(Fact::new(
        lang.t("field-status"),
        lang.t(&app.status().label_key()),
    ))
    .why(lang.t("notify-why-own-application"));
    let letter = Letter {
        kind: Kind::CropReceipt,
        key: format!("crop-receipt:{}:{}:{}", app.id, what.key(), app.version),
        to: &to,
        content,
    };
    outbox::queue(conn, site.base_url, &letter).await?;
    Ok(())
}

/// Leadership's decision, told to the applicant with the reason given.
pub async fn decision(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    app: &ApplicationRow,
    decision: Decision,
) -> sqlx::Result<()> {
    let Some(to) = applicant(&mut *conn, app).await? else {
        return Ok(());
    };
    let lang = to.lang;
    let name = decision.name();
    let label = lang.t(&format!("crop-status-{name}"));
    let args = [
        ("title", app.event_title.clone().into()),
        ("status", label.clone().into()),
    ];
    let mut content = Content::new(
        lang,
        lang.t_args("notify-crop-decision-subject", &args),
        &to.name,
        Action {
            label: lang.t("notify-action-crop-application"),
            url: site.link(&format!("/crop/applications/{}", app.id)),
        },
    )
    .paragraph(lang.t_args(&format!("notify-crop-decision-{name}"), &args))
    .fact(Fact::new(lang.t("field-status"), label));
    let reason = if decision == Decision::RequestInfo {
        &app.info_request
    } else {
        &app.decision_reason
    };
    if !reason.trim().is_empty() {
        content = content.fact(Fact::new(
            lang.t("notify-fact-reason"),
            reason.trim().to_owned(),
        ));
    }
    let content = content.why(lang.t("notify-why-own-application"));
    let letter = Letter {
        kind: Kind::CropDecision,
        key: format!("crop-decision:{}:{}:{}", app.id, name, app.version),
        to: &to,
        content,
    };
    outbox::queue(conn, site.base_url, &letter).await?;
    Ok(())
}

/// A step of ICANN's procedure the traveller's trip has passed (endorsed by GSE, submitted
/// to CROP staff, confirmed by Constituency Travel), with the day it happened.
pub async fn trip_step(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    app: &ApplicationRow,
    step: TripStep,
    on: chrono::NaiveDate,
) -> sqlx::Result<()> {
    let Some(to) = applicant(&mut *conn, app).await? else {
        return Ok(());
    };
    let lang = to.lang;
    let label = lang.t(&step.label_key());
    let args = [
        ("title", app.event_title.clone().into()),
        ("step", label.clone().into()),
    ];
    let content = Content::new(
        lang,
        lang.t_args("notify-crop-step-subject", &args),
        &to.name,
        Action {
            label: lang.t("notify-action-crop-application"),
            url: site.link(&format!("/crop/applications/{}", app.id)),
        },
    )
    .paragraph(lang.t_args("notify-crop-step-intro", &args))
    .fact(Fact::new(lang.t("crop-step"), label))
    .fact(Fact::new(lang.t("crop-step-on"), lang.date(on)))
    .why(lang.t("notify-why-own-application"));
    let letter = Letter {
        kind: Kind::CropDecision,
        key: format!("crop-step:{}:{}", app.id, step.as_str()),
        to: &to,
        content,
    };
    outbox::queue(conn, site.base_url, &letter).await?;
    Ok(())
}
