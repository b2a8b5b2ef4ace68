//! `/funds`: the requests (all of them for leadership and GSE staff, one's own for a
//! member), filtered by fiscal year and step; each year's budget, committed and remaining
//! money; and the overdue reports.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use chrono::Utc;
use serde::Deserialize;

use super::queries;
use super::rules::{self, FundStatus};
use super::view::{RequestView, usd};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::audit::write::Written;
use crate::crop::money::{amount_text, parse_amount};
use crate::crop::rules::{FiscalYear, fiscal_year};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::forms::Choice;
use crate::web::{PageCtx, flash};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub year: String,
    pub status: String,
}

/// A year's money, as leadership see it.
pub struct BudgetLine {
    pub fiscal_year: FiscalYear,
    pub budget: String,
    /// The budget as the form shows it ("2,000.00").
    pub typed: String,
    pub set: bool,
    pub version: i64,
    pub committed: String,
    pub remaining: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "funds/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub requests: Vec<RequestView>,
    pub overdue: Vec<RequestView>,
    pub budget: Option<BudgetLine>,
    pub years: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub all: bool,
    pub error: Option<String>,
}

async fn list_page(
    state: &AppState,
    ctx: PageCtx,
    query: &ListQuery,
    error: Option<String>,
) -> AppResult<ListPage> {
    let user = me(&ctx)?;
    let all = user.role >= Role::GseStaff;
    let current = fiscal_year(Utc::now().date_naive());
    let fy = match query.year.trim() {
        "" => current,
        "all" => current,
        y => y
            .parse()
            .ok()
            .and_then(FiscalYear::new)
            .ok_or(AppError::BadRequest("error-400-text"))?,
    };
    let year_filter = (query.year.trim() != "all").then_some(fy);
    let status = match query.status.trim() {
        "" => None,
        s => Some(FundStatus::parse(s).ok_or(AppError::BadRequest("error-400-text"))?),
    };
    let lang = ctx.lang;
    let rows =
        queries::requests(&state.pool, year_filter, status, (!all).then_some(user.id)).await?;
    let budget = if ctx.is_leadership() {
        let (amount, set, version) = queries::budget(&state.pool, fy).await?;
        let committed = queries::committed(&state.pool, fy).await?;
        Some(BudgetLine {
            fiscal_year: fy,
            budget: usd(amount),
            typed: amount_text(amount),
            set,
            version,
            committed: usd(committed),
            remaining: usd(rules::remaining(amount, committed)),
        })
    } else {
        None
    };
    let overdue = if all {
        queries::reports_not_filed(
            &state.pool,
            Utc::now().date_naive() - chrono::Duration::days(rules::REPORT_DAYS + 1),
        )
        .await?
        .iter()
        .map(|r| RequestView::new(r, lang, &state.countries))
        .collect()
    } else {
        Vec::new()
    };
    let years = std::iter::once(Choice::new("all", lang.t("fund-all-years"), &query.year))
        .chain((current.year() - 3..=current.year() + 1).rev().map(|y| {
            let selected = if query.year.trim().is_empty() {
                y == current.year()
            } else {
                query.year.trim() == y.to_string()
            };
            Choice {
                value: y.to_string(),
                label: format!("FY{y}"),
                selected,
            }
        }))
        .collect();
    let statuses = std::iter::once(Choice::new("", lang.t("fund-all-steps"), &query.status))
        .chain(
            FundStatus::ALL
                .iter()
                .map(|s| Choice::new(s.as_str(), lang.t(&s.label_key()), &query.status)),
        )
        .collect();
    Ok(ListPage {
        requests: rows
            .iter()
            .map(|r| RequestView::new(r, lang, &state.countries))
            .collect(),
        overdue,
        budget,
        years,
        statuses,
        all,
        error,
        ctx,
    })
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<ListQuery>,
) -> AppResult<ListPage> {
    list_page(&state, ctx, &query, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BudgetForm {
    pub fiscal_year: String,
    pub amount: String,
    pub version: String,
}

pub async fn set_budget(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<BudgetForm>,
) -> AppResult<Response> {
    let fy = form
        .fiscal_year
        .trim()
        .parse()
        .ok()
        .and_then(FiscalYear::new)
        .ok_or(AppError::BadRequest("error-400-text"))?;
    let query = ListQuery {
        year: fy.to_string(),
        status: String::new(),
    };
    let amount = match parse_amount(&form.amount) {
        Ok(cents) => cents,
        Err(e) => {
            let message = format!("{}: {}", ctx.t("fund-budget"), ctx.t(e.message_key()));
            let page = list_page(&state, ctx, &query, Some(message)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let version: i64 = form.version.trim().parse().unwrap_or(0);
    let actor = Actor::from(&me(&ctx)?);
    match queries::set_budget(&state.pool, &actor, fy, amount, version).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/funds?year={fy}"),
            "flash-fund-budget",
        )),
        _ => {
            let message = ctx.t("crop-err-stale");
            let page = list_page(&state, ctx, &query, Some(message)).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
    }
}
