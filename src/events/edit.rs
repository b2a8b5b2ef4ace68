//! Writing pages: create, edit (with the date history and the conflict check), delete,
//! and setting the relevance of several events at once.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::dates::EventDates;
use super::form::EventForm;
use super::model::{EventKind, EventStatus, NewEvent, Relevance};
use super::options;
use super::pages::series_of;
use super::queries::{self, Written};
use super::recurrence::{Rule, Schedule};
use super::series::Scope;
use super::view::{EventView, SeriesView};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::choices::{self, ZoneChoices};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences, tick};
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "events/form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    pub form: EventForm,
    pub errors: FieldErrors,
    /// `None` for a new event.
    pub event_id: Option<i64>,
    pub heading: String,
    pub action: String,
    pub kinds: Vec<Choice>,
    pub relevances: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub zones: ZoneChoices,
    pub repeats: Vec<Choice>,
    /// The series, when the event edited is one of its occurrences.
    pub series: Option<SeriesView>,
}

impl FormPage {
    fn new(
        ctx: PageCtx,
        state: &AppState,
        form: EventForm,
        errors: FieldErrors,
        event_id: Option<i64>,
    ) -> Self {
        let lang = ctx.lang;
        let (heading, action) = match event_id {
            Some(id) => (ctx.t("event-edit-heading"), format!("/events/{id}")),
            None => (ctx.t("event-new-heading"), "/events".to_owned()),
        };
        Self {
            kinds: options::kinds(lang, &form.kind),
            relevances: options::relevances(lang, &form.relevance),
            statuses: options::statuses(lang, &form.status),
            countries: choices::countries(lang, &state.countries, &form.country),
            zones: choices::time_zones(lang, &form.time_zone),
            repeats: options::repeats(lang, &form.repeat),
            series: None,
            form,
            errors,
            event_id,
            heading,
            action,
            ctx,
        }
    }

    /// The form for an occurrence of `series`.
    fn in_series(mut self, series: Option<SeriesView>) -> Self {
        self.series = series;
        self
    }

    /// The form again, with what was typed and what is wrong with it.
    fn refused(self) -> Response {
        (StatusCode::UNPROCESSABLE_ENTITY, self).into_response()
    }
}

