//! Fictional webinars for `--demo`: every programme, held ones with attendance by the demo
//! members, upcoming ones in several LAC zones, one month-only and one cancelled, and
//! targets for the current year. Titles start with "Demo".

use chrono::{Datelike, Duration, NaiveTime, Utc};
use chrono_tz::Tz;
use sqlx::SqlitePool;

use super::model::{Programme, WebinarFields, WebinarLanguage};
use super::queries::{self, Attendance, TargetChange};
use crate::audit::Actor;
use crate::events::dates::{EventDates, LocalTime};
use crate::events::model::{EventKind, EventStatus, NewEvent, Relevance};

struct Demo {
    title: &'static str,
    programme: Programme,
    topic: Option<&'static str>,
    /// Days from today; `None`: only the month (in about three months) is known.
    in_days: Option<i64>,
    at: (u32, u32),
    zone: Tz,
    minutes: i64,
    languages: &'static [WebinarLanguage],
    status: EventStatus,
    /// Attendance count and how many demo members to name, for held ones.
    attended: Option<(i64, usize)>,
}

const DEMOS: &[Demo] = &[
    Demo {
        title: "Demo webinar: ICANN's multi-stakeholder model",
        programme: Programme::CapacityBuilding,
        topic: Some("topic-plan-multistakeholder"),
        in_days: Some(-60),
        at: (10, 0),
        zone: chrono_tz::America::Sao_Paulo,
        minutes: 90,
        languages: &[
            WebinarLanguage::Es,
            WebinarLanguage::En,
            WebinarLanguage::Pt,
        ],
        status: EventStatus::Planned,
        attended: Some((42, 4)),
    },
    Demo {
        title: "Demo webinar: Universal Acceptance for universities",
        programme: Programme::UaSeries,
        topic: Some("topic-plan-ua-intro"),
        in_days: Some(-25),
        at: (15, 0),
        zone: chrono_tz::America::Bogota,
        minutes: 60,
        languages: &[WebinarLanguage::Es],
        status: EventStatus::Planned,
        attended: Some((25, 2)),
    },
    Demo {
        title: "Demo webinar: DNSSEC for network operators",
        programme: Programme::Dnssec,
        topic: Some("topic-plan-dnssec-training"),
        in_days: Some(-10),
        at: (14, 0),
        zone: chrono_tz::America::Mexico_City,
        minutes: 120,
        languages: &[WebinarLanguage::Es, WebinarLanguage::En],
        status: EventStatus::Planned,
        attended: Some((18, 1)),
    },
    Demo {
        title: "Demo webinar: Internet governance in LAC",
        programme: Programme::CapacityBuilding,
        topic: Some("topic-plan-ig-lac"),
        in_days: Some(12),
        at: (11, 0),
        zone: chrono_tz::America::Port_of_Spain,
        minutes: 60,
        languages: &[WebinarLanguage::En, WebinarLanguage::Es],
        status: EventStatus::Confirmed,
        attended: None,
    },
    Demo {
        title: "Demo webinar: ICANN101 at the university",
        programme: Programme::Icann101,
        topic: Some("topic-plan-icann101"),
        in_days: Some(30),
        at: (9, 0),
        zone: chrono_tz::America::Santiago,
        minutes: 90,
        languages: &[WebinarLanguage::Es],
        status: EventStatus::Planned,
        attended: None,
    },
    Demo {
        title: "Demo webinar: Testing email addresses for UA",
        programme: Programme::UaSeries,
        topic: Some("topic-plan-ua-email"),
        in_days: Some(40),
        at: (17, 30),
        zone: chrono_tz::America::Mexico_City,
        minutes: 60,
        languages: &[WebinarLanguage::Es, WebinarLanguage::Fr],
        status: EventStatus::Planned,
        attended: None,
    },
    Demo {
        title: "Demo webinar: SubPro update",
        programme: Programme::CapacityBuilding,
        topic: Some("topic-plan-subpro"),
        in_days: None,
        at: (0, 0),
        zone: Tz::UTC,
        minutes: 60,
        languages: &[WebinarLanguage::Es, WebinarLanguage::En],
        status: EventStatus::Planned,
        attended: None,
    },
    Demo {
        title: "Demo webinar: Registry tools (cancelled)",
        programme: Programme::CapacityBuilding,
        topic: Some("topic-plan-dnssec"),
        in_days: Some(5),
        at: (16, 0),
        zone: chrono_tz::America::Argentina::Buenos_Aires,
        minutes: 60,
        languages: &[WebinarLanguage::Es],
        status: EventStatus::Cancelled,
        attended: None,
    },
];

