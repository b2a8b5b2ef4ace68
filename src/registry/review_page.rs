//! `/als/review`: ALSs silent for a number of months, longest silence first, with the
//! evidence; leadership move them on with a reason, one at a time or several at once.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use super::list_page::AlsView;
use super::model::AlsStatus;
use super::queries::{self, AlsFilter};
use super::review::{DEFAULT_MONTHS, cutoff, is_silent};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors, refuse_control_chars_in_block};
use crate::web::pager::Pager;
use crate::web::{PageCtx, flash};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewQuery {
    pub months: String,
    pub page: String,
}

pub struct Silent {
    pub als: AlsView,
    pub silent_days: i64,
    /// What At-Large's metrics suggest (`registry::metrics`), beside the current status.
    pub suggested: String,
    pub suggested_label: String,
    /// Ticked in the form that was refused: it stays ticked.
    pub chosen: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/review.html")]
pub struct ReviewPage {
    pub ctx: PageCtx,
    pub months: u32,
    pub since: String,
    pub silent: Vec<Silent>,
    pub pager: Pager,
    pub targets: Vec<Choice>,
    pub errors: FieldErrors,
    pub reason: String,
}

fn parse_months(s: &str) -> AppResult<u32> {
    match s.trim() {
        "" => Ok(DEFAULT_MONTHS),
        m => m
            .parse::<u32>()
            .ok()
            .filter(|m| (1..=60).contains(m))
            .ok_or(AppError::BadRequest("error-filter-text")),
    }
}

/// The ALSs the review queue lists on `today`, each with its days of silence: active or
/// less active, and silent by `is_silent`. The dashboard counts the same list.
pub async fn silent_als(
    pool: &sqlx::SqlitePool,
    today: NaiveDate,
    months: u32,
) -> sqlx::Result<Vec<(crate::registry::model::AlsSummary, i64)>> {
    let parse = |s: &str| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok();
    let candidates = queries::list(
        pool,
        &AlsFilter {
            statuses: vec![AlsStatus::Active, AlsStatus::LessActive],
            ..Default::default()
        },
    )
    .await?;
    Ok(candidates
        .into_iter()
        .filter_map(|a| {
            let last = a.last_engaged.as_deref().and_then(parse);
            let since = a
                .accredited_on
                .as_deref()
                .and_then(parse)
                .or_else(|| parse(&a.created_at))
                .unwrap_or(today);
            is_silent(last, since, today, months)
                .then(|| (a, (today - last.unwrap_or(since)).num_days()))
        })
        .collect())
}

/// What the form sent back, to show again when it is refused.
struct Typed {
    reason: String,
    chosen: Vec<i64>,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    months: u32,
    page: i64,
    errors: FieldErrors,
    typed: Typed,
) -> AppResult<ReviewPage> {
    let today = Utc::now().date_naive();
    let mut silent = silent_als(&state.pool, today, months).await?;
    // Longest silence first; only the page shown is turned into views.
    silent.sort_by(|(a, a_days), (b, b_days)| b_days.cmp(a_days).then(a.name.cmp(&b.name)));
    let pager = Pager::new(
        ctx.lang,
        page,
        silent.len() as i64,
        "/als/review",
        &format!("months={months}"),
    );
    let (thresholds, _) = queries::thresholds(&state.pool).await?;
    let mut shown = Vec::new();
    for (a, silent_days) in pager.page_of(silent) {
        // Only the page shown is counted: one query per ALS listed.
        let evidence = queries::evidence(&state.pool, a.id, today, &thresholds).await?;
        let suggested = super::metrics::suggested_status(a.status, &evidence, &thresholds);
        shown.push(Silent {
            silent_days,
            suggested: suggested.as_str().to_owned(),
            suggested_label: ctx.t(&suggested.label_key()),
            chosen: typed.chosen.contains(&a.id),
            als: AlsView::new(&a, ctx.lang, state),
        });
    }
    let silent = shown;
    let targets = [
        AlsStatus::LessActive,
        AlsStatus::Standby,
        AlsStatus::Decertified,
    ]
    .iter()
    .map(|s| Choice::new(s.as_str(), ctx.t(&s.label_key()), ""))
    .collect();
    Ok(ReviewPage {
        since: ctx.lang.date(cutoff(today, months)),
        months,
        silent,
        pager,
        targets,
        errors,
        reason: typed.reason,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ReviewQuery>,
) -> AppResult<ReviewPage> {
    let months = parse_months(&q.months)?;
    let typed = Typed {
        reason: String::new(),
        chosen: Vec::new(),
    };
    let number = Pager::parse(&q.page)?;
    page(&state, ctx, months, number, FieldErrors::default(), typed).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BulkStatusForm {
    pub ids: Vec<i64>,
    pub status: String,
    pub reason: String,
    pub months: String,
    pub page: String,
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: PageCtx,
    axum_extra::extract::Form(form): axum_extra::extract::Form<BulkStatusForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let months = parse_months(&form.months)?;
    let mut errors = FieldErrors::default();
    if form.ids.is_empty() {
        errors.add("ids", ctx.t("review-err-choose"));
    }
    let to = AlsStatus::parse(&form.status).filter(|s| *s != AlsStatus::Active);
    if to.is_none() {
        errors.add("status", ctx.t("err-choose-from-list"));
    }
    let reason = form.reason.trim();
    refuse_control_chars_in_block("reason", reason, ctx.lang, &mut errors);
    if reason.is_empty() {
        errors.add("reason", ctx.t("als-err-reason-required"));
    }
    match to {
        Some(to) if errors.is_empty() => {
            let changed =
                queries::change_status(&state.pool, state.site(), &actor, &form.ids, to, reason)
                    .await?;
            Ok(flash::redirect_with_count(
                &format!("/als/review?months={months}"),
                "flash-review-done",
                Some(changed),
            ))
        }
        _ => {
            let typed = Typed {
                reason: form.reason.clone(),
                chosen: form.ids.clone(),
            };
            let number = Pager::parse(&form.page).unwrap_or(1);
            let page = page(&state, ctx, months, number, errors, typed).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
