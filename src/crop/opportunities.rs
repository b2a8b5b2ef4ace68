//! Opportunities: leadership opens one from an event, announces it to the event's
//! sub-region, widens it to everyone with a reason, and closes it; members read them.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::form::OpportunityForm;
use super::model::{OpportunityRow, Phase};
use super::queries::{self, NewOpportunity, Written};
use super::rules::{self, Applicant, FiscalYear, Opening, Refusal};
use super::view::{OpportunityView, PhaseChangeView};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::SubRegion;
use crate::countries::choices::{ZoneChoices, time_zones};
use crate::error::{AppError, AppResult};
use crate::events::model::EventRow;
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences};
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors, has_control_chars, refuse_control_chars_in_block};
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "crop/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub opportunities: Vec<OpportunityView>,
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
    Ok(ListPage {
        opportunities: rows
            .iter()
            .map(|r| OpportunityView::new(r, lang, &state.countries))
            .collect(),
        year_line,
        ctx,
    })
}

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
            zones: time_zones(&form.time_zone),
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

/// Parses the form; the event's sub-region comes from its country.
async fn parse(
    state: &AppState,
    ctx: &PageCtx,
    form: &OpportunityForm,
    event_id: Option<i64>,
) -> AppResult<Result<NewOpportunity, FieldErrors>> {
    let mut errors = FieldErrors::default();
    let t = |k: &str| ctx.t(k);
    let event_id = event_id.or_else(|| form.event.trim().parse().ok());
    let event = match event_id {
        Some(id) => crate::events::queries::get(&state.pool, id).await?,
        None => None,
    };
    let mut subregion = None;
    let mut event_start = None;
    match &event {
        None => errors.add("event", t("crop-err-event-required")),
        Some(e) => {
            event_start = e
                .start_date
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            if event_start.is_none() {
                errors.add("event", t("crop-err-event-undated"));
            }
            subregion = e
                .country
                .as_deref()
                .and_then(|c| state.countries.get(c))
                .and_then(|c| SubRegion::parse(&c.lacralo_subregion));
            if subregion.is_none() {
                errors.add("event", t("crop-err-event-no-country"));
            }
        }
    }
    let fiscal_year = match form
        .fiscal_year
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(FiscalYear::new)
    {
        Some(fy) => Some(fy),
        None => {
            errors.add("fiscal_year", t("crop-err-fiscal-year"));
            None
        }
    };
    let slots = match form.slots.trim().parse::<i64>() {
        Ok(n) if (1..=20).contains(&n) => Some(n),
        _ => {
            errors.add("slots", t("crop-err-slots"));
            None
        }
    };
    let day = |field: &'static str, value: &str, errors: &mut FieldErrors| match value.trim() {
        "" => {
            errors.add(field, t("err-start-date-required"));
            None
        }
        v => NaiveDate::parse_from_str(v, "%Y-%m-%d").ok().or_else(|| {
            errors.add(field, t("err-date-invalid"));
            None
        }),
    };
    let priority_ends_on = day("priority_ends_on", &form.priority_ends_on, &mut errors);
    let deadline_on = day("deadline_on", &form.deadline_on, &mut errors);
    if let (Some(p), Some(d)) = (priority_ends_on, deadline_on) {
        if p > d {
            errors.add("priority_ends_on", t("crop-err-window-after-deadline"));
        }
    }
    if let (Some(d), Some(start)) = (deadline_on, event_start) {
        if d >= start {
            errors.add("deadline_on", t("crop-err-deadline-after-event"));
        }
    }
    let zone = match form.time_zone.trim().parse::<Tz>() {
        Ok(z) => Some(z),
        Err(_) => {
            errors.add("time_zone", t("err-zone-unknown"));
            None
        }
    };
    let notes = form.notes.trim().to_owned();
    refuse_control_chars_in_block("notes", &notes, ctx.lang, &mut errors);
    if notes.chars().count() > 5000 {
        errors.add(
            "notes",
            ctx.lang
                .t_args("err-too-long", &[("max", FluentValue::from(5000))]),
        );
    }
    Ok(
        match (
            event,
            fiscal_year,
            slots,
            subregion,
            priority_ends_on,
            deadline_on,
            zone,
        ) {
            (Some(e), Some(fy), Some(slots), Some(sub), Some(p), Some(d), Some(z))
                if errors.is_empty() =>
            {
                Ok(NewOpportunity {
                    event_id: e.id,
                    fiscal_year: fy,
                    slots,
                    subregion: sub,
                    priority_ends_on: p,
                    deadline_on: d,
                    time_zone: z.name().to_owned(),
                    deadline_at: rules::deadline_instant(d, z),
                    notes,
                })
            }
            _ => Err(errors),
        },
    )
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
        Some(f) => queries::application_of(&state.pool, row.id, f.member_id)
            .await?
            .map(|a| a.id),
        None => None,
    };
    let history = queries::phase_changes(&state.pool, row.id)
        .await?
        .iter()
        .map(|c| PhaseChangeView::new(c, lang))
        .collect();
    Ok(ShowPage {
        o: OpportunityView::new(&row, lang, &state.countries),
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
