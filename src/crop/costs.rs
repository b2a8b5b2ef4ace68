//! A trip's money on its application page: the cost estimate (by the applicant or
//! leadership, before the trip) and the actual costs (after it), held to CROP's caps and
//! counted at the fiscal year's per diem rate.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use chrono::Utc;

use super::applications::{application_page, visible};
use super::form::CostForm;
use super::model::{AppStatus, ApplicationRow, CostKind};
use super::money::{Money, amount_text};
use super::queries::{self, CostRow, EnteredCosts, Written};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{FieldErrors, version};
use crate::web::{PageCtx, flash};

/// One kind of costs as the page shows it, with its form when the viewer may change it.
pub struct CostsLine {
    pub kind: &'static str,
    pub heading: String,
    /// (what, amount) lines, the total last; empty when none is entered.
    pub lines: Vec<(String, String)>,
    pub form: Option<CostForm>,
    pub errors: FieldErrors,
}

pub struct CostsSection {
    pub estimate: CostsLine,
    pub actual: Option<CostsLine>,
    /// "USD 60.00 a day (FY2027)", or that none is set.
    pub per_diem: String,
}

impl CostsSection {
    /// The estimate, then the actual costs when there are (or may be) any.
    pub fn shown(&self) -> Vec<&CostsLine> {
        std::iter::once(&self.estimate)
            .chain(self.actual.as_ref())
            .collect()
    }
}

/// Who may enter `kind` costs: the estimate, the applicant while the application runs (or
/// the trip is still to come) and leadership; actual costs, leadership and the traveller
/// once they have left.
fn may_enter(ctx: &PageCtx, row: &ApplicationRow, mine: bool, kind: CostKind) -> bool {
    let today = Utc::now().date_naive();
    let left = row.departure_on().is_some_and(|d| d <= today);
    match kind {
        CostKind::Estimate => {
            (row.status().is_open() || (row.status() == AppStatus::Approved && !left))
                && (mine || ctx.is_leadership())
        }
        CostKind::Actual => {
            row.status() == AppStatus::Approved && left && (mine || ctx.is_leadership())
        }
    }
}

fn lines(ctx: &PageCtx, row: &CostRow) -> Vec<(String, String)> {
    let money = |cents: i64| format!("{} {}", row.currency, amount_text(cents));
    vec![
        (ctx.t("crop-cost-airfare"), money(row.airfare_cents)),
        (
            ctx.t("crop-cost-hotel"),
            format!("{} × {}", row.hotel_nights, money(row.hotel_night_cents)),
        ),
        (
            ctx.t("crop-cost-per-diem"),
            format!("{} × {}", row.per_diem_days, money(row.per_diem_rate_cents)),
        ),
        (ctx.t("crop-cost-visa"), money(row.visa_cents)),
        (ctx.t("crop-cost-total"), money(row.total_cents)),
    ]
}

/// The page's costs section; `typed` is a refused form, shown again with its errors.
pub(super) async fn section(
    state: &AppState,
    ctx: &PageCtx,
    row: &ApplicationRow,
    mine: bool,
    typed: Option<(CostForm, FieldErrors)>,
) -> AppResult<CostsSection> {
    let stored = queries::costs(&state.pool, row.id).await?;
    let fy = queries::opportunity(&state.pool, row.opportunity_id)
        .await?
        .ok_or(AppError::NotFound)?
        .fiscal_year;
    let rate = queries::per_diem_rate(&state.pool, fy).await?;
    let mut typed = typed;
    let mut line = |kind: CostKind| {
        let row_of = stored.iter().find(|c| c.kind == kind);
        let (form, errors) = match typed.take_if(|(f, _)| f.kind == kind.as_str()) {
            Some((form, errors)) => (Some(form), errors),
            None => (
                may_enter(ctx, row, mine, kind)
                    .then(|| row_of.map_or_else(|| CostForm::empty(kind), CostForm::from_row)),
                FieldErrors::default(),
            ),
        };
        CostsLine {
            kind: kind.as_str(),
            heading: ctx.t(&kind.label_key()),
            lines: row_of.map(|c| lines(ctx, c)).unwrap_or_default(),
            form,
            errors,
        }
    };
    let estimate = line(CostKind::Estimate);
    let actual = line(CostKind::Actual);
    let show_actual = !actual.lines.is_empty() || actual.form.is_some();
    Ok(CostsSection {
        estimate,
        actual: show_actual.then_some(actual),
        per_diem: match rate {
            Some(cents) => ctx.ts(
                "crop-per-diem-line",
                "rate",
                &format!("{} (FY{fy})", Money::usd(cents)),
            ),
            None => ctx.ts("crop-per-diem-unset", "year", &format!("FY{fy}")),
        },
    })
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<CostForm>,
) -> AppResult<Response> {
    let (row, mine) = visible(&state, &ctx, id).await?;
    let version = version(&form.version)?;
    let parsed = form.parse(ctx.lang);
    if let Ok((kind, _, _)) = &parsed
        && !may_enter(&ctx, &row, mine, *kind)
    {
        return Err(AppError::Forbidden("error-403-text"));
    }
    let refuse = async |ctx: PageCtx, status: StatusCode, form: CostForm, errors: FieldErrors| {
        let row = queries::application(&state.pool, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let costs = section(&state, &ctx, &row, mine, Some((form, errors))).await?;
        let mut page =
            application_page(&state, ctx, row, mine, None, FieldErrors::default(), None).await?;
        page.costs = costs;
        Ok::<Response, AppError>((status, page).into_response())
    };
    let (kind, currency, costs) = match parsed {
        Ok(parsed) => parsed,
        Err(errors) => return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await,
    };
    let fy = queries::opportunity(&state.pool, row.opportunity_id)
        .await?
        .ok_or(AppError::NotFound)?
        .fiscal_year;
    let per_diem_rate = queries::per_diem_rate(&state.pool, fy).await?.unwrap_or(0);
    let Some(total) = costs.total(per_diem_rate) else {
        let mut errors = FieldErrors::default();
        errors.add("airfare", ctx.t("money-err-too-large"));
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await;
    };
    let entered = EnteredCosts {
        kind,
        currency,
        costs,
        per_diem_rate,
        total,
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::save_costs(&state.pool, &actor, id, version, &entered).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/crop/applications/{id}#costs-h"),
            "flash-crop-costs",
        )),
        Written::NotFound => Err(AppError::NotFound),
        Written::Conflict(stored) => {
            let mut errors = FieldErrors::default();
            errors.add("airfare", ctx.t("crop-err-stale"));
            let mut form = form;
            form.version = stored.version.to_string();
            refuse(ctx, StatusCode::CONFLICT, form, errors).await
        }
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            errors.add("airfare", ctx.t(key));
            refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await
        }
    }
}
