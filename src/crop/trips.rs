//! An approved trip's way through ICANN's procedure, on its application page: regional GSE
//! staff endorse it, leadership record its submission to CROP staff (after the six weeks
//! Constituency Travel needs, only with the exception's reason) and Constituency Travel's
//! confirmation. Each step is checked by `procedure::check_step`, audited, and told to the
//! traveller. The application page's view of the trip (its dates, clocks and steps, and the
//! step the viewer takes next) is built here too.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use super::applications::{application_page, visible};
use super::model::{AppStatus, ApplicationRow};
use super::procedure::{self, Timing, TripStep};
use super::queries::{self, StepTaken, Written};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::forms::{FieldErrors, has_control_chars, version};
use crate::web::{PageCtx, flash};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub to: String,
    pub on_date: String,
    pub note: String,
    pub version: String,
}

/// Whether `role` takes step `to`: GSE staff endorse (the endorsement is theirs, so
/// leadership cannot give it for them); leadership record the rest.
pub fn may_take(role: Role, to: TripStep) -> bool {
    if to.taken_by_gse() {
        role == Role::GseStaff
    } else {
        role >= Role::Leadership
    }
}

pub async fn take(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let (row, mine) = visible(&state, &ctx, id).await?;
    let user = me(&ctx)?;
    let version = version(&form.version)?;
    let to = TripStep::parse(form.to.trim()).ok_or(AppError::BadRequest("error-400-text"))?;
    if !may_take(user.role, to) {
        return Err(AppError::Forbidden(if to.taken_by_gse() {
            "crop-err-step-gse-only"
        } else {
            "error-403-text"
        }));
    }
    let today = Utc::now().date_naive();
    let mut errors = FieldErrors::default();
    let on = match form.on_date.trim() {
        "" => Some(today),
        t => match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            Ok(d) if d <= today => Some(d),
            Ok(_) => {
                errors.add("on_date", ctx.t("crop-err-step-future"));
                None
            }
            Err(_) => {
                errors.add("on_date", ctx.t("err-date-invalid"));
                None
            }
        },
    };
    let note = form.note.trim();
    if has_control_chars(note) {
        errors.add("note", ctx.t("err-control-chars"));
    } else if note.chars().count() > 1000 {
        errors.add("note", ctx.t("crop-err-reason-long"));
    }
    let timing = row
        .clocks()
        .map_or(Timing::OnTime, |c| procedure::timing(&c, Utc::now()));
    if let Err(e) = procedure::check_step(row.status(), row.trip_step, to, timing, note) {
        errors.add("note", ctx.t(e.message_key()));
    }
    let (Some(on), Some(from), true) = (on, row.trip_step, errors.is_empty()) else {
        let mut page = application_page(&state, ctx, row, mine, None, errors, None).await?;
        page.step_note = form.note;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let actor = Actor::from(&user);
    let step = StepTaken { from, to, on, note };
    match queries::take_step(&state.pool, state.site(), &actor, id, version, step).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/crop/applications/{id}"),
            "flash-crop-step",
        )),
        Written::Conflict(current) => {
            // Someone took a step meanwhile: the page as it is now, saying so.
            let mut errors = FieldErrors::default();
            errors.add("note", ctx.t("crop-err-stale"));
            let mut page =
                application_page(&state, ctx, *current, mine, None, errors, None).await?;
            page.step_note = form.note;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Written::Refused(key) => Err(AppError::Conflict(key)),
        Written::NotFound => Err(AppError::NotFound),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DatesForm {
    pub departure_on: String,
    pub return_on: String,
    pub version: String,
}

/// Leadership change an approved trip's dates until the traveller leaves.
pub async fn change_dates(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<DatesForm>,
) -> AppResult<Response> {
    let (row, mine) = visible(&state, &ctx, id).await?;
    let version = version(&form.version)?;
    let today = Utc::now().date_naive();
    let mut errors = FieldErrors::default();
    let mut day = |field: &'static str, typed: &str| match NaiveDate::parse_from_str(
        typed.trim(),
        "%Y-%m-%d",
    ) {
        Ok(d) => Some(d),
        Err(_) => {
            errors.add(field, ctx.t("err-date-invalid"));
            None
        }
    };
    let departure = day("departure_on", &form.departure_on);
    let return_on = day("return_on", &form.return_on);
    let event = row
        .event_start()
        .map(|start| (start, row.event_end().unwrap_or(start)));
    let checked = match (departure, return_on, event) {
        (Some(d), Some(r), Some(event)) => {
            match procedure::check_trip_dates(d, r, event, row.departure_on(), today) {
                Ok(()) => Some((d, r)),
                Err(e) => {
                    errors.add("departure_on", ctx.t(e.message_key()));
                    None
                }
            }
        }
        _ => None,
    };
    let Some(dates) = checked else {
        let mut page = application_page(&state, ctx, row, mine, None, errors, None).await?;
        page.dates_typed = Some((form.departure_on, form.return_on));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::set_trip_dates(&state.pool, &actor, id, version, dates, today).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/crop/applications/{id}"),
            "flash-crop-trip-dates",
        )),
        Written::Conflict(current) => {
            let mut errors = FieldErrors::default();
            errors.add("departure_on", ctx.t("crop-err-stale"));
            let mut page =
                application_page(&state, ctx, *current, mine, None, errors, None).await?;
            page.dates_typed = Some((form.departure_on, form.return_on));
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Written::Refused(_) => Err(AppError::Conflict("crop-err-already-travelling")),
        Written::NotFound => Err(AppError::NotFound),
    }
}

