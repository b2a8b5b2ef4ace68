//! Telling followers that an event changed: its dates, its status (cancelled, held…) or
//! its place, each as old → new, with the reason given for a date change. Called inside the
//! transaction of the edit, so the messages exist exactly when the change does.

use sqlx::SqliteConnection;

use super::follows;
use super::model::EventRow;
use crate::countries::Countries;
use crate::outbox::{self, Action, Content, Fact, Kind, Letter, recipient};
use crate::web::Lang;

/// What a follower sees of one field that changed.
struct Change {
    label_key: &'static str,
    was: String,
    now: String,
}

fn place(row: &EventRow, lang: Lang, countries: &Countries) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !row.city.trim().is_empty() {
        parts.push(row.city.trim().to_owned());
    }
    if let Some(c) = row.country.as_deref().and_then(|c| countries.get(c)) {
        parts.push(c.name(lang).to_owned());
    }
    if row.online {
        parts.push(lang.t("event-online"));
    }
    if parts.is_empty() {
        lang.t("notify-place-unknown")
    } else {
        parts.join(", ")
    }
}

fn changes(before: &EventRow, after: &EventRow, lang: Lang, countries: &Countries) -> Vec<Change> {
    let mut out = Vec::new();
    if before.dates() != after.dates() {
        out.push(Change {
            label_key: "notify-fact-dates",
            was: before.dates().display(lang),
            now: after.dates().display(lang),
        });
    }
    if before.status != after.status {
        out.push(Change {
            label_key: "notify-fact-status",
            was: lang.t(&before.status().label_key()),
            now: lang.t(&after.status().label_key()),
        });
    }
    let (was, now) = (
        place(before, lang, countries),
        place(after, lang, countries),
    );
    if was != now {
        out.push(Change {
            label_key: "notify-fact-place",
            was,
            now,
        });
    }
    out
}

/// Queues one message to each follower of the event when its dates, status or place
/// changed; nothing otherwise. Returns how many were queued.
pub async fn changed(
    conn: &mut SqliteConnection,
    site: outbox::Site<'_>,
    before: &EventRow,
    after: &EventRow,
    reason: &str,
) -> sqlx::Result<usize> {
    let countries = site.countries;
    // Whether anything a follower cares about changed, in any language.
    if changes(before, after, Lang::default(), countries).is_empty() {
        return Ok(0);
    }
    let subregion = after
        .country
        .as_deref()
        .and_then(|c| countries.get(c))
        .map(|c| c.lacralo_subregion.clone());
    let followers = follows::followers(&mut *conn, after, subregion.as_deref()).await?;
    let link = site.link(&format!("/events/{}", after.id));
    let mut queued = 0;
    for user_id in followers {
        let Some(to) = recipient::for_user(&mut *conn, user_id).await? else {
            continue;
        };
        let lang = to.lang;
        let found = changes(before, after, lang, countries);
        let status_only = found.len() == 1 && found[0].label_key == "notify-fact-status";
        let subject_key = if after.status != before.status
            && after.status == super::model::EventStatus::Cancelled
        {
            "notify-event-cancelled-subject"
        } else if status_only {
            "notify-event-status-subject"
        } else {
            "notify-event-changed-subject"
        };
        let mut content = Content::new(
            lang,
            lang.t_args(subject_key, &[("title", after.title.clone().into())]),
            &to.name,
            Action {
                label: lang.t("notify-action-event"),
                url: link.clone(),
            },
        )
        .paragraph(lang.t_args(
            "notify-event-changed-intro",
            &[("title", after.title.clone().into())],
        ));
        for change in found {
            content = content.fact(Fact::change(
                lang.t(change.label_key),
                change.was,
                change.now,
            ));
        }
        if !reason.trim().is_empty() {
            content = content.fact(Fact::new(
                lang.t("notify-fact-reason"),
                reason.trim().to_owned(),
            ));
        }
        content = content.why(lang.t("notify-why-follow-event"));
        let letter = Letter {
            kind: Kind::EventChange,
            key: format!("event-change:{}:{}:{user_id}", after.id, after.version),
            to: &to,
            content,
        };
        queued += usize::from(
            outbox::queue(&mut *conn, site.base_url, &letter)
                .await?
                .is_new(),
        );
    }
    Ok(queued)
}
