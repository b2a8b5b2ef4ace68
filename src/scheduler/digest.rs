//! Leadership's weekly digest, at the day and hour leadership set, in each leader's own
//! time zone: what entered the review queue that week, overdue trip reports, events that
//! need review, opportunities closing within 14 days, and messages that failed.
//!
//! The week's digest is due from its hour until the next week's (so a server that was
//! down at the hour sends it when it is back), and keyed by the local day it fell on.

use chrono::{DateTime, Duration, Utc};

use crate::outbox::settings_queries::NotificationSettings;
use crate::outbox::{self, Action, Content, Item, Kind, Letter, Recipient, Section, due};
use crate::state::AppState;
use crate::web::Lang;
use crate::{crop, events, registry};

/// At most this many items of a section are listed; the rest is counted.
const ITEMS: usize = 15;
const CLOSING_DAYS: i64 = 14;

/// The leaders whose digest is due and not yet queued, each with the day that names it.
async fn due_leaders(
    state: &AppState,
    settings: &NotificationSettings,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(Recipient, chrono::NaiveDate)>> {
    let leaders: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, created_at FROM users WHERE role = 'leadership' AND disabled = 0 ORDER BY id",
    )
    .fetch_all(&state.pool)
    .await?;
    let mut out = Vec::new();
    let mut conn = state.pool.acquire().await?;
    for (id, created_at) in leaders {
        let Some(to) = outbox::recipient::for_user(&mut conn, id).await? else {
            continue;
        };
        let Some((day, at)) = due::latest_weekly(
            now,
            to.zone,
            settings.digest_weekday as u32,
            settings.digest_hour as u32,
        ) else {
            continue;
        };
        // Not for a week that ended before the account existed.
        if created_at.as_str() > crate::clock::text(at).as_str() {
            continue;
        }
        if outbox::queries::key_taken(&mut conn, &key(id, day)).await? {
            continue;
        }
        out.push((to, day));
    }
    Ok(out)
}

fn key(user_id: i64, day: chrono::NaiveDate) -> String {
    format!("digest:{user_id}:{day}")
}

/// What the digest lists, gathered once for every leader it goes to.
struct Facts {
    new_in_queue: Vec<(i64, String)>,
    overdue: Vec<crop::model::ApplicationRow>,
    needing_review: Vec<(i64, String)>,
    needing_review_count: i64,
    closing: Vec<crop::model::OpportunityRow>,
    failed: i64,
}

async fn gather(state: &AppState, now: DateTime<Utc>) -> sqlx::Result<Facts> {
    let pool = &state.pool;
    let today = now.date_naive();
    let months = registry::review::DEFAULT_MONTHS;
    let in_queue = registry::review_page::silent_als(pool, today, months).await?;
    let week_ago: std::collections::HashSet<i64> =
        registry::review_page::silent_als(pool, today - Duration::days(7), months)
            .await?
            .into_iter()
            .map(|(a, _)| a.id)
            .collect();
    let new_in_queue = in_queue
        .into_iter()
        .filter(|(a, _)| !week_ago.contains(&a.id))
        .map(|(a, _)| (a.id, a.name))
        .collect();
    let needing_review: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, title FROM events WHERE needs_review = 1 ORDER BY year DESC, start_date, id LIMIT ?",
    )
    .bind(ITEMS as i64)
    .fetch_all(pool)
    .await?;
    Ok(Facts {
        new_in_queue,
        overdue: crop::queries::overdue_reports(pool, today).await?,
        needing_review,
        needing_review_count: events::queries::count_needing_review(pool).await?,
        closing: crop::queries::open_before(pool, now + Duration::days(CLOSING_DAYS), now).await?,
        failed: outbox::queries::count(pool, &["failed"]).await?,
    })
}

fn section(lang: Lang, heading: String, items: Vec<Item>, total: usize) -> Section {
    let mut items: Vec<Item> = items.into_iter().take(ITEMS).collect();
    if total > items.len() {
        items.push(Item {
            text: lang.t_args(
                "notify-digest-more",
                &[("count", ((total - items.len()) as i64).into())],
            ),
            url: None,
        });
    }
    Section {
        heading,
        items,
        empty: lang.t("notify-digest-none"),
    }
}

fn content(to: &Recipient, facts: &Facts, state: &AppState, day: chrono::NaiveDate) -> Content {
    let lang = to.lang;
    let site = state.site();
    let link = |path: String| Some(site.link(&path));
    let mut c = Content::new(
        lang,
        lang.t_args("notify-digest-subject", &[("day", lang.date(day).into())]),
        &to.name,
        Action {
            label: lang.t("notify-action-dashboard"),
            url: site.link("/"),
        },
    )
    .paragraph(lang.t("notify-digest-intro"))
    .why(lang.t("notify-why-digest"));
    c.sections.push(section(
        lang,
        lang.t("notify-digest-review"),
        facts
            .new_in_queue
            .iter()
            .map(|(id, name)| Item {
                text: name.clone(),
                url: link(format!("/als/{id}")),
            })
            .collect(),
        facts.new_in_queue.len(),
    ));
    c.sections.push(section(
        lang,
        lang.t("notify-digest-reports"),
        facts
            .overdue
            .iter()
            .map(|a| Item {
                text: format!("{} · {}", a.member_name, a.event_title),
                url: link(format!("/crop/applications/{}", a.id)),
            })
            .collect(),
        facts.overdue.len(),
    ));
    c.sections.push(section(
        lang,
        lang.t("notify-digest-events"),
        facts
            .needing_review
            .iter()
            .map(|(id, title)| Item {
                text: title.clone(),
                url: link(format!("/events/{id}")),
            })
            .collect(),
        facts.needing_review_count.max(0) as usize,
    ));
    c.sections.push(section(
        lang,
        lang.t("notify-digest-closing"),
        facts
            .closing
            .iter()
            .map(|o| Item {
                text: format!(
                    "{} · {}",
                    o.event_title,
                    outbox::content::instant(lang, to.zone, o.deadline_at())
                ),
                url: link(format!("/crop/{}", o.id)),
            })
            .collect(),
        facts.closing.len(),
    ));
    let failed = if facts.failed > 0 {
        vec![Item {
            text: lang.t_args(
                "notify-digest-failed-count",
                &[("count", facts.failed.into())],
            ),
            url: link("/outbox?status=failed".to_owned()),
        }]
    } else {
        Vec::new()
    };
    c.sections.push(section(
        lang,
        lang.t("notify-digest-failed"),
        failed,
        usize::from(facts.failed > 0),
    ));
    c
}

/// Queues the digests due at `now`; returns how many.
pub async fn due(
    state: &AppState,
    settings: &NotificationSettings,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let leaders = due_leaders(state, settings, now).await?;
    if leaders.is_empty() {
        return Ok(0);
    }
    let facts = gather(state, now).await?;
    let mut queued = 0;
    let mut tx = state.pool.begin_with(crate::db::BEGIN_WRITE).await?;
    for (to, day) in &leaders {
        let letter = Letter {
            kind: Kind::Digest,
            key: key(to.user_id.unwrap_or_default(), *day),
            to,
            content: content(to, &facts, state, *day),
        };
        queued += usize::from(
            outbox::queue(&mut tx, &state.settings.base_url, &letter)
                .await?
                .is_new(),
        );
    }
    tx.commit().await?;
    Ok(queued)
}
