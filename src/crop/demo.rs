//! Fictional CROP data for `--demo`, after the registry's demo (whose members apply): an
//! opportunity open to the Caribbean sub-region with applications from inside and outside
//! it, a past trip approved and its report overdue, and a draft. Titles start with "Demo".

use chrono::{Duration, Utc};
use chrono_tz::Tz;
use sqlx::SqlitePool;

use super::model::{NewApplication, NewYearPlan, Phase};
use super::queries::{self, NewOpportunity};
use super::rules::{self, Decision, FiscalYear};
use crate::audit::Actor;
use crate::events::dates::EventDates;
use crate::events::model::{EventKind, EventStatus, NewEvent, Relevance};

async fn event(
    pool: &SqlitePool,
    actor: &Actor,
    title: &str,
    country: &str,
    city: &str,
    days: i64,
) -> anyhow::Result<i64> {
    let day = Utc::now().date_naive() + Duration::days(days);
    let event = NewEvent {
        title: title.to_owned(),
        kind: EventKind::Conference,
        relevance: Relevance::CropCandidate,
        organiser: "Demo organiser".to_owned(),
        city: city.to_owned(),
        country: Some(country.to_owned()),
        online: false,
        dates: EventDates::Day {
            start: day,
            end: day + Duration::days(2),
            time: None,
        },
        status: EventStatus::Confirmed,
        url: String::new(),
        notes: "Fictional event added by --demo.".to_owned(),
        needs_review: false,
        review_note: String::new(),
    };
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id =
        crate::events::queries::insert(&mut tx, actor, &event, &crate::events::queries::new_uid())
            .await?;
    tx.commit().await?;
    Ok(id)
}

async fn opportunity(
    pool: &SqlitePool,
    actor: &Actor,
    event_id: i64,
    subregion: &str,
    zone: Tz,
    days: i64,
    slots: i64,
) -> anyhow::Result<i64> {
    let today = Utc::now().date_naive();
    let deadline = today + Duration::days(days);
    let id = queries::create_opportunity(
        pool,
        actor,
        &NewOpportunity {
            event_id,
            fiscal_year: rules::fiscal_year(today + Duration::days(days + 40)),
            slots,
            subregion: crate::countries::SubRegion::parse(subregion)
                .expect("the demo names sub-regions A to D"),
            priority_ends_on: deadline - Duration::days(10),
            deadline_on: deadline,
            time_zone: zone.name().to_owned(),
            deadline_at: rules::deadline_instant(deadline, zone),
            notes: "Fictional opportunity added by --demo.".to_owned(),
            icann_meeting: false,
        },
    )
    .await?
    .done()
    .ok_or_else(|| anyhow::anyhow!("the demo event {event_id} has an opportunity already"))?;
    Ok(id)
}

async fn member(
    pool: &SqlitePool,
    subregion_is: bool,
    subregion: &str,
    skip: i64,
) -> anyhow::Result<Option<i64>> {
    let sql = format!(
        "SELECT m.id FROM members m JOIN countries c ON c.iso2 = m.country JOIN als a ON a.id = m.als_id
         WHERE m.email LIKE 'demo.%@example.org' AND a.status = 'active'
           AND c.lacralo_subregion {} ? ORDER BY m.id LIMIT 1 OFFSET ?",
        if subregion_is { "=" } else { "!=" }
    );
    Ok(sqlx::query_scalar(&sql)
        .bind(subregion)
        .bind(skip)
        .fetch_optional(pool)
        .await?)
}

/// Records a fiscal year's outreach plan as approved today (once; a year recorded already
/// keeps its record).
async fn year_plan(pool: &SqlitePool, actor: &Actor, fy: FiscalYear) -> anyhow::Result<()> {
    if queries::year_plan(pool, fy).await?.is_some() {
        return Ok(());
    }
    let plan = NewYearPlan {
        leadership_approver: "Demo LACRALO Chair".to_owned(),
        gse_approver: "Demo LAC GSE".to_owned(),
        approved_on: Utc::now().date_naive(),
        link: "https://community.icann.org/display/LACRALO".to_owned(),
    };
    queries::record_year_plan(pool, actor, fy, 0, &plan).await?;
    Ok(())
}

