//! The plan at a glance (`/`): for a chosen year (and fiscal year for CROP), what is coming
//! and what still needs a date, webinars against their targets, the registry and its
//! review queue, places without an active ALS, CROP trips, and the DNSSEC pipeline. Every
//! figure links to the page behind it; leadership's own figures show to leadership only.

pub mod for_you;
pub mod queries;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::{Datelike, Duration, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use crate::countries::SUBREGIONS;
use crate::crop;
use crate::dnssec::model::Stage;
use crate::error::{AppError, AppResult};
use crate::events::model::Relevance;
use crate::events::view::EventView;
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::charts::{Chart, Series, stacked_bars, stacked_columns};
use crate::web::forms::Choice;
use crate::webinars::model::{Programme, plan_default_target};
use crate::webinars::programmes::{Bar, programme_bar};

pub struct ProgrammeFigure {
    pub programme: String,
    pub label: String,
    pub held: i64,
    pub target: Option<i64>,
    pub bar: Bar,
}

pub struct PlaceFigure {
    pub iso2: String,
    pub name: String,
    pub events: i64,
    pub engagements: i64,
}

pub struct StageFigure {
    pub stage: String,
    pub label: String,
    pub count: i64,
}

pub struct CropFigure {
    pub fiscal_year: crop::rules::FiscalYear,
    pub fy_label: String,
    pub approved: i64,
    pub trips: i64,
    pub overdue: usize,
    pub open: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    pub ctx: PageCtx,
    /// What is theirs to do, first, for someone who can apply to CROP.
    pub for_you: Option<for_you::ForYou>,
    pub year: i64,
    pub year_label: String,
    pub years: Vec<Choice>,
    pub upcoming: Vec<EventView>,
    pub undated: i64,
    pub review_count: i64,
    pub events_chart: Chart,
    pub programmes: Vec<ProgrammeFigure>,
    pub active_als: i64,
    pub active_members: i64,
    /// The review queue's length: leadership's figure.
    pub silent_als: Option<usize>,
    pub places: Vec<PlaceFigure>,
    pub coverage_chart: Chart,
    pub crop: Option<CropFigure>,
    pub stages: Vec<StageFigure>,
    pub dnssec_link: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct YearQuery {
    pub year: String,
}

/// The fill of each relevance class: the calendar's colours.
fn relevance_fill(r: Relevance) -> &'static str {
    match r {
        Relevance::LacraloInvolved => "#1e6b35",
        Relevance::CropCandidate => "#1c4f9c",
        Relevance::OutOfScope => "#8a939e",
        Relevance::Unclassified => "#c98a00",
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<YearQuery>,
) -> AppResult<HomePage> {
    let lang = ctx.lang;
    let today = Utc::now().date_naive();
    let this_year = i64::from(today.year());
    let year = match query.year.trim() {
        "" => this_year,
        y => y
            .parse::<i64>()
            .ok()
            .filter(|y| (1990..=2200).contains(y))
            .ok_or(AppError::BadRequest("error-400-text"))?,
    };
    let pool = &state.pool;

    // Events: the next 60 days, what still needs a date, and the year by month.
    let upcoming = crate::events::queries::upcoming(pool, today, today + Duration::days(60))
        .await?
        .iter()
        .take(8)
        .map(|r| EventView::new(r, lang, &state.countries))
        .collect();
    let (undated, review_count) = queries::to_confirm(pool, year).await?;
    let by_month = queries::events_by_month(pool, year).await?;
    let rows = (1..=12)
        .map(|m| {
            let values = Relevance::ALL
                .iter()
                .map(|r| {
                    by_month
                        .iter()
                        .filter(|(month, rel, _)| *month == m && rel == r.as_str())
                        .map(|(_, _, n)| *n)
                        .sum()
                })
                .collect();
            (lang.month_name(m as u32).chars().take(3).collect(), values)
        })
        .collect();
    let series = Relevance::ALL
        .iter()
        .map(|r| Series {
            fill: relevance_fill(*r),
            label: lang.t(&r.label_key()),
        })
        .collect();
    let total: i64 = by_month.iter().map(|(_, _, n)| n).sum();
    let events_chart = stacked_columns(
        rows,
        series,
        lang.t_args(
            "home-chart-events-summary",
            &[
                ("year", FluentValue::from(year.to_string())),
                ("count", FluentValue::from(total)),
            ],
        ),
    );

    // Webinars against their targets.
    let progress = crate::webinars::queries::progress(pool, year).await?;
    let targets = crate::webinars::queries::targets(pool, year).await?;
    let programmes = Programme::ALL
        .iter()
        .filter(|p| **p != Programme::Other)
        .map(|&p| {
            let got = progress.get(p.as_str()).cloned().unwrap_or_default();
            let target = targets
                .get(p.as_str())
                .map(|(t, _)| *t)
                .or_else(|| plan_default_target(p));
            let label = lang.t(&p.label_key());
            ProgrammeFigure {
                programme: p.as_str().to_owned(),
                label,
                held: got.held,
                target,
                bar: programme_bar(lang, got.held, got.planned, target),
            }
        })
        .collect();

    // The registry, and where there is no active ALS.
    let (active_als, active_members) = queries::registry_counts(pool).await?;
    let silent_als = if ctx.is_leadership() {
        Some(
            crate::registry::review_page::silent_als(
                pool,
                today,
                crate::registry::review::DEFAULT_MONTHS,
            )
            .await?
            .len(),
        )
    } else {
        None
    };
    let coverage = crate::registry::queries::coverage(pool).await?;
    let mut places: Vec<PlaceFigure> = coverage
        .iter()
        .filter(|c| c.active_als == 0)
        .map(|c| PlaceFigure {
            iso2: c.iso2.clone(),
            name: state
                .countries
                .get(&c.iso2)
                .map_or(c.iso2.clone(), |k| k.name(lang).to_owned()),
            events: c.events,
            engagements: c.engagements,
        })
        .collect();
    places.sort_by(|a, b| a.name.cmp(&b.name));
    let coverage_rows = SUBREGIONS
        .iter()
        .map(|s| {
            let in_region: Vec<_> = coverage
                .iter()
                .filter(|c| {
                    state
                        .countries
                        .get(&c.iso2)
                        .is_some_and(|k| k.lacralo_subregion == *s)
                })
                .collect();
            let with = in_region.iter().filter(|c| c.active_als > 0).count() as i64;
            (
                lang.t(&format!("subregion-{}", s.to_lowercase())),
                vec![with, in_region.len() as i64 - with],
            )
        })
        .collect();
    let coverage_chart = stacked_bars(
        coverage_rows,
        vec![
            Series {
                fill: "#1e6b35",
                label: lang.t("home-with-als"),
            },
            Series {
                fill: "#c9512a",
                label: lang.t("home-without-als"),
            },
        ],
        lang.t_args(
            "home-chart-coverage-summary",
            &[("count", FluentValue::from(places.len() as i64))],
        ),
    );

    // CROP, for leadership: this fiscal year's trips and overdue reports.
    let crop = if ctx.is_leadership() {
        // The fiscal year running now, or for another year the one that ends in it.
        let fy = if year == this_year {
            crop::rules::fiscal_year(today)
        } else {
            crop::rules::FiscalYear::new(year).unwrap_or(crop::rules::fiscal_year(today))
        };
        let (trips, _, _) = crop::queries::allocation(pool, fy).await?;
        Some(CropFigure {
            fiscal_year: fy,
            fy_label: fy.to_string(),
            approved: crop::queries::approved_in_year(pool, fy).await?,
            trips,
            overdue: crop::queries::overdue_reports(pool, today).await?.len(),
            open: crop::queries::opportunities(pool, false, Some(fy))
                .await?
                .iter()
                .filter(|o| {
                    matches!(
                        o.phase(),
                        crop::model::Phase::Subregion | crop::model::Phase::OpenToAll
                    )
                })
                .count(),
        })
    } else {
        None
    };

    // The DNSSEC pipeline by stage.
    let by_stage = queries::dnssec_by_stage(pool).await?;
    let stages = Stage::ALL
        .iter()
        .map(|s| StageFigure {
            stage: s.as_str().to_owned(),
            label: lang.t(&s.label_key()),
            count: by_stage
                .iter()
                .find(|(st, _)| st == s.as_str())
                .map_or(0, |(_, n)| *n),
        })
        .collect();
    let dnssec_link = if ctx.can_edit_events() {
        "/dnssec?view=board".to_owned()
    } else {
        "/dnssec/summary".to_owned()
    };

    let mut years: Vec<i64> = queries::years(pool).await?;
    years.extend([this_year, year]);
    years.sort_unstable();
    years.dedup();
    let for_you = for_you::for_you(&state, &ctx).await?;
    Ok(HomePage {
        for_you,
        year,
        year_label: year.to_string(),
        years: years
            .into_iter()
            .rev()
            .map(|y| Choice::new(y.to_string(), y.to_string(), &year.to_string()))
            .collect(),
        upcoming,
        undated,
        review_count,
        events_chart,
        programmes,
        active_als,
        active_members,
        silent_als,
        places,
        coverage_chart,
        crop,
        stages,
        dnssec_link,
        ctx,
    })
}
