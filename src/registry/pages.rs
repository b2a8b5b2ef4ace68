//! The registry's pages: the list (and the dated list of active ALSs), an ALS's page with
//! its status history and engagements, the form, status changes, and deletion.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use super::form::AlsForm;
use super::model::{AlsRow, AlsStatus, AlsSummary, EngagementKind};
use super::queries::{self, AlsFilter, Deleted, StatusChanged, Written};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::PlaceFilter;
use crate::countries::choices;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences};
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors, choices, refuse_control_chars_in_block};
use crate::web::i18n::timestamp;
use crate::web::pager::Pager;
use crate::web::{Lang, PageCtx, flash};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub status: String,
    pub country: String,
    pub subregion: String,
    pub q: String,
    pub page: String,
}

impl ListQuery {
    /// The filters as a query string, without `page` (the pager adds it).
    fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("status", self.status.trim()),
            ("country", &self.country.trim().to_ascii_uppercase()),
            ("subregion", &self.subregion.trim().to_ascii_uppercase()),
            ("q", self.q.trim()),
        ] {
            if !v.is_empty() {
                out.append_pair(k, v);
            }
        }
        out.finish()
    }
}

pub struct AlsView {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub accredited: String,
    pub status: &'static str,
    pub status_label: String,
    pub members: i64,
    pub last_engaged: String,
    /// What the latest engagement was, in words.
    pub evidence: String,
}

impl AlsView {
    pub fn new(a: &AlsSummary, lang: Lang, state: &AppState) -> Self {
        let status = AlsStatus::parse(&a.status).unwrap_or(AlsStatus::Active);
        let date = |s: &Option<String>| {
            s.as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| lang.date(d))
                .unwrap_or_default()
        };
        Self {
            id: a.id,
            name: a.name.clone(),
            acronym: a.acronym.clone(),
            country: state
                .countries
                .get(&a.country)
                .map_or(a.country.clone(), |c| c.name(lang).to_owned()),
            website: a.website.clone(),
            accredited: date(&a.accredited_on),
            status: status.as_str(),
            status_label: lang.t(&status.label_key()),
            members: a.members,
            last_engaged: date(&a.last_engaged),
            evidence: a
                .last_evidence
                .as_deref()
                .map(|e| {
                    let (kind, description) = e.split_once('|').unwrap_or((e, ""));
                    let kind = EngagementKind::parse(kind)
                        .map_or(kind.to_owned(), |k| lang.t(&k.label_key()));
                    if description.is_empty() {
                        kind
                    } else {
                        format!("{kind}: {description}")
                    }
                })
                .unwrap_or_default(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub als: Vec<AlsView>,
    /// How many match the filters, on every page.
    pub total: i64,
    pub pager: Pager,
    pub statuses: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub subregions: Vec<Choice>,
    pub q: String,
    pub only_active: bool,
    pub as_of: String,
}

fn parse_filter(q: &ListQuery, state: &AppState) -> AppResult<AlsFilter> {
    let bad = || AppError::BadRequest("error-filter-text");
    let statuses = match q.status.as_str() {
        "" | "active" => vec![AlsStatus::Active],
        "all" => Vec::new(),
        s => vec![AlsStatus::parse(s).ok_or_else(bad)?],
    };
    let PlaceFilter { country, subregion } =
        PlaceFilter::parse(&state.countries, &q.country, &q.subregion).map_err(|_| bad())?;
    Ok(AlsFilter {
        id: None,
        statuses,
        country,
        subregion,
        q: Some(q.q.trim().to_owned()).filter(|q| !q.is_empty() && q.chars().count() <= 200),
    })
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ListQuery>,
) -> AppResult<ListPage> {
    let filter = parse_filter(&q, &state)?;
    let asked = Pager::parse(&q.page)?;
    let total = queries::count(&state.pool, &filter).await?;
    let pager = Pager::new(ctx.lang, asked, total, "/als", &q.to_query());
    let rows = queries::list_window(&state.pool, &filter, Some(pager.window())).await?;
    let lang = ctx.lang;
    let current_status = if q.status.is_empty() {
        "active"
    } else {
        q.status.as_str()
    };
    let mut statuses = choices(lang, "als-status", AlsStatus::VALUES, current_status);
    statuses.push(Choice::new("all", lang.t("filter-any"), current_status));
    Ok(ListPage {
        als: rows.iter().map(|a| AlsView::new(a, lang, &state)).collect(),
        total,
        pager,
        statuses,
        countries: choices::countries(lang, &state.countries, &q.country.to_ascii_uppercase()),
        subregions: choices::subregions(lang, &q.subregion.to_ascii_uppercase()),
        q: q.q.clone(),
        only_active: filter.statuses == [AlsStatus::Active],
        as_of: lang.date(Utc::now().date_naive()),
        ctx,
    })
}

/// "The updated list of active LACRALO ALSs", dated, as a spreadsheet.
pub async fn active_csv(State(state): State<AppState>) -> AppResult<Response> {
    let rows = queries::list(
        &state.pool,
        &AlsFilter {
            statuses: vec![AlsStatus::Active],
            ..Default::default()
        },
    )
    .await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "name",
            "acronym",
            "country",
            "country_name",
            "subregion",
            "website",
            "accredited_on",
            "status",
            "active_members",
            "last_engaged",
        ])
        .map_err(anyhow::Error::from)?;
    for a in &rows {
        let country = state.countries.get(&a.country);
        writer
            .write_record([
                a.name.as_str(),
                &a.acronym,
                &a.country,
                country.map_or("", |c| c.name_en.as_str()),
                country.map_or("", |c| c.lacralo_subregion.as_str()),
                &a.website,
                a.accredited_on.as_deref().unwrap_or(""),
                &a.status,
                &a.members.to_string(),
                a.last_engaged.as_deref().unwrap_or(""),
            ])
            .map_err(anyhow::Error::from)?;
    }
    let body = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let today = Utc::now().date_naive();
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"lacralo-active-als-{today}.csv\""),
            ),
            (header::CACHE_CONTROL, "no-cache".to_owned()),
        ],
        body,
    )
        .into_response())
}