fn application(motivation: &str) -> NewApplication {
    NewApplication {
        motivation: motivation.to_owned(),
        outreach_plan: "Two talks at universities and a meeting with the local ISP association; a report to the ALS and to LACRALO's monthly call.".to_owned(),
        languages: "es,en".to_owned(),
        travel_needs: "Travelling from the capital; no visa needed.".to_owned(),
    }
}

/// Adds the demo CROP data once per database.
/// The demo's messages (the announcement, receipts, the approval) go to the outbox like any
/// other: the demo members' addresses are `@example.org`, which accepts no mail.
pub async fn load(pool: &SqlitePool, site: crate::outbox::Site<'_>) -> anyhow::Result<bool> {
    if crate::db::meta_get(pool, "demo_crop_loaded")
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let actor = Actor::system("demo");
    // Open to the Caribbean first, with applications from inside and outside it.
    let forum = event(
        pool,
        &actor,
        "Demo Caribbean Internet Governance Forum",
        "TT",
        "Port of Spain",
        100,
    )
    .await?;
    let open = opportunity(
        pool,
        &actor,
        forum,
        "C",
        chrono_tz::America::Port_of_Spain,
        45,
        2,
    )
    .await?;
    queries::change_phase(
        pool,
        site,
        crate::web::Lang::default(),
        &actor,
        open,
        1,
        &queries::PhaseMove {
            from: Phase::Draft,
            to: Phase::Subregion,
            reason: "",
        },
    )
    .await?;
    let open_fy: FiscalYear =
        sqlx::query_scalar("SELECT fiscal_year FROM crop_opportunities WHERE id = ?")
            .bind(open)
            .fetch_one(pool)
            .await?;
    year_plan(pool, &actor, open_fy).await?;
    for (i, (inside, motivation)) in [
        (
            true,
            "I lead our ALS's work with Caribbean ISPs on Universal Acceptance.",
        ),
        (
            true,
            "Our chapter is new and this forum is where the region's community meets.",
        ),
    ]
    .iter()
    .enumerate()
    {
        if let Some(m) = member(pool, *inside, "C", i as i64).await? {
            queries::apply(
                pool,
                site,
                &actor,
                open,
                m,
                *inside,
                &application(motivation),
            )
            .await?;
        }
    }
    // A trip that happened: approved, its report now overdue.
    let past = event(pool, &actor, "Demo Andean Internet Week", "PE", "Lima", -40).await?;
    let done = opportunity(pool, &actor, past, "B", chrono_tz::America::Lima, -90, 1).await?;
    sqlx::query(
        "UPDATE crop_opportunities SET phase = 'closed', version = version + 1 WHERE id = ?",
    )
    .bind(done)
    .execute(pool)
    .await?;
    if let Some(m) = member(pool, true, "B", 0).await? {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO crop_applications (opportunity_id, member_id, in_subregion, motivation,
                outreach_plan, languages, created_at, updated_at)
             VALUES (?, ?, 1, 'Demo motivation', 'Demo outreach plan', 'es', ?, ?) RETURNING id",
        )
        .bind(done)
        .bind(m)
        .bind(crate::db::now_text())
        .bind(crate::db::now_text())
        .fetch_optional(pool)
        .await?;
        if let Some(id) = id {
            // ICANN approves no trip before the year's outreach plan is approved.
            let fy: FiscalYear =
                sqlx::query_scalar("SELECT fiscal_year FROM crop_opportunities WHERE id = ?")
                    .bind(done)
                    .fetch_one(pool)
                    .await?;
            year_plan(pool, &actor, fy).await?;
            // The trip an approval proposes: the day before the event to the day after.
            let trip = queries::application(pool, id)
                .await?
                .and_then(|a| a.trip_or_proposed());
            queries::decide(
                pool,
                site,
                &actor,
                id,
                1,
                queries::Deciding {
                    decision: Decision::Approve,
                    reason: "Demo approval",
                    trip,
                },
            )
            .await?;
        }
    }
    // A draft, not yet announced.
    let later = event(
        pool,
        &actor,
        "Demo Southern Cone Digital Rights Meeting",
        "UY",
        "Montevideo",
        200,
    )
    .await?;
    opportunity(
        pool,
        &actor,
        later,
        "D",
        chrono_tz::America::Montevideo,
        140,
        1,
    )
    .await?;
    crate::db::meta_set(pool, "demo_crop_loaded", &crate::db::now_text()).await?;
    Ok(true)
}

