//! The opportunity form: leadership opens an opportunity from an event (its dates proposed
//! from the event's), and edits its terms; a stale edit shows the conflict page.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::form::OpportunityForm;
use super::model::OpportunityRow;
use super::queries::{self, NewOpportunity, Written};
use super::rules;
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::SubRegion;
use crate::countries::choices::{ZoneChoices, time_zones};
use crate::error::{AppError, AppResult};
use crate::events::model::EventRow;
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences, tick};
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "crop/opportunity_form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    pub form: OpportunityForm,
    pub errors: FieldErrors,
    pub opportunity_id: Option<i64>,
    pub events: Vec<Choice>,
    pub zones: ZoneChoices,
}

/// Events an opportunity can be opened for: with a day and a country, CROP candidates
/// first, then the rest, soonest first.
async fn event_choices(state: &AppState, current: &str) -> AppResult<Vec<Choice>> {
    Ok(queries::events_without_opportunity(&state.pool)
        .await?
        .into_iter()
        .map(|(id, title, start, relevance)| {
            let mark = if relevance == "crop_candidate" {
                "★ "
            } else {
                ""
            };
            Choice::new(id.to_string(), format!("{mark}{title} ({start})"), current)
        })
        .collect())
}

impl FormPage {
    async fn new(
        state: &AppState,
        ctx: PageCtx,
        form: OpportunityForm,
        errors: FieldErrors,
        opportunity_id: Option<i64>,
    ) -> AppResult<Self> {
        let events = if opportunity_id.is_none() {
            event_choices(state, &form.event).await?
        } else {
            Vec::new()
        };
        Ok(Self {
            zones: time_zones(ctx.lang, &form.time_zone),
            events,
            form,
            errors,
            opportunity_id,
            ctx,
        })
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    pub event: String,
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<NewQuery>,
) -> AppResult<FormPage> {
    let mut form = OpportunityForm {
        event: query.event.clone(),
        slots: "1".into(),
        ..Default::default()
    };
    // Sensible first values from the event: its fiscal year, its zone, and a deadline
    // six weeks before it with the sub-region's window ending a week earlier.
    if let Some(event) = query
        .event
        .parse::<i64>()
        .ok()
        .map(|id| crate::events::queries::get(&state.pool, id))
    {
        if let Some(row) = event.await? {
            prefill(&mut form, &row);
        }
    }
    FormPage::new(&state, ctx, form, FieldErrors::default(), None).await
}

fn prefill(form: &mut OpportunityForm, event: &EventRow) {
    if let Some(start) = event
        .start_date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        form.fiscal_year = rules::fiscal_year(start).to_string();
        let deadline = start - chrono::Duration::weeks(rules::APPROVAL_WEEKS);
        form.deadline_on = deadline.to_string();
        form.priority_ends_on = (deadline - chrono::Duration::weeks(1)).to_string();
    }
    form.time_zone = event.time_zone.clone().unwrap_or_else(|| "UTC".into());
}

/// Parses the form against its event (read here; its sub-region comes from its country).
async fn parse(
    state: &AppState,
    ctx: &PageCtx,
    form: &OpportunityForm,
    event_id: Option<i64>,
) -> AppResult<Result<NewOpportunity, FieldErrors>> {
    let event = match event_id.or_else(|| form.event.trim().parse().ok()) {
        Some(id) => crate::events::queries::get(&state.pool, id).await?,
        None => None,
    };
    let subregion_of = |country: &str| {
        state
            .countries
            .get(country)
            .and_then(|c| SubRegion::parse(&c.lacralo_subregion))
    };
    Ok(form.parse(event.as_ref(), subregion_of, ctx.lang))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<OpportunityForm>,
) -> AppResult<Response> {
    let new = match parse(&state, &ctx, &form, None).await? {
        Ok(new) => new,
        Err(errors) => {
            let page = FormPage::new(&state, ctx, form, errors, None).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::create_opportunity(&state.pool, &actor, &new).await? {
        Written::Done(id) => Ok(flash::redirect(
            &format!("/crop/{id}"),
            "flash-crop-created",
        )),
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            errors.add("event", ctx.t(key));
            let page = FormPage::new(&state, ctx, form, errors, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Written::Conflict(_) | Written::NotFound => Err(AppError::NotFound),
    }
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<FormPage> {
    let row = queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = OpportunityForm::from_row(&row);
    FormPage::new(&state, ctx, form, FieldErrors::default(), Some(id)).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<OpportunityForm>,
) -> AppResult<Response> {
    let row = queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let version = version(&form.version)?;
    let mut parsed = parse(&state, &ctx, &form, Some(row.event_id)).await?;
    if let Ok(new) = &parsed {
        if new.slots < row.approved {
            let mut errors = FieldErrors::default();
            errors.add("slots", ctx.t("crop-err-slots-below-approved"));
            parsed = Err(errors);
        }
    }
    let new = match parsed {
        Ok(new) => new,
        Err(errors) => {
            let page = FormPage::new(&state, ctx, form, errors, Some(id)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::update_opportunity(&state.pool, &actor, id, version, &new).await? {
        Written::Done(_) => Ok(flash::redirect(&format!("/crop/{id}"), "flash-crop-saved")),
        Written::Conflict(current) => Ok(conflict(ctx, *current, form)),
        Written::NotFound => Err(AppError::NotFound),
        Written::Refused(key) => Err(AppError::Conflict(key)),
    }
}

/// The page shown when someone else saved first (`web::conflict`): both versions, field
/// by field. Nothing of either is lost.
fn conflict(ctx: PageCtx, current: OpportunityRow, mine: OpportunityForm) -> Response {
    let lang = ctx.lang;
    let theirs = OpportunityForm::from_row(&current);
    let mut d = Differences::new(lang);
    d.compare("crop-fiscal-year", &theirs.fiscal_year, &mine.fiscal_year);
    d.compare("crop-slots", &theirs.slots, &mine.slots);
    d.compare(
        "crop-priority-ends",
        &theirs.priority_ends_on,
        &mine.priority_ends_on,
    );
    d.compare("crop-deadline", &theirs.deadline_on, &mine.deadline_on);
    d.compare("field-time-zone", &theirs.time_zone, &mine.time_zone);
    d.compare("field-notes", &theirs.notes, &mine.notes);
    d.compare(
        "crop-icann-meeting",
        tick(theirs.is_icann_meeting()),
        tick(mine.is_icann_meeting()),
    );
    Conflict {
        title: lang.t("crop-conflict-title"),
        intro: ctx.ts("crop-conflict-intro", "event", &current.event_title),
        page: format!("/crop/{}", current.id),
        view_label: lang.t("crop-conflict-view"),
        action: format!("/crop/{}", current.id),
        differences: d,
        version: current.version,
        mine: &mine,
    }
    .into_response(ctx)
}
