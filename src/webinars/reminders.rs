//! Webinar messages: the reminders before one starts (found by the scheduler), to everyone
//! who follows it, in their own time zone and with the join link; and the thank-you after
//! attendance is recorded, with the recording when there is one.

use chrono::{DateTime, Duration, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::model::WebinarRow;
use super::queries;
use crate::events::follows;
use crate::outbox::settings_queries::NotificationSettings;
use crate::outbox::{self, Action, Content, Fact, Kind, Letter, Site, content, due, recipient};

/// Reminders of webinars starting within the first lead time; returns how many were queued.
pub async fn upcoming(
    pool: &SqlitePool,
    site: Site<'_>,
    settings: &NotificationSettings,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let first = Duration::hours(settings.webinar_first_hours);
    let last = Duration::hours(settings.webinar_last_hours);
    let soon = queries::starting_between(pool, now, now + first).await?;
    let mut queued = 0;
    for webinar in soon {
        let Some(start) = webinar.starts_at() else {
            continue;
        };
        let steps = [("first", start - first), ("last", start - last)];
        let Some(step) = due::latest_step(&steps, now, start) else {
            continue;
        };
        let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
        queued += remind(&mut tx, site, &webinar, start, step).await?;
        tx.commit().await?;
    }
    Ok(queued)
}

async fn remind(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    webinar: &WebinarRow,
    start: DateTime<Utc>,
    step: &str,
) -> sqlx::Result<usize> {
    let event = &webinar.event;
    let subregion = event
        .country
        .as_deref()
        .and_then(|c| site.countries.get(c))
        .map(|c| c.lacralo_subregion.clone());
    let followers = follows::followers(&mut *conn, event, subregion.as_deref()).await?;
    let page = site.link(&format!("/webinars/{}", event.id));
    let mut queued = 0;
    for user_id in followers {
        // The start instant is in the key: a webinar moved to another time reminds again.
        let key = format!(
            "webinar-reminder:{}:{}:{step}:{user_id}",
            event.id,
            crate::clock::text(start)
        );
        if outbox::queries::key_taken(&mut *conn, &key).await? {
            continue;
        }
        let Some(to) = recipient::for_user(&mut *conn, user_id).await? else {
            continue;
        };
        let lang = to.lang;
        let when = content::instant(lang, to.zone, start);
        let args = [
            ("title", event.title.clone().into()),
            ("when", when.clone().into()),
        ];
        let join = webinar.registration_url.trim();
        let action = if join.is_empty() {
            Action {
                label: lang.t("notify-action-webinar"),
                url: page.clone(),
            }
        } else {
            Action {
                label: lang.t("notify-action-join"),
                url: join.to_owned(),
            }
        };
        let mut c = Content::new(
            lang,
            lang.t_args("notify-webinar-reminder-subject", &args),
            &to.name,
            action,
        )
        .paragraph(lang.t_args("notify-webinar-reminder-intro", &args))
        .fact(Fact::new(lang.t("notify-fact-starts"), when));
        if let (Some(zone), Some(_)) = (event.time_zone.as_deref(), event.start_time.as_deref()) {
            if let Ok(zone) = zone.parse::<chrono_tz::Tz>() {
                if zone != to.zone {
                    c = c.fact(Fact::new(
                        lang.t("notify-fact-organiser-time"),
                        content::instant(lang, zone, start),
                    ));
                }
            }
        }
        if let Some(minutes) = webinar.duration_minutes {
            c = c.fact(Fact::new(
                lang.t("webinar-duration"),
                lang.t_args("webinar-minutes", &[("count", minutes.into())]),
            ));
        }
        if !join.is_empty() {
            c = c.fact(Fact::new(lang.t("notify-fact-join"), join.to_owned()));
        }
        c = c
            .fact(Fact::new(lang.t("notify-fact-page"), page.clone()))
            .why(lang.t("notify-why-follow-webinar"));
        let letter = Letter {
            kind: Kind::WebinarReminder,
            key,
            to: &to,
            content: c,
        };
        queued += usize::from(
            outbox::queue(&mut *conn, site.base_url, &letter)
                .await?
                .is_new(),
        );
    }
    Ok(queued)
}

/// A thank-you to each member just recorded as having attended, with the recording link
/// when one is set; inside the attendance's transaction.
pub async fn thank_attendees(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    webinar: &WebinarRow,
    members: &[i64],
) -> sqlx::Result<usize> {
    let event = &webinar.event;
    let mut queued = 0;
    for &member in members {
        let Some(to) = recipient::for_member(&mut *conn, member, None).await? else {
            continue;
        };
        let lang = to.lang;
        let args = [("title", event.title.clone().into())];
        let recording = webinar.recording_url.trim();
        let action = Action {
            label: lang.t(if recording.is_empty() {
                "notify-action-webinar"
            } else {
                "notify-action-recording"
            }),
            url: if recording.is_empty() {
                site.link(&format!("/webinars/{}", event.id))
            } else {
                recording.to_owned()
            },
        };
        let mut c = Content::new(
            lang,
            lang.t_args("notify-webinar-thanks-subject", &args),
            &to.name,
            action,
        )
        .paragraph(lang.t_args("notify-webinar-thanks-intro", &args));
        if !recording.is_empty() {
            c = c.paragraph(lang.t("notify-webinar-thanks-recording"));
        }
        c = c.why(lang.t("notify-why-attended"));
        let letter = Letter {
            kind: Kind::WebinarThanks,
            key: format!("webinar-thanks:{}:{member}", event.id),
            to: &to,
            content: c,
        };
        queued += usize::from(
            outbox::queue(&mut *conn, site.base_url, &letter)
                .await?
                .is_new(),
        );
    }
    Ok(queued)
}
