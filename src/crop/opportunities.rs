//! Opportunities as people read them and move them on: the list, one opportunity's page
//! (and why the viewer may not apply), and its phases: announced to the event's
//! sub-region, widened to everyone with a reason, closed. Opening and editing one is
//! `opportunity_form`.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::model::{OpportunityRow, Phase};
use super::queries::{self, Written};
use super::rules::{self, Applicant, Opening, Refusal};
use super::view::{OpportunityView, PhaseChangeView};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::has_control_chars;
use crate::web::forms::version;
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "crop/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    /// Each opportunity, with what the viewer can do there when they can apply to CROP.
    pub opportunities: Vec<(OpportunityView, Mark)>,
    /// Leadership: this fiscal year's trips, approved and allowed.
    pub year_line: Option<String>,
}

pub async fn list(State(state): State<AppState>, ctx: PageCtx) -> AppResult<ListPage> {
    let leadership = ctx.is_leadership();
    let rows = queries::opportunities(&state.pool, leadership, None).await?;
    let lang = ctx.lang;
    let year_line = if leadership {
        let fy = rules::fiscal_year(Utc::now().date_naive());
        let (trips, _, _) = queries::allocation(&state.pool, fy).await?;
        let approved = queries::approved_in_year(&state.pool, fy).await?;
        Some(lang.t_args(
            "crop-year-line",
            &[
                ("year", FluentValue::from(fy.to_string())),
                ("approved", FluentValue::from(approved)),
                ("trips", FluentValue::from(trips)),
            ],
        ))
    } else {
        None
    };
    let marks = marks(state.pool.clone(), &ctx, &rows).await?;
    let opportunities = rows
        .iter()
        .zip(marks)
        .map(|(row, mark)| {
            (
                OpportunityView::new(row, lang, ctx.zone(), &state.countries),
                mark,
            )
        })
        .collect();
    Ok(ListPage {
        opportunities,
        year_line,
        ctx,
    })
}

/// For someone who can apply: which of `rows` are open to them, and where they have
/// applied already (the rules the opportunity's page explains, checked once here); the
/// default mark for everyone else. Also the dashboard's "For you" block.
pub async fn marks(
    pool: sqlx::SqlitePool,
    ctx: &PageCtx,
    rows: &[OpportunityRow],
) -> AppResult<Vec<Mark>> {
    let facts = match &ctx.user {
        Some(user) => queries::member_of_user(&pool, user.id).await?,
        None => None,
    };
    let mut marks = Vec::with_capacity(rows.len());
    for row in rows {
        let mark = match &facts {
            Some(f) => {
                let applied = queries::application_of(&pool, row.id, f.member_id)
                    .await?
                    .filter(|a| a.status() != super::model::AppStatus::Withdrawn)
                    .map(|a| a.id);
                let applicant = Applicant {
                    member_active: f.active,
                    als: f.als_status,
                    subregion: f.subregion,
                };
                let opening = Opening {
                    phase: row.phase(),
                    subregion: row.subregion,
                    deadline_at: row.deadline_at(),
                };
                Mark {
                    can_apply: applied.is_none()
                        && rules::refusals(Some(&applicant), &opening, Utc::now()).is_empty(),
                    applied,
                }
            }
            None => Mark::default(),
        };
        marks.push(mark);
    }
    Ok(marks)
}

/// What a member can do at one opportunity of the list.
#[derive(Debug, Default, Clone)]
pub struct Mark {
    pub can_apply: bool,
    /// Their application there, when they have one.
    pub applied: Option<i64>,
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/show.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub o: OpportunityView,
    /// Why the viewer may not apply (empty: they may), for members.
    pub refusals: Vec<String>,
    pub my_application: Option<i64>,
    pub history: Vec<PhaseChangeView>,
    /// The phase form as typed, when refused.
    pub phase_error: Option<String>,
    pub reason: String,
    pub needs_confirmation: bool,
    /// The viewer sits on the opportunity's selection committee: a link to their scoring.
    pub is_reviewer: bool,
    /// The viewer could apply to CROP (a member, or staff with a member record): only
    /// they see the way to apply and why they may not; staff see the leadership's notes.
    pub applies: bool,
}

