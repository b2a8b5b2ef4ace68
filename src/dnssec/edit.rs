//! Adding and editing contacts: the form (kept as typed when refused), and the page shown
//! when someone else saved first.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;

use super::form::{self, ContactForm, FormOptions};
use super::model::{ContactRow, Stage};
use super::queries::{self, Written};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::choices;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences, label_in};
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "dnssec/form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    pub form: ContactForm,
    pub errors: FieldErrors,
    /// `None` for a new contact.
    pub contact_id: Option<i64>,
    /// The stage stored now (edit form), for the hint on moving back.
    pub stored_stage: String,
    pub kinds: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub als: Vec<Choice>,
    pub owners: Vec<Choice>,
    pub events: Vec<Choice>,
    pub stages: Vec<Choice>,
}

impl FormPage {
    fn new(
        ctx: PageCtx,
        state: &AppState,
        options: &FormOptions,
        form: ContactForm,
        errors: FieldErrors,
        current: Option<&ContactRow>,
    ) -> Self {
        let lang = ctx.lang;
        Self {
            kinds: form::kinds(lang, form.kind.trim()),
            countries: choices::countries(lang, &state.countries, &resolved(state, &form.country)),
            als: options.als_choices(lang, &state.countries, form.als_id.trim()),
            owners: options.owner_choices(form.gse_owner_id.trim()),
            events: options.event_choices(lang, form.training_event_id.trim()),
            stages: form::stages(lang, form.stage.trim()),
            contact_id: current.map(|c| c.id),
            stored_stage: current.map_or(String::new(), |c| lang.t(&c.stage().label_key())),
            form,
            errors,
            ctx,
        }
    }

    /// The form again, with what was typed and what is wrong with it.
    fn refused(self) -> Response {
        (StatusCode::UNPROCESSABLE_ENTITY, self).into_response()
    }
}

/// The ISO code for what was typed in the country field, so the select keeps it.
fn resolved(state: &AppState, typed: &str) -> String {
    state
        .countries
        .resolve(typed)
        .map_or(typed.trim().to_owned(), |c| c.iso2.clone())
}