/// Adds the demo webinars once per database; after the registry's demo, whose members
/// attend.
pub async fn load(pool: &SqlitePool, site: crate::outbox::Site<'_>) -> anyhow::Result<bool> {
    if crate::db::meta_get(pool, "demo_webinars_loaded")
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let actor = Actor::system("demo");
    let today = Utc::now().date_naive();
    let members: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM members WHERE email LIKE 'demo.%@example.org' ORDER BY id",
    )
    .fetch_all(pool)
    .await?;
    let mut next_member = 0;
    for demo in DEMOS {
        let dates = match demo.in_days {
            Some(days) => {
                let day = today + Duration::days(days);
                EventDates::Day {
                    start: day,
                    end: day,
                    time: NaiveTime::from_hms_opt(demo.at.0, demo.at.1, 0).map(|time| LocalTime {
                        time,
                        zone: demo.zone,
                    }),
                }
            }
            None => {
                let later = today + Duration::days(90);
                EventDates::Month {
                    year: later.year(),
                    month: later.month(),
                }
            }
        };
        let event = NewEvent {
            title: demo.title.to_owned(),
            kind: EventKind::Webinar,
            relevance: Relevance::LacraloInvolved,
            organiser: "LACRALO and ICANN LAC GSE".to_owned(),
            city: String::new(),
            country: None,
            online: true,
            dates,
            status: demo.status,
            url: "https://example.org/register".to_owned(),
            notes: "Fictional webinar added by --demo.".to_owned(),
            needs_review: false,
            review_note: String::new(),
        };
        let topic_id: Option<i64> = match demo.topic {
            Some(key) => {
                sqlx::query_scalar("SELECT id FROM topics WHERE plan_key = ?")
                    .bind(key)
                    .fetch_optional(pool)
                    .await?
            }
            None => None,
        };
        let fields = WebinarFields {
            programme: demo.programme,
            topic_id,
            duration_minutes: Some(demo.minutes),
            languages: demo.languages.to_vec(),
            interpretation: demo.languages.len() > 1,
            speakers: "Demo Speaker One, LACRALO\nDemo Speaker Two, ICANN LAC GSE".to_owned(),
            audience: "ALS members and university students".to_owned(),
            registration_url: "https://example.org/register".to_owned(),
            recording_url: String::new(),
        };
        let id = queries::create(pool, &actor, &event, &fields).await?;
        if let (Some((count, named)), EventDates::Day { start, .. }) = (demo.attended, dates) {
            let add: Vec<i64> = members
                .iter()
                .skip(next_member)
                .take(named)
                .copied()
                .collect();
            next_member += named;
            let version: i64 = sqlx::query_scalar("SELECT version FROM events WHERE id = ?")
                .bind(id)
                .fetch_one(pool)
                .await?;
            queries::record_attendance(
                pool,
                site,
                &actor,
                id,
                version,
                &Attendance {
                    count: Some(count),
                    add: &add,
                    remove: &[],
                    held_on: start,
                    title: demo.title,
                },
            )
            .await?;
        }
    }
    let year = i64::from(today.year());
    let targets = [
        (Programme::UaSeries, 3),
        (Programme::Icann101, 2),
        (Programme::Dnssec, 2),
    ];
    let changes: Vec<TargetChange> = targets
        .iter()
        .map(|&(programme, target)| TargetChange {
            programme,
            target: Some(target),
            read_version: 0,
        })
        .collect();
    queries::set_targets(pool, &actor, year, &changes).await?;
    crate::db::meta_set(pool, "demo_webinars_loaded", &crate::db::now_text()).await?;
    Ok(true)
}
