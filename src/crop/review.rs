//! Leadership's side: an opportunity's applications (the sub-region's first, each with the
//! applicant's record), decisions, overdue trip reports, and the trips each fiscal year
//! allows.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::model::{AppStatus, ApplicationRow};
use super::money::{amount_text, parse_amount};
use super::procedure;
use super::queries::{self, Written};
use super::rules::{self, Decision, FiscalYear};
use super::view::{ApplicationView, OpportunityView};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::has_control_chars;
use crate::web::forms::version;
use crate::web::{PageCtx, flash};

pub struct ReviewLine {
    pub a: ApplicationView,
    /// The trip's dates the approval proposes: from the day before the event to the day
    /// after it (the traveller's own once set).
    pub departure_on: String,
    pub return_on: String,
    pub past_trips: i64,
    pub engagements: i64,
    pub last_engaged: String,
    pub open: bool,
    /// Approving now leaves less than CROP's recommended 8 weeks (or Constituency Travel's
    /// 6) before the proposed departure.
    pub late: Option<String>,
    /// The selection committee's totals (sum of scores, reviewers who scored, first and
    /// second choices), when the opportunity has a committee.
    pub committee: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/review.html")]
pub struct ReviewPage {
    pub ctx: PageCtx,
    pub o: OpportunityView,
    pub lines: Vec<ReviewLine>,
    pub year_line: String,
    /// A refused decision: which application, and why.
    pub refused: Option<(i64, String)>,
    /// Approving here would take the year's last trip while none goes to an ICANN meeting.
    pub icann_warning: Option<String>,
    /// How many reviewers the opportunity's selection committee has (0: none).
    pub reviewers: i64,
}

async fn review_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    refused: Option<(i64, String)>,
) -> AppResult<ReviewPage> {
    let row = queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let (trips, _, _) = queries::allocation(&state.pool, row.fiscal_year).await?;
    let approved = queries::approved_in_year(&state.pool, row.fiscal_year).await?;
    let year = procedure::YearTrips {
        allowed: trips,
        approved,
        to_icann_meetings: queries::icann_meeting_trips_in_year(&state.pool, row.fiscal_year)
            .await?,
    };
    let icann_warning = (row.slots_left() > 0
        && approved < trips
        && procedure::leaves_no_place_for_icann_meeting(year, row.icann_meeting))
    .then(|| lang.t("crop-warn-icann-meeting"));
    let (reviewers, totals) = super::committee::review_totals(state, id).await?;
    let lines = queries::applications_for_review(&state.pool, id)
        .await?
        .iter()
        .map(|r| (r, r.app.trip_or_proposed()))
        .map(|(r, trip)| ReviewLine {
            a: ApplicationView::new(&r.app, lang, &state.countries),
            departure_on: trip.map_or(String::new(), |(d, _)| d.to_string()),
            return_on: trip.map_or(String::new(), |(_, r)| r.to_string()),
            past_trips: r.past_trips,
            engagements: r.engagements,
            last_engaged: r
                .last_engaged
                .as_deref()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| lang.date(d))
                .unwrap_or_else(|| lang.t("crop-never")),
            // Undecided ones get a decision; an approval can still be revoked.
            open: rules::may_withdraw(r.app.status()) || r.app.status() == AppStatus::Approved,
            late: approval_late(&r.app, trip.map(|(d, _)| d), lang),
            committee: (reviewers > 0).then(|| {
                super::committee::totals_text(
                    &totals.get(&r.app.id).copied().unwrap_or_default(),
                    &ctx,
                )
            }),
        })
        .collect();
    Ok(ReviewPage {
        year_line: lang.t_args(
            "crop-year-line",
            &[
                ("year", FluentValue::from(row.fiscal_year.to_string())),
                ("approved", FluentValue::from(approved)),
                ("trips", FluentValue::from(trips)),
            ],
        ),
        o: OpportunityView::new(&row, lang, ctx.zone(), &state.countries),
        lines,
        refused,
        icann_warning,
        reviewers,
        ctx,
    })
}

/// The warning for approving an undecided application now, when its proposed departure
/// is closer than CROP's clocks want: the trip still has to pass GSE and CROP staff.
fn approval_late(
    app: &ApplicationRow,
    departure: Option<NaiveDate>,
    lang: crate::web::Lang,
) -> Option<String> {
    if !app.status().is_open() {
        return None;
    }
    let zone: chrono_tz::Tz = app.trip_zone.parse().ok()?;
    let clocks = procedure::clocks(departure?, zone);
    match procedure::timing(&clocks, Utc::now()) {
        procedure::Timing::OnTime => None,
        procedure::Timing::Late => Some(lang.t("crop-warn-approve-late")),
        procedure::Timing::TooLate => Some(lang.t("crop-warn-approve-too-late")),
    }
}