pub async fn new(State(state): State<AppState>, ctx: PageCtx) -> FormPage {
    FormPage::new(
        ctx,
        &state,
        EventForm::blank(),
        FieldErrors::default(),
        None,
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<EventForm>,
) -> AppResult<Response> {
    let parsed = form.parse(ctx.lang, &state.countries);
    let mut errors = match &parsed {
        Ok(_) => FieldErrors::default(),
        Err(errors) => errors.clone(),
    };
    let event = parsed.as_ref().ok();
    let rule = form.parse_repeat(
        ctx.lang,
        EventKind::parse(&form.kind),
        event.map(|e| &e.dates),
        None,
        None,
        &mut errors,
    );
    let event = match parsed {
        Ok(event) if errors.is_empty() => event,
        _ => return Ok(FormPage::new(ctx, &state, form, errors, None).refused()),
    };
    let actor = Actor::from(&me(&ctx)?);
    let id = match rule {
        Some(rule) => {
            let schedule = schedule_of(&event, rule);
            match queries::create_series(&state.pool, &actor, &event, &schedule).await? {
                Ok(id) => id,
                Err(key) => {
                    errors.add("repeat", ctx.t(key));
                    return Ok(FormPage::new(ctx, &state, form, errors, None).refused());
                }
            }
        }
        None => queries::create(&state.pool, &actor, &event).await?,
    };
    tracing::info!(event_id = id, "event created");
    Ok(flash::redirect(
        &format!("/events/{id}"),
        "flash-event-created",
    ))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A webinar is edited with its own fields, in the webinar form.
    if row.kind() == EventKind::Webinar {
        return Ok(Redirect::to(&format!("/webinars/{id}/edit")).into_response());
    }
    let series = series_of(&state, &row, ctx.lang).await?;
    let mut form = EventForm::from_row(&row);
    if let Some((stored, _)) = &series {
        form.show_series(stored);
    }
    Ok(
        FormPage::new(ctx, &state, form, FieldErrors::default(), Some(id))
            .in_series(series.map(|s| s.1))
            .into_response(),
    )
}

/// The schedule of a new series whose first occurrence is `event`.
fn schedule_of(event: &NewEvent, rule: Rule) -> Schedule {
    match event.dates {
        EventDates::Day { start, end, time } => Schedule {
            rule,
            first_day: start,
            time,
            extra_days: (end - start).num_days(),
        },
        // The form's rule needs a day; a series has none other.
        _ => Schedule {
            rule,
            first_day: chrono::NaiveDate::MIN,
            time: None,
            extra_days: 0,
        },
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<EventForm>,
) -> AppResult<Response> {
    let version = form
        .version()
        .ok_or(AppError::BadRequest("error-400-text"))?;
    let current = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let series = series_of(&state, &current, ctx.lang).await?;
    let scope = match &series {
        Some(_) => Scope::parse(&form.scope).unwrap_or(Scope::This),
        None => Scope::This,
    };
    let parsed = form.parse(ctx.lang, &state.countries);
    let mut errors = match &parsed {
        Ok(_) => FieldErrors::default(),
        Err(errors) => errors.clone(),
    };
    let mut rule = None;
    if let (Some((stored, _)), Ok(event)) = (&series, &parsed) {
        // An occurrence has a day, and a series is not a webinar's.
        if !matches!(event.dates, EventDates::Day { .. }) {
            errors.add("date_precision", ctx.t("series-err-needs-day"));
        }
        if event.kind == EventKind::Webinar {
            errors.add("kind", ctx.t("series-err-webinar"));
        }
        let stored_schedule = stored.schedule();
        // What the repeat fields showed: changed with "this one", they would be ignored.
        let mut shown = EventForm::default();
        shown.show_series(stored);
        let repeat_changed = [
            (&shown.repeat, &form.repeat),
            (&shown.repeat_count, &form.repeat_count),
            (&shown.repeat_until, &form.repeat_until),
            (&shown.repeat_rule, &form.repeat_rule),
        ]
        .iter()
        .any(|(a, b)| a.trim() != b.trim());
        if scope == Scope::This && repeat_changed {
            errors.add("repeat", ctx.t("series-err-repeat-this"));
        }
        if scope != Scope::This {
            // How far the person moved this occurrence.
            let moved = match (&event.dates, current.dates()) {
                (EventDates::Day { start, .. }, EventDates::Day { start: was, .. }) => *start - was,
                _ => chrono::Duration::zero(),
            };
            // The first day of what the edit reaches, moved as the edit moves it: the
            // presets are made from it (the rule's day, not this occurrence's, which may
            // have been moved on its own, or be the fourth Friday of a "last Friday" rule).
            let base = match scope {
                Scope::Following => current
                    .recurrence_day
                    .as_deref()
                    .and_then(super::series::day),
                _ => stored_schedule.as_ref().map(|s| s.first_day),
            };
            let anchor = base.map(|d| d + moved);
            // The same choice on the same days is the same rule, as stored.
            let keep = stored_schedule
                .as_ref()
                .filter(|s| {
                    moved.is_zero()
                        && super::recurrence::preset_of(&s.rule, s.first_day)
                            == Some(form.repeat.trim())
                })
                .map(|s| s.rule.body().to_owned());
            rule = form.parse_repeat(
                ctx.lang,
                Some(event.kind),
                Some(&event.dates),
                anchor,
                keep.as_deref(),
                &mut errors,
            );
            if rule.is_none()
                && !errors.has("repeat")
                && !errors.has("repeat_rule")
                && !errors.has("repeat_count")
                && !errors.has("repeat_until")
            {
                errors.add("repeat", ctx.t("series-err-repeat-required"));
            }
        }
        let rule_changed = rule
            .as_ref()
            .is_some_and(|r| Some(r.text()) != Rule::parse(&stored.rrule).ok().map(|s| s.text()));
        if current.version == version && rule_changed && form.reason.trim().is_empty() {
            errors.add("reason", ctx.t("err-reason-required"));
        }
    }
    if let (None, Ok(event)) = (&series, &parsed) {
        // A plain event can become the first occurrence of a series.
        rule = form.parse_repeat(
            ctx.lang,
            Some(event.kind),
            Some(&event.dates),
            None,
            None,
            &mut errors,
        );
    }
    // A move or a cancellation needs its reason, said at once with every other problem
    // (not once the rest of the form is right): from the dates and status as typed.
    let cancelled = |s: EventStatus| s == EventStatus::Cancelled;
    let moved = match form.dates_typed(ctx.lang) {
        Some(dates) => dates != current.dates(),
        // Dates that cannot be read yet (an end before the start, a time without its
        // zone): changed if any of their fields was changed.
        None => {
            let was = EventForm::from_row(&current);
            [
                (&was.date_precision, &form.date_precision),
                (&was.start_date, &form.start_date),
                (&was.end_date, &form.end_date),
                (&was.month, &form.month),
                (&was.year, &form.year),
                (&was.start_time, &form.start_time),
                (&was.time_zone, &form.time_zone),
            ]
            .iter()
            .any(|(a, b)| a.trim() != b.trim())
        }
    };
    let cancel_changed = EventStatus::parse(&form.status)
        .is_some_and(|s| cancelled(s) != cancelled(current.status()));
    if current.version == version
        && (moved || cancel_changed)
        && form.reason.trim().is_empty()
        && !errors.has("reason")
    {
        errors.add("reason", ctx.t("err-reason-required"));
    }
    let event = match parsed {
        Ok(event) if errors.is_empty() => event,
        _ => {
            return Ok(FormPage::new(ctx, &state, form, errors, Some(id))
                .in_series(series.map(|s| s.1))
                .refused());
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    let form_again = form.clone();
    let written = match (&series, rule) {
        (Some(_), Some(rule)) => {
            queries::update_series(
                &state.pool,
                state.site(),
                &actor,
                id,
                version,
                scope,
                &event,
                &rule,
                &form.reason,
            )
            .await?
        }
        (None, Some(rule)) => {
            let schedule = schedule_of(&event, rule);
            queries::make_series(
                &state.pool,
                state.site(),
                &actor,
                id,
                version,
                &event,
                &schedule,
                &form.reason,
            )
            .await?
        }
        _ => {
            queries::update(
                &state.pool,
                state.site(),
                &actor,
                id,
                version,
                &event,
                &form.reason,
            )
            .await?
        }
    };
    match written {
        Written::Done(shown) => {
            tracing::info!(event_id = id, "event updated");
            Ok(flash::redirect(
                &format!("/events/{shown}"),
                "flash-event-saved",
            ))
        }
        Written::Conflict(current) => Ok(conflict(ctx, &state, *current, form)),
        Written::NotFound => Err(AppError::NotFound),
        // A schedule the whole series cannot have (too many, none left): the form again,
        // with what was typed.
        Written::Refused(key) if key.starts_with("recurrence-") || key.starts_with("series-") => {
            let mut errors = FieldErrors::default();
            errors.add("repeat", ctx.t(key));
            Ok(FormPage::new(ctx, &state, form_again, errors, Some(id))
                .in_series(series.map(|s| s.1))
                .refused())
        }
        Written::Refused(key) => Err(AppError::Conflict(key)),
    }
}

/// The page shown when someone else saved first: their version, and what differs from
/// ours (`web::conflict`). Nothing of either is lost.
fn conflict(
    ctx: PageCtx,
    state: &AppState,
    current: super::model::EventRow,
    mine: EventForm,
) -> Response {
    let lang = ctx.lang;
    let theirs = EventForm::from_row(&current);
    let mut differences = Differences::new(lang);
    differences.compare("field-title", &theirs.title, &mine.title);
    // Closed sets are compared by value and shown by their label in the reader's language.
    let kind = |v: &str| EventKind::parse(v).map_or(v.to_owned(), |k| lang.t(&k.label_key()));
    let relevance = |v: &str| Relevance::parse(v).map_or(v.to_owned(), |r| lang.t(&r.label_key()));
    let status = |v: &str| EventStatus::parse(v).map_or(v.to_owned(), |s| lang.t(&s.label_key()));
    let country = |v: &str| state.countries.name_of(v, lang);
    differences.compare("field-kind", kind(&theirs.kind), kind(&mine.kind));
    differences.compare(
        "field-relevance",
        relevance(&theirs.relevance),
        relevance(&mine.relevance),
    );
    differences.compare("field-status", status(&theirs.status), status(&mine.status));
    differences.compare("field-organiser", &theirs.organiser, &mine.organiser);
    differences.compare("field-city", &theirs.city, &mine.city);
    differences.compare(
        "field-country",
        country(&theirs.country),
        country(&mine.country),
    );
    differences.compare(
        "field-online",
        tick(theirs.is_online()),
        tick(mine.is_online()),
    );
    let dates_of = |f: &EventForm| match f.parse(lang, &state.countries) {
        Ok(e) => e.dates.display(lang),
        Err(_) => format!("{} {} {} {}", f.start_date, f.end_date, f.month, f.year),
    };
    differences.compare("field-dates", dates_of(&theirs), dates_of(&mine));
    differences.compare("field-url", &theirs.url, &mine.url);
    differences.compare("field-notes", &theirs.notes, &mine.notes);
    Conflict {
        title: lang.t("conflict-title"),
        intro: lang.t("conflict-intro"),
        page: format!("/events/{}", current.id),
        view_label: lang.t("conflict-view"),
        action: format!("/events/{}", current.id),
        differences,
        version: current.version,
        mine: &mine,
    }
    .into_response(ctx)
}

#[derive(Template, WebTemplate)]
#[template(path = "events/delete.html")]
pub struct DeletePage {
    pub ctx: PageCtx,
    pub event: EventView,
    pub changed: bool,
    /// The series, when the event is one of its occurrences: the page asks how many go.
    pub series: Option<SeriesView>,
}

pub async fn confirm_delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<DeletePage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let series = series_of(&state, &row, ctx.lang).await?.map(|s| s.1);
    Ok(DeletePage {
        event: EventView::new(&row, ctx.lang, &state.countries),
        changed: false,
        series,
        ctx,
    })
}

#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    pub version: String,
    /// For an occurrence: this one, this and following, or the whole series.
    #[serde(default)]
    pub scope: String,
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<DeleteForm>,
) -> AppResult<Response> {
    let version = version(&form.version)?;
    let actor = Actor::from(&me(&ctx)?);
    let scope = Scope::parse(&form.scope).unwrap_or(Scope::This);
    match queries::delete_by_scope(&state.pool, &actor, id, version, scope).await? {
        Written::Done(_) => {
            tracing::info!(event_id = id, "event deleted");
            Ok(flash::redirect("/events", "flash-event-deleted"))
        }
        Written::Conflict(current) => {
            let series = series_of(&state, &current, ctx.lang).await?.map(|s| s.1);
            let page = DeletePage {
                event: EventView::new(&current, ctx.lang, &state.countries),
                changed: true,
                series,
                ctx,
            };
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Written::NotFound => Err(AppError::NotFound),
        Written::Refused(key) => Err(AppError::Conflict(key)),
    }
}

#[derive(Debug, Deserialize)]
pub struct BulkForm {
    #[serde(default)]
    pub ids: Vec<i64>,
    #[serde(default)]
    pub relevance: String,
    #[serde(default)]
    pub return_to: String,
}

pub async fn set_relevance(
    State(state): State<AppState>,
    ctx: PageCtx,
    axum_extra::extract::Form(form): axum_extra::extract::Form<BulkForm>,
) -> AppResult<Response> {
    let back = safe_return(&form.return_to);
    let Some(relevance) = Relevance::parse(&form.relevance) else {
        return Ok(flash::redirect(&back, "flash-bulk-choose-relevance"));
    };
    if form.ids.is_empty() {
        return Ok(flash::redirect(&back, "flash-bulk-choose-events"));
    }
    let actor = Actor::from(&me(&ctx)?);
    let changed = queries::set_relevance(&state.pool, &actor, &form.ids, relevance).await?;
    tracing::info!(
        changed,
        relevance = relevance.as_str(),
        "relevance set in bulk"
    );
    Ok(flash::redirect_with_count(
        &back,
        "flash-bulk-done",
        Some(changed),
    ))
}

/// Only a path of our own events list: never an address elsewhere.
fn safe_return(to: &str) -> String {
    if (to == "/events" || to.starts_with("/events?")) && !to.contains(['\r', '\n', '\\']) {
        to.to_owned()
    } else {
        "/events".to_owned()
    }
}