pub struct HistoryEntry {
    pub when: String,
    pub from: String,
    pub to: String,
    pub reason: String,
    pub who: String,
}

pub struct EngagementView {
    pub date: String,
    pub kind: String,
    pub description: String,
    pub member: String,
    pub event_id: Option<i64>,
    pub event_title: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/show.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub als: AlsView,
    pub notes: String,
    pub version: i64,
    pub history: Vec<HistoryEntry>,
    pub engagements: Vec<EngagementView>,
    pub status_choices: Vec<Choice>,
    pub kinds: Vec<Choice>,
    pub errors: FieldErrors,
    pub reason: String,
    pub engagement: EngagementForm,
    pub member_choices: Vec<Choice>,
    pub event_choices: Vec<Choice>,
    pub today: String,
    /// Who messages about the ALS go to (leadership only).
    pub contact_choices: Vec<Choice>,
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    errors: FieldErrors,
    reason: String,
    engagement: EngagementForm,
) -> AppResult<ShowPage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let summary = queries::list(
        &state.pool,
        &AlsFilter {
            id: Some(id),
            ..Default::default()
        },
    )
    .await?
    .into_iter()
    .next()
    .ok_or(AppError::NotFound)?;
    let label = |s: &str| AlsStatus::parse(s).map_or(s.to_owned(), |st| lang.t(&st.label_key()));
    let history = queries::status_history(&state.pool, id)
        .await?
        .into_iter()
        .map(|h| HistoryEntry {
            when: timestamp(&h.changed_at, lang),
            from: label(&h.from_status),
            to: label(&h.to_status),
            reason: h.reason,
            who: h.changed_by.unwrap_or_default(),
        })
        .collect();
    // Names of people are for those who work with them; visitors see what was done.
    let show_people = ctx.can_edit_events();
    let engagements = queries::engagements(&state.pool, id)
        .await?
        .into_iter()
        .map(|e| EngagementView {
            date: NaiveDate::parse_from_str(&e.happened_on, "%Y-%m-%d")
                .map_or(e.happened_on.clone(), |d| lang.date(d)),
            kind: EngagementKind::parse(&e.kind).map_or(e.kind.clone(), |k| lang.t(&k.label_key())),
            description: e.description,
            member: if show_people {
                e.member_name.unwrap_or_default()
            } else {
                String::new()
            },
            event_id: e.event_id,
            event_title: e.event_title.unwrap_or_default(),
        })
        .collect();
    Ok(ShowPage {
        als: AlsView::new(&summary, lang, state),
        notes: row.notes,
        version: row.version,
        history,
        engagements,
        status_choices: choices(lang, "als-status", AlsStatus::VALUES, &row.status),
        errors,
        reason,
        kinds: choices(lang, "engagement", EngagementKind::VALUES, &engagement.kind),
        member_choices: if show_people {
            queries::member_names(&state.pool, id)
                .await?
                .into_iter()
                .map(|(mid, name)| Choice::new(mid.to_string(), name, &engagement.member_id))
                .collect()
        } else {
            Vec::new()
        },
        event_choices: if show_people {
            queries::recent_events(&state.pool)
                .await?
                .into_iter()
                .map(|(eid, title, day)| {
                    Choice::new(
                        eid.to_string(),
                        format!("{day} · {title}"),
                        &engagement.event_id,
                    )
                })
                .collect()
        } else {
            Vec::new()
        },
        engagement,
        today: Utc::now().date_naive().to_string(),
        contact_choices: if ctx.is_leadership() {
            let current = row
                .contact_member_id
                .map(|m| m.to_string())
                .unwrap_or_default();
            super::contact::candidates(&state.pool, id)
                .await?
                .into_iter()
                .map(|(mid, label)| Choice::new(mid.to_string(), label, &current))
                .collect()
        } else {
            Vec::new()
        },
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    show_page(
        &state,
        ctx,
        id,
        FieldErrors::default(),
        String::new(),
        EngagementForm::default(),
    )
    .await
}

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

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    pub status: String,
    pub reason: String,
    /// The version of the ALS the page showed: a status decided on a stale page is refused.
    pub version: String,
}