/// An approved trip as ICANN's procedure sees it.
pub struct TripView {
    pub departure: String,
    pub return_on: String,
    /// The same, as a date field holds them.
    pub departure_iso: String,
    pub return_iso: String,
    /// (what, when) for each clock, counted back from departure.
    pub clocks: Vec<(String, String)>,
    /// Submitting to CROP staff now would be late (after 8 weeks) or too late (after 6).
    pub late: Option<String>,
    pub steps: Vec<StepView>,
}

pub struct StepView {
    pub label: String,
    pub on: String,
    pub by: String,
    pub note: String,
}

/// The step the viewer can take next.
pub struct NextStep {
    pub value: &'static str,
    pub label: String,
    /// Whether it is the submission to CROP staff (the exception's reason is asked).
    pub submission: bool,
}

/// The trip's dates, clocks and steps, for an approved (or revoked) trip.
pub(super) async fn trip_view(
    state: &AppState,
    ctx: &PageCtx,
    row: &ApplicationRow,
) -> AppResult<Option<TripView>> {
    let (Some(departure), Some(return_on)) = (row.departure_on(), row.return_on()) else {
        return Ok(None);
    };
    let lang = ctx.lang;
    let zone: chrono_tz::Tz = row.trip_zone.parse().unwrap_or(chrono_tz::Tz::UTC);
    let clocks = procedure::clocks(departure, zone);
    // Only a trip still to come, and not yet submitted, is late or too late.
    let waiting = matches!(row.trip_step, Some(TripStep::Selected | TripStep::Endorsed))
        && row.status() == AppStatus::Approved
        && departure > Utc::now().date_naive();
    let late = match (waiting, procedure::timing(&clocks, Utc::now())) {
        (true, procedure::Timing::Late) => Some(lang.t("crop-clock-late")),
        (true, procedure::Timing::TooLate) => Some(lang.t("crop-clock-too-late")),
        _ => None,
    };
    let steps = queries::trip_steps(&state.pool, row.id)
        .await?
        .into_iter()
        .map(|s| StepView {
            label: lang.t(&s.step.label_key()),
            on: NaiveDate::parse_from_str(&s.on_date, "%Y-%m-%d")
                .map(|d| lang.date(d))
                .unwrap_or(s.on_date),
            by: s.taken_by.unwrap_or_default(),
            note: s.note,
        })
        .collect();
    Ok(Some(TripView {
        departure: lang.date(departure),
        return_on: lang.date(return_on),
        departure_iso: departure.to_string(),
        return_iso: return_on.to_string(),
        clocks: super::view::clock_lines(lang, zone, ctx.zone(), &clocks),
        late,
        steps,
    }))
}

/// The next step of an approved trip, if the viewer is the one who takes it.
pub(super) fn next_step(ctx: &PageCtx, row: &ApplicationRow) -> Option<NextStep> {
    let role = ctx.user.as_ref()?.role;
    if row.status() != AppStatus::Approved {
        return None;
    }
    let next = row.trip_step?.next()?;
    may_take(role, next).then(|| NextStep {
        value: next.as_str(),
        label: ctx.t(&next.label_key()),
        submission: next == TripStep::Submitted,
    })
}
