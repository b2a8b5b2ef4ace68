//! The ALS form: creating, editing (with the one conflict page when someone saved first)
//! and deleting an ALS.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::form::AlsForm;
use super::model::AlsRow;
use super::queries::{self, Deleted, Written};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::choices;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences};
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "registry/form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    pub form: AlsForm,
    pub errors: FieldErrors,
    pub als_id: Option<i64>,
    pub countries: Vec<Choice>,
}

fn form_page(
    ctx: PageCtx,
    state: &AppState,
    form: AlsForm,
    errors: FieldErrors,
    als_id: Option<i64>,
) -> FormPage {
    FormPage {
        countries: choices::countries(ctx.lang, &state.countries, &form.country),
        form,
        errors,
        als_id,
        ctx,
    }
}

pub async fn new(State(state): State<AppState>, ctx: PageCtx) -> FormPage {
    form_page(
        ctx,
        &state,
        AlsForm::default(),
        FieldErrors::default(),
        None,
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<AlsForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let als = match form.parse(ctx.lang, &state.countries) {
        Ok(als) => als,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(ctx, &state, form, errors, None),
            )
                .into_response());
        }
    };
    match queries::create(&state.pool, &actor, &als).await? {
        Written::Done(id) => Ok(flash::redirect(&format!("/als/{id}"), "flash-als-created")),
        _ => {
            let mut errors = FieldErrors::default();
            errors.add("name", ctx.t("als-err-duplicate"));
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(ctx, &state, form, errors, None),
            )
                .into_response())
        }
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
    Ok(form_page(
        ctx,
        &state,
        AlsForm::from_row(&row),
        FieldErrors::default(),
        Some(id),
    ))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<AlsForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let version = version(&form.version)?;
    let als = match form.parse(ctx.lang, &state.countries) {
        Ok(als) => als,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(ctx, &state, form, errors, Some(id)),
            )
                .into_response());
        }
    };
    match queries::update(&state.pool, &actor, id, version, &als).await? {
        Written::Done(_) => Ok(flash::redirect(&format!("/als/{id}"), "flash-als-saved")),
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            errors.add("name", ctx.t(key));
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(ctx, &state, form, errors, Some(id)),
            )
                .into_response())
        }
        Written::Conflict(current) => Ok(conflict(ctx, &state, *current, form)),
        Written::NotFound => Err(AppError::NotFound),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    match queries::delete(&state.pool, &actor, id).await? {
        Deleted::Done => Ok(flash::redirect("/als?status=all", "flash-als-deleted")),
        Deleted::HasMembers(n) => Ok(flash::redirect_with_count(
            &format!("/als/{id}"),
            "flash-als-has-members",
            Some(n as u64),
        )),
        Deleted::NotFound => Err(AppError::NotFound),
    }
}

/// The page shown when someone else saved first (`web::conflict`): both versions, field
/// by field. Nothing of either is lost.
fn conflict(ctx: PageCtx, state: &AppState, current: AlsRow, mine: AlsForm) -> Response {
    let lang = ctx.lang;
    let theirs = AlsForm::from_row(&current);
    let country = |v: &str| state.countries.name_of(v, lang);
    let mut d = Differences::new(lang);
    d.compare("als-name", &theirs.name, &mine.name);
    d.compare("als-acronym", &theirs.acronym, &mine.acronym);
    d.compare(
        "field-country",
        country(&theirs.country),
        country(&mine.country),
    );
    d.compare("als-website", &theirs.website, &mine.website);
    d.compare("als-accredited", &theirs.accredited_on, &mine.accredited_on);
    d.compare("field-notes", &theirs.notes, &mine.notes);
    Conflict {
        title: lang.t("als-conflict-title"),
        intro: ctx.ts("als-conflict-intro", "name", &current.name),
        page: format!("/als/{}", current.id),
        view_label: lang.t("als-conflict-view"),
        action: format!("/als/{}", current.id),
        differences: d,
        version: current.version,
        mine: &mine,
    }
    .into_response(ctx)
}
