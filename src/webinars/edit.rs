//! Scheduling and editing webinars (GSE staff and leadership).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;

use super::form::WebinarForm;
use super::model::{Programme, TopicRow, WebinarLanguage, WebinarRow};
use super::queries;
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::choices::{ZoneChoices, time_zones};
use crate::error::{AppError, AppResult};
use crate::events::options;
use crate::events::queries::Written;
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences, label_in, tick};
use crate::web::forms::{Choice, FieldErrors, choices};
use crate::web::{PageCtx, flash};

/// A topic choice, grouped under its programme in the form.
pub struct TopicGroup {
    pub label: String,
    pub topics: Vec<Choice>,
}

#[derive(Template, WebTemplate)]
#[template(path = "webinars/form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    pub form: WebinarForm,
    pub errors: FieldErrors,
    pub webinar_id: Option<i64>,
    pub heading: String,
    pub action: String,
    pub programmes: Vec<Choice>,
    pub topic_groups: Vec<TopicGroup>,
    pub relevances: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub zones: ZoneChoices,
}

impl FormPage {
    fn new(
        ctx: PageCtx,
        form: WebinarForm,
        errors: FieldErrors,
        webinar_id: Option<i64>,
        topics: &[TopicRow],
    ) -> Self {
        let lang = ctx.lang;
        let (heading, action) = match webinar_id {
            Some(id) => (ctx.t("webinar-edit-heading"), format!("/webinars/{id}")),
            None => (ctx.t("webinar-new-heading"), "/webinars".to_owned()),
        };
        let topic_groups = Programme::ALL
            .iter()
            .map(|p| TopicGroup {
                label: lang.t(&p.label_key()),
                topics: topics
                    .iter()
                    .filter(|t| t.programme == p.as_str())
                    .map(|t| Choice::new(t.id.to_string(), t.label(lang), &form.topic))
                    .collect(),
            })
            .filter(|g| !g.topics.is_empty())
            .collect();
        let languages = WebinarLanguage::ALL
            .iter()
            .map(|l| Choice {
                value: l.as_str().to_owned(),
                label: lang.t(&l.label_key()),
                selected: form.offers(l.as_str()),
            })
            .collect();
        Self {
            programmes: choices(lang, "programme", Programme::VALUES, &form.programme),
            relevances: options::relevances(lang, &form.relevance),
            statuses: options::statuses(lang, &form.status),
            zones: time_zones(lang, &form.time_zone),
            topic_groups,
            languages,
            form,
            errors,
            webinar_id,
            heading,
            action,
            ctx,
        }
    }

    fn refused(self) -> Response {
        (StatusCode::UNPROCESSABLE_ENTITY, self).into_response()
    }
}