pub async fn change_status(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    // The version the form showed; one that does not parse can only be a conflict.
    let Ok(version) = form.version.trim().parse::<i64>() else {
        return status_conflict(&state, ctx, id, &form).await;
    };
    let mut errors = FieldErrors::default();
    let to = AlsStatus::parse(&form.status);
    if to.is_none() {
        errors.add("status", ctx.t("err-choose-from-list"));
    }
    let reason = form.reason.trim();
    refuse_control_chars_in_block("reason", reason, ctx.lang, &mut errors);
    if reason.is_empty() {
        errors.add("reason", ctx.t("als-err-reason-required"));
    } else if reason.chars().count() > 1000 {
        errors.add(
            "reason",
            ctx.lang.t_args("err-too-long", &[("max", 1000.into())]),
        );
    }
    match to {
        Some(to) if errors.is_empty() => {
            let change = queries::StatusChange {
                id,
                version: Some(version),
                to,
                reason,
            };
            match queries::change_one_status(&state.pool, state.site(), &actor, &change).await? {
                StatusChanged::Done | StatusChanged::Unchanged => Ok(flash::redirect(
                    &format!("/als/{id}"),
                    "flash-als-status-changed",
                )),
                StatusChanged::Conflict => status_conflict(&state, ctx, id, &form).await,
                StatusChanged::NotFound => Err(AppError::NotFound),
            }
        }
        _ => {
            status_refused(
                &state,
                ctx,
                id,
                &form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// The ALS changed since the form was shown: nothing was saved, and the status field says
/// why.
async fn status_conflict(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    form: &StatusForm,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    errors.add("status", ctx.t("als-err-status-conflict"));
    status_refused(state, ctx, id, form, errors, StatusCode::CONFLICT).await
}

/// The ALS's page as it is now, with the reason typed kept and what stopped the change.
async fn status_refused(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    form: &StatusForm,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let page = show_page(
        state,
        ctx,
        id,
        errors,
        form.reason.clone(),
        EngagementForm::default(),
    )
    .await?;
    Ok((status, page).into_response())
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

pub use super::engagement_form::EngagementForm;

pub async fn add_engagement(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<EngagementForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let members: Vec<i64> = queries::member_names(&state.pool, id)
        .await?
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    match form.check(&state, ctx.lang, &members).await? {
        Ok(e) => {
            let engagement = queries::NewEngagement {
                als_id: Some(id),
                member_id: e.member_id,
                event_id: e.event_id,
                kind: e.kind,
                happened_on: e.happened_on,
                description: &e.description,
            };
            queries::add_engagement(&state.pool, &actor, &engagement).await?;
            Ok(flash::redirect(
                &format!("/als/{id}#engagements"),
                "flash-engagement-added",
            ))
        }
        Err(errors) => {
            let page = show_page(&state, ctx, id, errors, String::new(), form).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
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