/// Adds, once, what ICANN's procedure and the money add to the demo (issue 15): the year's
/// CROP budget and per diem rate; the Andean trip through every step, with its estimate, its
/// actual costs and an assessment filed in Spanish without its English version (flagged);
/// and a request for more information on an open application.
pub async fn load_procedure(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
) -> anyhow::Result<bool> {
    if crate::db::meta_get(pool, "demo_crop_procedure_loaded")
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let actor = Actor::system("demo");
    let today = Utc::now().date_naive();
    let fy = rules::fiscal_year(today);
    let (trips, _, version) = queries::allocation(pool, fy).await?;
    queries::set_allocation(
        pool,
        &actor,
        fy,
        queries::YearSetting {
            trips,
            budget_cents: Some(12_000 * 100),
            per_diem_cents: Some(65 * 100),
        },
        version,
    )
    .await?;
    let andean: Option<i64> = sqlx::query_scalar(
        "SELECT ap.id FROM crop_applications ap JOIN crop_opportunities o ON o.id = ap.opportunity_id
         JOIN events e ON e.id = o.event_id
         WHERE e.title = 'Demo Andean Internet Week' AND ap.status = 'approved'",
    )
    .fetch_optional(pool)
    .await?;
    if let Some(id) = andean {
        use super::model::CostKind;
        use super::money::{Currency, TripCosts};
        use super::procedure::TripStep;
        // Selected back when it was: the approval above recorded today.
        sqlx::query(
            "UPDATE crop_trip_steps SET on_date = ? WHERE application_id = ? AND step = 'selected'",
        )
        .bind((today - Duration::days(110)).to_string())
        .bind(id)
        .execute(pool)
        .await?;
        let steps = [
            // Before CROP's 8 weeks ahead of the departure (41 days ago): on time.
            (TripStep::Selected, TripStep::Endorsed, 105),
            (TripStep::Endorsed, TripStep::Submitted, 100),
            (TripStep::Submitted, TripStep::Confirmed, 90),
        ];
        for (from, to, days_ago) in steps {
            let Some(row) = queries::application(pool, id).await? else {
                break;
            };
            queries::take_step(
                pool,
                site,
                &actor,
                id,
                row.version,
                queries::StepTaken {
                    from,
                    to,
                    on: today - Duration::days(days_ago),
                    note: "",
                },
            )
            .await?;
        }
        for (kind, airfare, night) in [
            (CostKind::Estimate, 620 * 100, 110 * 100),
            (CostKind::Actual, 58_740, 104 * 100),
        ] {
            let costs = TripCosts {
                airfare,
                hotel_nights: 3,
                hotel_per_night: night,
                per_diem_days: 4,
                visa: 0,
            };
            let entered = queries::EnteredCosts {
                kind,
                currency: Currency::USD,
                costs,
                per_diem_rate: 65 * 100,
                total: costs.total(65 * 100).unwrap_or_default(),
            };
            queries::save_costs(pool, &actor, id, 0, &entered).await?;
        }
        if let Some(row) = queries::application(pool, id).await? {
            let assessment = super::model::Assessment {
                objectives: "Presentar At-Large y LACRALO a la comunidad técnica andina.".to_owned(),
                activities: "Una charla en la sesión de gobernanza y una reunión con dos proveedores de acceso.".to_owned(),
                people_reached: 60,
                contacts: "Dos ISP de Lima y la red académica peruana.".to_owned(),
                follow_up: "Un webinar en español sobre DNSSEC en tres meses.".to_owned(),
                results: "Dos organizaciones piensan postularse como ALS.".to_owned(),
                language: "es",
                english: String::new(),
            };
            queries::file_report(pool, &actor, id, row.version, &assessment).await?;
        }
    }
    // More information asked of the second applicant to the open opportunity.
    let open: Option<(i64, i64)> = sqlx::query_as(
        "SELECT ap.id, ap.version FROM crop_applications ap JOIN crop_opportunities o ON o.id = ap.opportunity_id
         JOIN events e ON e.id = o.event_id
         WHERE e.title = 'Demo Caribbean Internet Governance Forum' AND ap.status = 'submitted'
         ORDER BY ap.id DESC LIMIT 1",
    )
    .fetch_optional(pool)
    .await?;
    if let Some((id, version)) = open {
        queries::decide(
            pool,
            site,
            &actor,
            id,
            version,
            queries::Deciding {
                decision: Decision::RequestInfo,
                reason: "Which organisations will you meet at the forum?",
                trip: None,
            },
        )
        .await?;
    }
    crate::db::meta_set(pool, "demo_crop_procedure_loaded", &crate::db::now_text()).await?;
    Ok(true)
}