pub async fn new(State(state): State<AppState>, ctx: PageCtx) -> AppResult<FormPage> {
    let options = FormOptions::load(&state.pool, None).await?;
    Ok(FormPage::new(
        ctx,
        &state,
        &options,
        ContactForm::blank(),
        FieldErrors::default(),
        None,
    ))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let options = FormOptions::load(&state.pool, None).await?;
    let today = Utc::now().date_naive();
    let contact = match form.parse(ctx.lang, &state.countries, &options, today) {
        Ok(c) => c,
        Err(errors) => {
            return Ok(FormPage::new(ctx, &state, &options, form, errors, None).refused());
        }
    };
    match queries::insert(&state.pool, &actor, &contact).await? {
        Written::Done(id) => {
            tracing::info!(contact_id = id, "dnssec contact created");
            Ok(flash::redirect(
                &format!("/dnssec/{id}"),
                "flash-dnssec-created",
            ))
        }
        _ => {
            let mut errors = FieldErrors::default();
            errors.add("organisation", ctx.t("dnssec-err-duplicate"));
            Ok(FormPage::new(ctx, &state, &options, form, errors, None).refused())
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditQuery {
    /// A stage to propose (the board's "move to" for a contact that lacks something).
    pub stage: String,
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(q): Query<EditQuery>,
) -> AppResult<FormPage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let options = FormOptions::load(&state.pool, Some(&row)).await?;
    let mut form = ContactForm::from_row(&row);
    if let Some(stage) = Stage::parse(q.stage.trim()) {
        form.stage = stage.as_str().to_owned();
    }
    Ok(FormPage::new(
        ctx,
        &state,
        &options,
        form,
        FieldErrors::default(),
        Some(&row),
    ))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let version = form
        .version()
        .ok_or(AppError::BadRequest("error-400-text"))?;
    let current = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let options = FormOptions::load(&state.pool, Some(&current)).await?;
    let today = Utc::now().date_naive();
    let parsed = form.parse(lang, &state.countries, &options, today);
    let mut errors = match &parsed {
        Ok(_) => FieldErrors::default(),
        Err(errors) => errors.clone(),
    };
    // Moving back needs a reason; against a newer version, the conflict page comes first.
    if let Some(to) = Stage::parse(form.stage.trim()) {
        if current.version == version {
            form::check_reason(current.stage(), to, &form.reason, lang, &mut errors);
        }
    }
    let contact = match parsed {
        Ok(c) if errors.is_empty() => c,
        _ => {
            return Ok(
                FormPage::new(ctx, &state, &options, form, errors, Some(&current)).refused(),
            );
        }
    };
    match queries::update(&state.pool, &actor, id, version, &contact, &form.reason).await? {
        Written::Done(_) => {
            tracing::info!(contact_id = id, "dnssec contact updated");
            Ok(flash::redirect(
                &format!("/dnssec/{id}"),
                "flash-dnssec-saved",
            ))
        }
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            errors.add("organisation", ctx.t(key));
            Ok(FormPage::new(ctx, &state, &options, form, errors, Some(&current)).refused())
        }
        Written::Conflict(theirs) => Ok(conflict(ctx, &state, &options, *theirs, form)),
        Written::NotFound => Err(AppError::NotFound),
    }
}

/// The page shown when someone else saved first: what differs between their version and
/// ours (`web::conflict`). Nothing of either is lost.
fn conflict(
    ctx: PageCtx,
    state: &AppState,
    options: &FormOptions,
    current: ContactRow,
    mine: ContactForm,
) -> Response {
    let lang = ctx.lang;
    let theirs = ContactForm::from_row(&current);
    let kinds = form::kinds(lang, "");
    let stages = form::stages(lang, "");
    let als = options.als_choices(lang, &state.countries, "");
    let owners = options.owner_choices("");
    let events = options.event_choices(lang, "");
    let country = |v: &str| state.countries.name_of(v, lang);
    let mut d = Differences::new(lang);
    d.compare(
        "dnssec-field-organisation",
        &theirs.organisation,
        &mine.organisation,
    );
    d.compare(
        "dnssec-kind",
        label_in(&kinds, &theirs.kind),
        label_in(&kinds, &mine.kind),
    );
    d.compare(
        "field-country",
        country(&theirs.country),
        country(&mine.country),
    );
    d.compare(
        "dnssec-field-contact-name",
        &theirs.contact_name,
        &mine.contact_name,
    );
    d.compare(
        "dnssec-field-contact-email",
        &theirs.contact_email,
        &mine.contact_email,
    );
    d.compare(
        "dnssec-field-als",
        label_in(&als, &theirs.als_id),
        label_in(&als, &mine.als_id),
    );
    d.compare(
        "dnssec-field-contacted-on",
        &theirs.contacted_on,
        &mine.contacted_on,
    );
    d.compare(
        "dnssec-field-owner",
        label_in(&owners, &theirs.gse_owner_id),
        label_in(&owners, &mine.gse_owner_id),
    );
    d.compare(
        "dnssec-stage",
        label_in(&stages, &theirs.stage),
        label_in(&stages, &mine.stage),
    );
    d.compare(
        "dnssec-field-event",
        label_in(&events, &theirs.training_event_id),
        label_in(&events, &mine.training_event_id),
    );
    d.compare(
        "dnssec-field-signed-zones",
        &theirs.signed_zones,
        &mine.signed_zones,
    );
    d.compare("field-notes", &theirs.notes, &mine.notes);
    Conflict {
        title: lang.t("dnssec-conflict-title"),
        intro: ctx.ts(
            "dnssec-conflict-intro",
            "organisation",
            &current.organisation,
        ),
        page: format!("/dnssec/{}", current.id),
        view_label: lang.t("dnssec-conflict-view"),
        action: format!("/dnssec/{}", current.id),
        differences: d,
        version: current.version,
        mine: &mine,
    }
    .into_response(ctx)
}
