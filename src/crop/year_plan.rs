//! A fiscal year's outreach strategic plan: recorded approved (by RALO leadership and
//! regional GSE, with the date and where the document is) before any of that year's trips
//! can be; and, on the same page, the year's events, programme targets and trips.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};

use super::form::YearPlanForm;
use super::model::YearPlanRow;
use super::queries::{self, Written};
use super::rules::FiscalYear;
use super::view::ApplicationView;
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::conflict::{Conflict, Differences};
use crate::web::forms::{FieldErrors, version};
use crate::web::{PageCtx, flash};
use crate::webinars::model::Programme;

/// The recorded approval, as shown.
pub struct PlanView {
    pub leadership_approver: String,
    pub gse_approver: String,
    pub approved_on: String,
    pub link: String,
    pub recorded_by: String,
}

pub struct EventLine {
    pub id: i64,
    pub title: String,
    pub date: String,
    pub country: String,
    pub crop_candidate: bool,
}

pub struct TargetLine {
    pub year: i64,
    pub programme: String,
    pub target: i64,
    pub held: i64,
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/year_plan.html")]
pub struct YearPlanPage {
    pub ctx: PageCtx,
    pub fiscal_year: FiscalYear,
    pub span: String,
    pub plan: Option<PlanView>,
    pub form: YearPlanForm,
    pub errors: FieldErrors,
    /// Leadership record the approval; GSE staff read it.
    pub can_record: bool,
    pub events: Vec<EventLine>,
    pub targets: Vec<TargetLine>,
    pub trips: Vec<ApplicationView>,
    pub trips_allowed: i64,
}

fn fiscal_year(year: i64) -> AppResult<FiscalYear> {
    FiscalYear::new(year).ok_or(AppError::NotFound)
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    fy: FiscalYear,
    typed: Option<YearPlanForm>,
    errors: FieldErrors,
) -> AppResult<YearPlanPage> {
    let lang = ctx.lang;
    let row = queries::year_plan(&state.pool, fy).await?;
    let day = |d: &str| {
        NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(|d| lang.date(d))
            .unwrap_or_else(|_| d.to_owned())
    };
    let plan = row.as_ref().map(|p| PlanView {
        leadership_approver: p.leadership_approver.clone(),
        gse_approver: p.gse_approver.clone(),
        approved_on: day(&p.approved_on),
        link: p.link.clone(),
        recorded_by: p.recorded_by.clone().unwrap_or_default(),
    });
    let form = typed.unwrap_or_else(|| {
        row.as_ref()
            .map(YearPlanForm::from_row)
            .unwrap_or_else(|| YearPlanForm {
                version: "0".to_owned(),
                ..YearPlanForm::default()
            })
    });
    let events = queries::year_events(&state.pool, fy)
        .await?
        .into_iter()
        .map(|e| EventLine {
            id: e.id,
            title: e.title,
            date: day(&e.start_date),
            country: e
                .country
                .as_deref()
                .map(|c| state.countries.name_of(c, lang))
                .unwrap_or_default(),
            crop_candidate: e.relevance == "crop_candidate",
        })
        .collect();
    // Programme targets are set by calendar year: the two a fiscal year spans.
    let mut targets = Vec::new();
    for year in [fy.year() - 1, fy.year()] {
        let set = crate::webinars::queries::targets(&state.pool, year).await?;
        let progress = crate::webinars::queries::progress(&state.pool, year).await?;
        for programme in Programme::ALL {
            if let Some((target, _)) = set.get(programme.as_str()) {
                targets.push(TargetLine {
                    year,
                    programme: lang.t(&programme.label_key()),
                    target: *target,
                    held: progress.get(programme.as_str()).map_or(0, |p| p.held),
                });
            }
        }
    }
    let trips = queries::year_trips(&state.pool, fy)
        .await?
        .iter()
        .map(|r| ApplicationView::new(r, lang, &state.countries))
        .collect();
    let (trips_allowed, _, _) = queries::allocation(&state.pool, fy).await?;
    let (first, last) = fy.span();
    Ok(YearPlanPage {
        span: format!("{} – {}", lang.date(first), lang.date(last)),
        can_record: ctx
            .user
            .as_ref()
            .is_some_and(|u| u.role >= Role::Leadership),
        fiscal_year: fy,
        plan,
        form,
        errors,
        events,
        targets,
        trips,
        trips_allowed,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(year): Path<i64>,
) -> AppResult<YearPlanPage> {
    page(
        &state,
        ctx,
        fiscal_year(year)?,
        None,
        FieldErrors::default(),
    )
    .await
}

pub async fn record(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(year): Path<i64>,
    Form(form): Form<YearPlanForm>,
) -> AppResult<Response> {
    let fy = fiscal_year(year)?;
    let version = version(&form.version)?;
    let refused = async |ctx: PageCtx, status: StatusCode, form: YearPlanForm, errors| {
        let page = page(&state, ctx, fy, Some(form), errors).await?;
        Ok::<Response, AppError>((status, page).into_response())
    };
    let plan = match form.parse(ctx.lang, Utc::now().date_naive()) {
        Ok(plan) => plan,
        Err(errors) => return refused(ctx, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await,
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::record_year_plan(&state.pool, &actor, fy, version, &plan).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/crop/plans/{fy}"),
            "flash-crop-plan",
        )),
        Written::Conflict(stored) => Ok(conflict(ctx, *stored, form)),
        Written::Refused(_) => {
            // Recorded by someone else meanwhile, while this form still said "none".
            match queries::year_plan(&state.pool, fy).await? {
                Some(stored) => Ok(conflict(ctx, stored, form)),
                None => Err(AppError::Conflict("error-409-text")),
            }
        }
        Written::NotFound => Err(AppError::NotFound),
    }
}

/// Someone recorded or corrected the year's plan first: both versions, field by field
/// (`web::conflict`).
fn conflict(ctx: PageCtx, current: YearPlanRow, mine: YearPlanForm) -> Response {
    let lang = ctx.lang;
    let theirs = YearPlanForm::from_row(&current);
    let mut d = Differences::new(lang);
    d.compare(
        "crop-plan-leadership-approver",
        &theirs.leadership_approver,
        &mine.leadership_approver,
    );
    d.compare(
        "crop-plan-gse-approver",
        &theirs.gse_approver,
        &mine.gse_approver,
    );
    d.compare(
        "crop-plan-approved-on",
        &theirs.approved_on,
        &mine.approved_on,
    );
    d.compare("crop-plan-link", &theirs.link, &mine.link);
    let page = format!("/crop/plans/{}", current.fiscal_year);
    Conflict {
        title: lang.t("crop-plan-conflict-title"),
        intro: ctx.ts(
            "crop-plan-conflict-intro",
            "year",
            &current.fiscal_year.to_string(),
        ),
        view_label: lang.t("crop-plan-conflict-view"),
        action: page.clone(),
        page,
        differences: d,
        version: current.version,
        mine: &mine,
    }
    .into_response(ctx)
}