/// Adds, once, a selection committee to the demo's open opportunity: two demo reviewers
/// (accounts that cannot log in: disabled, with no password) who scored every application
/// and named their choices, so the review page shows totals. Deferred while no account
/// exists, so the demo never takes the first-run setup away (it is offered only while
/// there is none): the next start after the first account loads it. Answers whether it did.
pub async fn load_committee(pool: &SqlitePool) -> anyhow::Result<bool> {
    use super::committee_rules::ScoreCard;
    if crate::db::meta_get(pool, "demo_crop_committee_loaded")
        .await?
        .is_some()
        || crate::accounts::queries::user_count(pool).await? == 0
    {
        return Ok(false);
    }
    let actor = Actor::system("demo");
    let Some(open): Option<i64> = sqlx::query_scalar(
        "SELECT o.id FROM crop_opportunities o JOIN events e ON e.id = o.event_id
         WHERE e.title = 'Demo Caribbean Internet Governance Forum'",
    )
    .fetch_optional(pool)
    .await?
    else {
        return Ok(false);
    };
    let apps: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM crop_applications WHERE opportunity_id = ? AND status != 'withdrawn' ORDER BY id",
    )
    .bind(open)
    .fetch_all(pool)
    .await?;
    let now = crate::db::now_text();
    for (n, marks) in [(1, [4, 5, 3, 4]), (2, [3, 5, 4, 2])] {
        let email = format!("demo.reviewer{n}@example.org");
        // Disabled, and '!' is no password hash: nobody can log in as a demo reviewer.
        let user: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, email_canonical, display_name, password_hash, role,
                disabled, created_at, updated_at)
             VALUES (?, ?, ?, '!', 'member', 1, ?, ?)
             ON CONFLICT (email_canonical) DO UPDATE SET disabled = 1 RETURNING id",
        )
        .bind(&email)
        .bind(&email)
        .bind(format!("Demo reviewer {n}"))
        .bind(&now)
        .bind(&now)
        .fetch_one(pool)
        .await?;
        queries::assign_reviewer(pool, &actor, open, user).await?;
        for (i, app) in apps.iter().enumerate() {
            // The second application scores a little lower with each reviewer.
            let less = i as i64;
            let card = ScoreCard {
                outreach_plan: (marks[0] - less).max(0),
                subregion: marks[1],
                reports_on_time: (marks[2] - less).max(0),
                engagement: marks[3],
            };
            queries::save_score(pool, &actor, *app, user, card, 0).await?;
        }
        if let Some(first) = apps.first() {
            queries::save_ranking(pool, &actor, open, user, (*first, apps.get(1).copied()), 0)
                .await?;
        }
    }
    crate::db::meta_set(pool, "demo_crop_committee_loaded", &now).await?;
    Ok(true)
}
