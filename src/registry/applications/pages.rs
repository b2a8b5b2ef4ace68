//! `/als/applications`: the accreditation pipeline's pages. The list (staff and
//! leadership), receiving an application, and an application's page with its steps and the
//! one step it waits for, offered to whoever records that step (`rules::may_record`).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::form::{ApplicationForm, StepForm};
use super::model::ApplicationRow;
use super::queries::{self, ApplicationFilter, Written};
use super::rules::{self, Stage, StepKind};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::{PlaceFilter, choices};
use crate::error::{AppError, AppResult};
use crate::registry::source_queries;
use crate::registry::sources::{self, Named, SourceGroup};
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors, version};
use crate::web::{Lang, PageCtx, flash};

const STAGES: &[Stage] = &[
    Stage::Received,
    Stage::DueDiligence,
    Stage::RaloAdvice,
    Stage::Accredited,
    Stage::Refused,
];

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub stage: String,
    pub country: String,
    pub subregion: String,
}

pub struct ApplicationView {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub received_on: String,
    pub stage: String,
    pub stage_class: &'static str,
    pub als_id: Option<i64>,
}

fn view(row: &ApplicationRow, lang: Lang, state: &AppState) -> ApplicationView {
    ApplicationView {
        id: row.id,
        name: if row.acronym.is_empty() {
            row.name.clone()
        } else {
            format!("{} ({})", row.name, row.acronym)
        },
        country: state.countries.name_of(&row.country, lang),
        received_on: day_text(&row.received_on, lang),
        stage: lang.t(&row.stage.label_key()),
        stage_class: match row.stage {
            Stage::Accredited => "als-active",
            Stage::Refused => "als-standby",
            _ => "review",
        },
        als_id: row.als_id,
    }
}

fn day_text(day: &str, lang: Lang) -> String {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(|d| lang.date(d))
        .unwrap_or_else(|_| day.to_owned())
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/applications.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub applications: Vec<ApplicationView>,
    pub stages: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub subregions: Vec<Choice>,
    pub filtered: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ListQuery>,
) -> AppResult<ListPage> {
    let bad = || AppError::BadRequest("error-filter-text");
    let place =
        PlaceFilter::parse(&state.countries, &q.country, &q.subregion).map_err(|_| bad())?;
    let stage = match q.stage.trim() {
        "" => None,
        s => Some(Stage::parse(s).ok_or_else(bad)?),
    };
    let filter = ApplicationFilter {
        stage,
        country: place.country,
        subregion: place.subregion,
    };
    let lang = ctx.lang;
    let rows = queries::list(&state.pool, &filter).await?;
    Ok(ListPage {
        applications: rows.iter().map(|r| view(r, lang, &state)).collect(),
        stages: STAGES
            .iter()
            .map(|s| Choice::new(s.as_str(), lang.t(&s.label_key()), q.stage.trim()))
            .collect(),
        countries: choices::countries(lang, &state.countries, &q.country),
        subregions: choices::subregions(lang, &q.subregion),
        filtered: stage.is_some() || !q.country.trim().is_empty() || !q.subregion.trim().is_empty(),
        ctx,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/application_form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    /// The application edited; none when receiving one.
    pub app_id: Option<i64>,
    pub form: ApplicationForm,
    pub errors: FieldErrors,
    pub countries: Vec<Choice>,
    pub sources: Vec<SourceGroup>,
}

async fn form_page(
    ctx: PageCtx,
    state: &AppState,
    form: ApplicationForm,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    edit_page(ctx, state, None, form, errors).await
}

async fn edit_page(
    ctx: PageCtx,
    state: &AppState,
    app_id: Option<i64>,
    form: ApplicationForm,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    Ok(FormPage {
        app_id,
        countries: choices::countries(ctx.lang, &state.countries, &form.country),
        sources: sources::groups(state, ctx.lang, &form.source).await?,
        form,
        errors,
        ctx,
    })
}

pub async fn new(State(state): State<AppState>, ctx: PageCtx) -> AppResult<FormPage> {
    let form = ApplicationForm {
        received_on: ctx.today(state.clock.now()).to_string(),
        ..ApplicationForm::default()
    };
    form_page(ctx, &state, form, FieldErrors::default()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<ApplicationForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let refused = async |ctx, form, errors| -> AppResult<Response> {
        Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(ctx, &state, form, errors).await?,
        )
            .into_response())
    };
    let today = ctx.today(state.clock.now());
    let new = match form.parse(ctx.lang, &state.countries, today) {
        Ok(new) => new,
        Err(errors) => return refused(ctx, form, errors).await,
    };
    match queries::create(&state.pool, &actor, &new).await? {
        Written::Done(id) => Ok(flash::redirect(
            &format!("/als/applications/{id}"),
            "flash-application-received",
        )),
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            let field = if key == queries::ALS_EXISTS {
                "name"
            } else {
                "source"
            };
            errors.add(field, ctx.t(key));
            refused(ctx, form, errors).await
        }
        Written::Conflict(_) | Written::NotFound => Err(AppError::NotFound),
    }
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<FormPage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if rules::next_step(row.stage).is_none() {
        return Err(AppError::Conflict(queries::CLOSED));
    }
    edit_page(
        ctx,
        &state,
        Some(id),
        ApplicationForm::from_row(&row),
        FieldErrors::default(),
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<ApplicationForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let version = version(&form.version)?;
    let page = async |ctx, status, form, errors| -> AppResult<Response> {
        Ok((
            status,
            edit_page(ctx, &state, Some(id), form, errors).await?,
        )
            .into_response())
    };
    let today = ctx.today(state.clock.now());
    let new = match form.parse(ctx.lang, &state.countries, today) {
        Ok(new) => new,
        Err(errors) => return page(ctx, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await,
    };
    match queries::update(&state.pool, &actor, id, version, &new).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/als/applications/{id}"),
            "flash-application-saved",
        )),
        Written::NotFound => Err(AppError::NotFound),
        Written::Conflict(current) => {
            // Someone saved first: what was typed is kept, at the stored version, to save
            // again knowingly; the message says so.
            let mut errors = FieldErrors::default();
            errors.add("name", ctx.t("application-err-stale-edit"));
            let form = ApplicationForm {
                version: current.version.to_string(),
                ..form
            };
            page(ctx, StatusCode::CONFLICT, form, errors).await
        }
        Written::Refused(key) if key == queries::CLOSED => Err(AppError::Conflict(key)),
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            let field = if key == queries::ALS_EXISTS {
                "name"
            } else {
                "source"
            };
            errors.add(field, ctx.t(key));
            page(ctx, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await
        }
    }
}