pub async fn review(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ReviewPage> {
    review_page(&state, ctx, id, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub decision: String,
    pub reason: String,
    pub version: String,
    /// The trip's dates, set when approving.
    pub departure_on: String,
    pub return_on: String,
}

/// The dates an approval sets: as typed, or the proposed ones when left empty; checked
/// against the event's days.
fn trip_dates(
    app: &ApplicationRow,
    form: &DecisionForm,
) -> Result<(NaiveDate, NaiveDate), &'static str> {
    let proposed = app.trip_or_proposed().ok_or("crop-err-event-undated")?;
    let read = |typed: &str, default: NaiveDate| match typed.trim() {
        "" => Ok(default),
        t => NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| "err-date-invalid"),
    };
    let departure = read(&form.departure_on, proposed.0)?;
    let return_on = read(&form.return_on, proposed.1)?;
    let start = app.event_start().ok_or("crop-err-event-undated")?;
    let end = app.event_end().unwrap_or(start);
    procedure::check_trip_dates(
        departure,
        return_on,
        (start, end),
        None,
        Utc::now().date_naive(),
    )
    .map_err(|e| e.message_key())?;
    Ok((departure, return_on))
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let row = queries::application(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let opportunity = row.opportunity_id;
    let version = version(&form.version)?;
    let refuse = |ctx: PageCtx, status: StatusCode, key: &'static str| {
        let message = ctx.t(key);
        let state = state.clone();
        async move {
            let page = review_page(&state, ctx, opportunity, Some((id, message))).await?;
            Ok::<Response, AppError>((status, page).into_response())
        }
    };
    let Some(decision) = Decision::parse(&form.decision) else {
        return refuse(
            ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            "crop-err-decision-choose",
        )
        .await;
    };
    if has_control_chars(&form.reason) {
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, "err-control-chars").await;
    }
    if form.reason.trim().chars().count() > 1000 {
        return refuse(
            ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            "crop-err-reason-long",
        )
        .await;
    }
    if let Err(key) =
        rules::check_decision(row.status(), row.info_pending(), decision, &form.reason)
    {
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, key).await;
    }
    let trip = if decision == Decision::Approve {
        match trip_dates(&row, &form) {
            Ok(trip) => Some(trip),
            Err(key) => return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, key).await,
        }
    } else {
        None
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::decide(
        &state.pool,
        state.site(),
        &actor,
        id,
        version,
        queries::Deciding {
            decision,
            reason: &form.reason,
            trip,
        },
    )
    .await?
    {
        Written::Done(_) => {
            tracing::info!(
                application = id,
                decision = decision.name(),
                "CROP decision"
            );
            Ok(flash::redirect(
                &format!("/crop/{opportunity}/review"),
                "flash-crop-decided",
            ))
        }
        Written::Conflict(_) => refuse(ctx, StatusCode::CONFLICT, "crop-err-stale").await,
        Written::Refused(key) => refuse(ctx, StatusCode::CONFLICT, key).await,
        Written::NotFound => Err(AppError::NotFound),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/reports.html")]
pub struct ReportsPage {
    pub ctx: PageCtx,
    pub overdue: Vec<ApplicationView>,
}

pub async fn reports(State(state): State<AppState>, ctx: PageCtx) -> AppResult<ReportsPage> {
    let rows = queries::overdue_reports(&state.pool, Utc::now().date_naive()).await?;
    Ok(ReportsPage {
        overdue: rows
            .iter()
            .map(|r| ApplicationView::new(r, ctx.lang, &state.countries))
            .collect(),
        ctx,
    })
}

pub struct YearLine {
    pub fiscal_year: super::rules::FiscalYear,
    pub span: String,
    pub trips: i64,
    pub set: bool,
    pub approved: i64,
    pub version: i64,
    /// When the year's outreach plan was approved, if it is recorded.
    pub plan_approved_on: Option<String>,
    /// The money CROP allocates to the year's trips and the per diem rate, as a form shows
    /// them ("" when not set).
    pub budget: String,
    pub per_diem: String,
    /// Committed (approved trips' estimates) and spent (their actual costs), one line per
    /// currency: "USD 3,200.00".
    pub committed: Vec<String>,
    pub spent: Vec<String>,
    /// The budget less what is committed (US dollars), when a budget is set.
    pub remaining: Option<String>,
    pub over_budget: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/allocations.html")]
pub struct AllocationsPage {
    pub ctx: PageCtx,
    pub years: Vec<YearLine>,
    pub error: Option<String>,
}

async fn allocations_page(
    state: &AppState,
    ctx: PageCtx,
    error: Option<String>,
) -> AppResult<AllocationsPage> {
    let current = rules::fiscal_year(Utc::now().date_naive());
    let plans = queries::year_plans(&state.pool).await?;
    let money = queries::year_money(&state.pool).await?;
    let years = queries::allocation_years(&state.pool, current)
        .await?
        .into_iter()
        .map(|a| {
            let (start, end) = a.fiscal_year.span();
            let of_year: Vec<_> = money
                .iter()
                .filter(|m| m.fiscal_year == a.fiscal_year)
                .collect();
            let line = |cents: i64, code: &str| format!("{code} {}", amount_text(cents));
            let committed_usd: i64 = of_year
                .iter()
                .filter(|m| m.currency == "USD")
                .map(|m| m.committed)
                .sum();
            YearLine {
                budget: a.budget_cents.map(amount_text).unwrap_or_default(),
                per_diem: a.per_diem_cents.map(amount_text).unwrap_or_default(),
                committed: of_year
                    .iter()
                    .map(|m| line(m.committed, &m.currency))
                    .collect(),
                spent: of_year
                    .iter()
                    .filter(|m| m.spent > 0)
                    .map(|m| line(m.spent, &m.currency))
                    .collect(),
                remaining: a.budget_cents.map(|b| line(b - committed_usd, "USD")),
                over_budget: a.budget_cents.is_some_and(|b| committed_usd > b),
                fiscal_year: a.fiscal_year,
                span: format!("{} – {}", ctx.lang.date(start), ctx.lang.date(end)),
                trips: a.trips,
                set: a.set,
                approved: a.approved,
                version: a.version,
                plan_approved_on: plans
                    .iter()
                    .find(|p| p.fiscal_year == a.fiscal_year)
                    .and_then(|p| p.approved_on())
                    .map(|d| ctx.lang.date(d)),
            }
        })
        .collect();
    Ok(AllocationsPage { years, error, ctx })
}

pub async fn allocations(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> AppResult<AllocationsPage> {
    allocations_page(&state, ctx, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AllocationForm {
    pub fiscal_year: String,
    pub trips: String,
    /// US dollars as typed ("" for not set).
    pub budget: String,
    pub per_diem: String,
    pub version: String,
}

pub async fn set_allocation(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<AllocationForm>,
) -> AppResult<Response> {
    let fy = form
        .fiscal_year
        .trim()
        .parse()
        .ok()
        .and_then(FiscalYear::new)
        .ok_or(AppError::BadRequest("error-400-text"))?;
    let version: i64 = form.version.trim().parse().unwrap_or(0);
    let trips = match form.trips.trim().parse::<i64>() {
        Ok(n) if (0..=100).contains(&n) => n,
        _ => {
            let message = ctx.t("crop-err-trips");
            let page = allocations_page(&state, ctx, Some(message)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    // An amount left empty is "not set"; one typed must read as money.
    let amount = |typed: &str, field: &str| match typed.trim() {
        "" => Ok(None),
        t => parse_amount(t)
            .map(Some)
            .map_err(|e| format!("{}: {}", ctx.t(field), ctx.t(e.message_key()))),
    };
    let setting = match (
        amount(&form.budget, "crop-budget"),
        amount(&form.per_diem, "crop-per-diem-rate"),
    ) {
        (Ok(budget_cents), Ok(per_diem_cents)) => queries::YearSetting {
            trips,
            budget_cents,
            per_diem_cents,
        },
        (budget, per_diem) => {
            let message = [budget.err(), per_diem.err()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let page = allocations_page(&state, ctx, Some(message)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::set_allocation(&state.pool, &actor, fy, setting, version).await? {
        Written::Done(_) => Ok(flash::redirect(
            "/crop/allocations",
            "flash-crop-allocation",
        )),
        Written::Refused(key) => {
            let message = ctx.t(key);
            let page = allocations_page(&state, ctx, Some(message)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Written::Conflict(_) | Written::NotFound => {
            let message = ctx.t("crop-err-stale");
            let page = allocations_page(&state, ctx, Some(message)).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
    }
}
