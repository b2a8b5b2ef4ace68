//! Rows the browser journeys start from, written as the app writes them: an ALS with a
//! member, a CROP-candidate event in Port of Spain, and its opportunity announced to
//! sub-region C. Shared by `browser_crop.rs` and `journeys_member.rs`, which once each
//! wrote them out.

use anyhow::{Context, Result, ensure};
use chrono::{Datelike, Duration, NaiveDate};
use lacralo_outreach::AppState;
use lacralo_outreach::audit::Actor;
use lacralo_outreach::countries::SubRegion;
use lacralo_outreach::crop::model::Phase;
use lacralo_outreach::crop::{queries as crop_queries, rules};
use lacralo_outreach::web::Lang;
use sqlx::SqlitePool;

const NOW: &str = "2024-01-01T00:00:00Z";

/// An active ALS in `country` with one active member (no account yet): their ids.
pub async fn als_with_member(
    pool: &SqlitePool,
    (als_name, country): (&str, &str),
    (member_name, member_email): (&str, &str),
) -> Result<(i64, i64)> {
    let als: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
         VALUES (?, lower(?), ?, 'active', ?, ?) RETURNING id",
    )
    .bind(als_name)
    .bind(als_name)
    .bind(country)
    .bind(NOW)
    .bind(NOW)
    .fetch_one(pool)
    .await?;
    let member: i64 = sqlx::query_scalar(
        "INSERT INTO members (name, email, email_canonical, country, als_id, active,
            created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id",
    )
    .bind(member_name)
    .bind(member_email)
    .bind(member_email)
    .bind(country)
    .bind(als)
    .bind(NOW)
    .bind(NOW)
    .fetch_one(pool)
    .await?;
    Ok((als, member))
}

/// A confirmed conference in Port of Spain (Trinidad and Tobago, sub-region C), a CROP
/// candidate, from `start` for three days: its id.
pub async fn crop_event(
    pool: &SqlitePool,
    uid: &str,
    title: &str,
    start: NaiveDate,
) -> Result<i64> {
    let end = start + Duration::days(2);
    Ok(sqlx::query_scalar(
        "INSERT INTO events (uid, title, kind, relevance, city, country, date_precision, year,
            month, start_date, end_date, status, created_at, updated_at)
         VALUES (?, ?, 'conference', 'crop_candidate', 'Port of Spain', 'TT', 'day', ?, ?, ?, ?,
            'confirmed', ?, ?) RETURNING id",
    )
    .bind(uid)
    .bind(title)
    .bind(i64::from(start.year()))
    .bind(i64::from(start.month()))
    .bind(start.to_string())
    .bind(end.to_string())
    .bind(NOW)
    .bind(NOW)
    .fetch_one(pool)
    .await?)
}

/// The event's CROP opportunity, with one funded place, announced to sub-region C in
/// `lang`: its priority window ends 50 days after `today`, applications 60 days after (in
/// Port of Spain's time). Its id.
pub async fn announced_opportunity(
    state: &AppState,
    actor: &Actor,
    lang: Lang,
    (event_id, start): (i64, NaiveDate),
    today: NaiveDate,
) -> Result<i64> {
    let zone = chrono_tz::America::Port_of_Spain;
    let deadline_on = today + Duration::days(60);
    // ICANN approves no trip of a year whose outreach plan is not approved: recorded here,
    // as leadership would on `/crop/plans/{year}`.
    let plan = lacralo_outreach::crop::model::NewYearPlan {
        leadership_approver: "LACRALO Chair".to_owned(),
        gse_approver: "LAC GSE".to_owned(),
        approved_on: today - Duration::days(1),
        link: "https://community.icann.org/lacralo-outreach-plan".to_owned(),
    };
    let fy = rules::fiscal_year(start);
    if crop_queries::year_plan(&state.pool, fy).await?.is_none() {
        let recorded = crop_queries::record_year_plan(&state.pool, actor, fy, 0, &plan).await?;
        ensure!(recorded.is_done(), "the year's plan was not recorded");
    }
    let opportunity_id = crop_queries::create_opportunity(
        &state.pool,
        actor,
        &crop_queries::NewOpportunity {
            event_id,
            fiscal_year: rules::fiscal_year(start),
            slots: 1,
            subregion: SubRegion::parse("C").expect("sub-region C"),
            priority_ends_on: today + Duration::days(50),
            deadline_on,
            time_zone: zone.name().to_owned(),
            deadline_at: rules::deadline_instant(deadline_on, zone),
            notes: String::new(),
            icann_meeting: false,
        },
    )
    .await?
    .done()
    .context("the seed's opportunity was not created")?;
    let announced = crop_queries::change_phase(
        &state.pool,
        state.site(),
        lang,
        actor,
        opportunity_id,
        1,
        &crop_queries::PhaseMove {
            from: Phase::Draft,
            to: Phase::Subregion,
            reason: "",
        },
    )
    .await?;
    ensure!(
        matches!(announced, crop_queries::Written::Done(_)),
        "announcing the opportunity to sub-region C: {announced:?}"
    );
    Ok(opportunity_id)
}