pub struct StepView {
    pub stage: String,
    pub day: String,
    pub note: String,
    pub by: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/application.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub app: ApplicationView,
    pub row: ApplicationRow,
    pub website: String,
    pub source: Option<Named>,
    pub source_kind: String,
    pub advice: String,
    pub steps: Vec<StepView>,
    /// The step the application waits for, as its key (`due_diligence`…); empty when done.
    pub next: String,
    /// Its heading, and the label of its day.
    pub next_title: String,
    pub next_day: String,
    /// Who records it, in words, when the viewer may not.
    pub next_by: String,
    pub may_record: bool,
    pub form: StepForm,
    pub errors: FieldErrors,
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    row: ApplicationRow,
    form: Option<StepForm>,
    errors: FieldErrors,
) -> AppResult<ShowPage> {
    let lang = ctx.lang;
    let source = match row.source() {
        Some(s) => source_queries::name(&state.pool, s).await?,
        None => None,
    };
    let next = rules::next_step(row.stage);
    let today = ctx.today(state.clock.now()).to_string();
    Ok(ShowPage {
        app: view(&row, lang, state),
        website: row.website.clone(),
        source_kind: source
            .as_ref()
            .map(|n| lang.t(&sources::kind_key(n.kind)))
            .unwrap_or_default(),
        source,
        advice: row
            .advice
            .map(|a| lang.t(&a.label_key()))
            .unwrap_or_default(),
        steps: queries::steps(&state.pool, row.id)
            .await?
            .into_iter()
            .map(|s| StepView {
                stage: Stage::parse(&s.stage)
                    .map(|st| lang.t(&st.label_key()))
                    .unwrap_or(s.stage),
                day: day_text(&s.happened_on, lang),
                note: s.note,
                by: s.recorded_by.unwrap_or_default(),
            })
            .collect(),
        next: next.map(|k| k.as_str().to_owned()).unwrap_or_default(),
        next_title: step_text(lang, "application-step", next),
        next_day: step_text(lang, "application-day", next),
        next_by: step_text(lang, "application-by", next),
        may_record: next.is_some_and(|k| rules::may_record(k, ctx.role())),
        form: form.unwrap_or_else(|| StepForm {
            step: next.map(|k| k.as_str().to_owned()).unwrap_or_default(),
            day: today,
            version: row.version.to_string(),
            ..StepForm::default()
        }),
        errors,
        row,
        ctx,
    })
}

/// `<prefix>-<step>` in words, for the step an application waits for.
fn step_text(lang: Lang, prefix: &str, next: Option<StepKind>) -> String {
    next.map(|k| lang.t(&format!("{prefix}-{}", k.as_str().replace('_', "-"))))
        .unwrap_or_default()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    show_page(&state, ctx, row, None, FieldErrors::default()).await
}

pub async fn record(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let version = version(&form.version)?;
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Whose step it is, checked on the server whatever the page offered.
    let kind = StepKind::parse(form.step.trim()).ok_or(AppError::BadRequest("error-400-text"))?;
    if !rules::may_record(kind, ctx.role()) {
        return Err(AppError::Forbidden("application-err-not-yours"));
    }
    let step = match form.parse(ctx.lang) {
        Ok(step) => step,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                show_page(&state, ctx, row, Some(form), errors).await?,
            )
                .into_response());
        }
    };
    let today = ctx.today(state.clock.now());
    match queries::record_step(&state.pool, &actor, id, version, &step, today).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/als/applications/{id}"),
            "flash-application-step",
        )),
        Written::NotFound => Err(AppError::NotFound),
        Written::Conflict(current) => {
            // Someone recorded a step since the page was read: show the application as it
            // is now, with what was typed, and say so.
            let mut errors = FieldErrors::default();
            errors.add("step", ctx.t("application-err-stale"));
            let form = StepForm {
                version: current.version.to_string(),
                step: rules::next_step(current.stage)
                    .map(|k| k.as_str().to_owned())
                    .unwrap_or_default(),
                ..form
            };
            Ok((
                StatusCode::CONFLICT,
                show_page(&state, ctx, *current, Some(form), errors).await?,
            )
                .into_response())
        }
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            let field = if key.starts_with("application-err-") && key != "application-err-stage" {
                "day"
            } else {
                "step"
            };
            errors.add(field, ctx.t(key));
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                show_page(&state, ctx, row, Some(form), errors).await?,
            )
                .into_response())
        }
    }
}