pub async fn new(State(state): State<AppState>, ctx: PageCtx) -> AppResult<FormPage> {
    let topics = queries::topics(&state.pool).await?;
    Ok(FormPage::new(
        ctx,
        WebinarForm::blank(),
        FieldErrors::default(),
        None,
        &topics,
    ))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<WebinarForm>,
) -> AppResult<Response> {
    let topics = queries::topics(&state.pool).await?;
    let (event, fields) = match form.parse(ctx.lang, &state.countries, &topics) {
        Ok(parsed) => parsed,
        Err(errors) => return Ok(FormPage::new(ctx, form, errors, None, &topics).refused()),
    };
    let actor = Actor::from(&me(&ctx)?);
    let id = queries::create(&state.pool, &actor, &event, &fields).await?;
    tracing::info!(webinar_id = id, "webinar scheduled");
    Ok(flash::redirect(
        &format!("/webinars/{id}"),
        "flash-webinar-created",
    ))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<FormPage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let topics = queries::topics(&state.pool).await?;
    Ok(FormPage::new(
        ctx,
        WebinarForm::from_row(&row),
        FieldErrors::default(),
        Some(id),
        &topics,
    ))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<WebinarForm>,
) -> AppResult<Response> {
    let version = form
        .version()
        .ok_or(AppError::BadRequest("error-400-text"))?;
    let current = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let topics = queries::topics(&state.pool).await?;
    let parsed = form.parse(ctx.lang, &state.countries, &topics);
    let mut errors = match &parsed {
        Ok(_) => FieldErrors::default(),
        Err(errors) => errors.clone(),
    };
    if let Ok((event, _)) = &parsed {
        if current.event.version == version
            && event.dates != current.event.dates()
            && form.reason.trim().is_empty()
        {
            errors.add("reason", ctx.t("err-reason-required"));
        }
    }
    let (event, fields) = match parsed {
        Ok(parsed) if errors.is_empty() => parsed,
        _ => return Ok(FormPage::new(ctx, form, errors, Some(id), &topics).refused()),
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::update(
        &state.pool,
        state.site(),
        &actor,
        id,
        version,
        (&event, &fields),
        &form.reason,
    )
    .await?
    {
        Written::Done(_) => {
            tracing::info!(webinar_id = id, "webinar updated");
            Ok(flash::redirect(
                &format!("/webinars/{id}"),
                "flash-webinar-saved",
            ))
        }
        Written::Conflict(_) => {
            let stored = queries::get(&state.pool, id)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(conflict(ctx, &stored, &topics, form))
        }
        Written::NotFound => Err(AppError::NotFound),
        Written::Refused(key) => Err(AppError::Conflict(key)),
    }
}

/// The page shown when someone else saved first (`web::conflict`): both versions, field
/// by field. Nothing of either is lost.
fn conflict(ctx: PageCtx, stored: &WebinarRow, topics: &[TopicRow], mine: WebinarForm) -> Response {
    let lang = ctx.lang;
    let theirs = WebinarForm::from_row(stored);
    let programmes = choices(lang, "programme", Programme::VALUES, "");
    let relevances = options::relevances(lang, "");
    let statuses = options::statuses(lang, "");
    let topic = |v: &str| {
        topics
            .iter()
            .find(|t| t.id.to_string() == v.trim())
            .map_or_else(|| label_in(&[], v), |t| t.label(lang))
    };
    let languages = |f: &WebinarForm| {
        let labels: Vec<String> = WebinarLanguage::ALL
            .iter()
            .filter(|l| f.offers(l.as_str()))
            .map(|l| lang.t(&l.label_key()))
            .collect();
        labels.join(", ")
    };
    let when = |f: &WebinarForm| {
        let date = match f.date_precision.as_str() {
            "day" => &f.start_date,
            "month" => &f.month,
            _ => &f.year,
        };
        [date, &f.start_time, &f.end_time, &f.time_zone]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut d = Differences::new(lang);
    d.compare("field-title", &theirs.title, &mine.title);
    d.compare(
        "webinar-programme",
        label_in(&programmes, &theirs.programme),
        label_in(&programmes, &mine.programme),
    );
    d.compare("webinar-topic", topic(&theirs.topic), topic(&mine.topic));
    d.compare(
        "field-relevance",
        label_in(&relevances, &theirs.relevance),
        label_in(&relevances, &mine.relevance),
    );
    d.compare(
        "field-status",
        label_in(&statuses, &theirs.status),
        label_in(&statuses, &mine.status),
    );
    d.compare("webinar-when", when(&theirs), when(&mine));
    d.compare("webinar-languages", languages(&theirs), languages(&mine));
    d.compare(
        "webinar-interpretation",
        tick(theirs.interpretation.is_some()),
        tick(mine.interpretation.is_some()),
    );
    d.compare("webinar-speakers", &theirs.speakers, &mine.speakers);
    d.compare("webinar-audience", &theirs.audience, &mine.audience);
    d.compare("field-organiser", &theirs.organiser, &mine.organiser);
    d.compare(
        "webinar-registration",
        &theirs.registration_url,
        &mine.registration_url,
    );
    d.compare(
        "webinar-recording",
        &theirs.recording_url,
        &mine.recording_url,
    );
    d.compare("field-notes", &theirs.notes, &mine.notes);
    Conflict {
        title: lang.t("webinar-conflict-heading"),
        intro: ctx.ts("webinar-conflict-intro", "title", &stored.event.title),
        page: format!("/webinars/{}", stored.event.id),
        view_label: lang.t("webinar-conflict-view"),
        action: format!("/webinars/{}", stored.event.id),
        differences: d,
        version: stored.event.version,
        mine: &mine,
    }
    .into_response(ctx)
}