/// Eligibility of the logged-in person for an opportunity.
pub async fn refusals_for(
    state: &AppState,
    ctx: &PageCtx,
    row: &OpportunityRow,
) -> AppResult<(Vec<Refusal>, Option<queries::MemberFacts>)> {
    let user = me(ctx)?;
    let facts = queries::member_of_user(&state.pool, user.id).await?;
    let applicant = facts.as_ref().map(|f| Applicant {
        member_active: f.active,
        als: f.als_status,
        subregion: f.subregion,
    });
    let opening = Opening {
        phase: row.phase(),
        subregion: row.subregion,
        deadline_at: row.deadline_at(),
    };
    Ok((
        rules::refusals(applicant.as_ref(), &opening, Utc::now()),
        facts,
    ))
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    row: OpportunityRow,
    phase_error: Option<String>,
    reason: String,
    needs_confirmation: bool,
) -> AppResult<ShowPage> {
    let lang = ctx.lang;
    let (refusals, facts) = refusals_for(state, &ctx, &row).await?;
    let my_application = match &facts {
        // A withdrawn application leaves the way to apply again open.
        Some(f) => queries::application_of(&state.pool, row.id, f.member_id)
            .await?
            .filter(|a| a.status() != super::model::AppStatus::Withdrawn)
            .map(|a| a.id),
        None => None,
    };
    let history = queries::phase_changes(&state.pool, row.id)
        .await?
        .iter()
        .map(|c| PhaseChangeView::new(c, lang))
        .collect();
    let is_reviewer = queries::is_reviewer(&state.pool, row.id, me(&ctx)?.id).await?;
    let applies = facts.is_some() || ctx.role() == crate::web::auth::Role::Member;
    Ok(ShowPage {
        is_reviewer,
        applies,
        o: OpportunityView::new(&row, lang, ctx.zone(), &state.countries),
        refusals: refusals.iter().map(|r| lang.t(r.message_key())).collect(),
        my_application,
        history,
        phase_error,
        reason,
        needs_confirmation,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    let row = queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A draft is leadership's until announced.
    if row.phase() == Phase::Draft && !ctx.is_leadership() {
        return Err(AppError::NotFound);
    }
    show_page(&state, ctx, row, None, String::new(), false).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PhaseForm {
    pub to: String,
    pub reason: String,
    pub confirm: Option<String>,
    pub version: String,
}

pub async fn change_phase(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<PhaseForm>,
) -> AppResult<Response> {
    let row = queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let version = version(&form.version)?;
    let to = Phase::parse(&form.to).ok_or(AppError::BadRequest("error-400-text"))?;
    if version != row.version {
        let page = show_page(&state, ctx, row, Some(String::new()), form.reason, false).await?;
        let message = page.ctx.t("crop-err-stale");
        let mut page = page;
        page.phase_error = Some(message);
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    if has_control_chars(&form.reason) {
        let message = ctx.t("err-control-chars");
        let page = show_page(&state, ctx, row, Some(message), form.reason, false).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let today = Utc::now().date_naive();
    if let Err(e) = rules::move_phase(
        row.phase(),
        to,
        &form.reason,
        today,
        row.priority_ends_on(),
        form.confirm.is_some(),
    ) {
        let needs_confirmation = e == rules::PhaseError::NeedsConfirmation;
        let message = ctx.t(e.message_key());
        let page = show_page(
            &state,
            ctx,
            row,
            Some(message),
            form.reason,
            needs_confirmation,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let actor = Actor::from(&me(&ctx)?);
    match queries::change_phase(
        &state.pool,
        state.site(),
        ctx.lang,
        &actor,
        id,
        version,
        &queries::PhaseMove {
            from: row.phase(),
            to,
            reason: &form.reason,
        },
    )
    .await?
    {
        Written::Done(_) => {
            tracing::info!(opportunity = id, phase = to.as_str(), "CROP phase changed");
            // The first batch of the announcement went with the change; the rest now, in
            // batches that let other writers through (`outbox::fanout`).
            let state = state.clone();
            tokio::spawn(async move {
                if let Err(e) =
                    crate::crop::reminders::announcements(&state.pool, state.site()).await
                {
                    tracing::error!(error = %e, "announcement fan-out stopped; the scheduler resumes it");
                }
            });
            Ok(flash::redirect(&format!("/crop/{id}"), "flash-crop-phase"))
        }
        Written::Conflict(_) => Err(AppError::Conflict("crop-err-stale")),
        Written::NotFound => Err(AppError::NotFound),
        Written::Refused(key) => Err(AppError::Conflict(key)),
    }
}
