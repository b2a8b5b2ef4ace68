//! An ALS's page (status history, engagements, contact) and the actions taken on it:
//! changing the status, recording an engagement, choosing the contact member.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use super::contact_queries::{self as contact, Set};
use super::engagement_form::EngagementForm;
use super::list_page::AlsView;
use super::model::{AlsStatus, EngagementKind};
use super::queries::{self, AlsFilter, StatusChanged};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors, choices, refuse_control_chars_in_block};
use crate::web::i18n::timestamp;
use crate::web::{PageCtx, flash};

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

/// What At-Large's metrics suggest for the ALS, with the evidence (leadership decide).
pub struct Suggestion {
    pub status: String,
    pub label: String,
    /// The suggestion differs from the current status.
    pub differs: bool,
    /// (criterion, met, what was counted)
    pub criteria: Vec<(String, bool, String)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/show.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    /// The ALS's members with their contact details, for leadership; others see the count.
    pub members: Vec<super::member_queries::MemberRow>,
    pub suggestion: Option<Suggestion>,
    /// The application it was accredited through, and where the organisation heard of
    /// LACRALO (kind, name, page): for staff and leadership, who follow applications.
    pub application: Option<(i64, Option<(String, super::sources::Named)>)>,
    pub als: AlsView,
    pub notes: String,
    pub version: i64,
    pub history: Vec<HistoryEntry>,
    pub engagements: Vec<EngagementView>,
    /// CROP trips approved for its members that have not happened yet: (event id, event,
    /// departure, traveller), the traveller shown only to those who work with people.
    pub planned_trips: Vec<(i64, String, String, String)>,
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
    let planned_trips = queries::planned_trips(&state.pool, id)
        .await?
        .into_iter()
        .map(|(event_id, title, departure, traveller)| {
            let departs = departure
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| lang.date(d))
                .unwrap_or_default();
            let traveller = if show_people {
                traveller
            } else {
                String::new()
            };
            (event_id, title, departs, traveller)
        })
        .collect();
    let suggestion = if ctx.is_leadership() {
        Some(suggestion(state, &ctx, id, row.status).await?)
    } else {
        None
    };
    let application = if ctx.can_edit_events() {
        match super::applications::queries::of_als(&state.pool, id).await? {
            Some(app) => {
                let source = match app.source() {
                    Some(s) => super::source_queries::name(&state.pool, s)
                        .await?
                        .map(|n| (lang.t(&super::sources::kind_key(n.kind)), n)),
                    None => None,
                };
                Some((app.id, source))
            }
            None => None,
        }
    } else {
        None
    };
    let members = if ctx.is_leadership() {
        let filter = super::member_queries::MemberFilter {
            als_id: Some(id),
            ..Default::default()
        };
        super::member_queries::list(&state.pool, &filter, None).await?
    } else {
        Vec::new()
    };
    Ok(ShowPage {
        members,
        application,
        suggestion,
        planned_trips,
        als: AlsView::new(&summary, lang, state),
        notes: row.notes,
        version: row.version,
        history,
        engagements,
        status_choices: choices(lang, "als-status", AlsStatus::VALUES, row.status.as_str()),
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
            contact::candidates(&state.pool, id)
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

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub contact: String,
    pub version: String,
}

pub async fn update_contact(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let version = version(&form.version)?;
    let member = match form.contact.trim() {
        "" => None,
        m => Some(
            m.parse::<i64>()
                .map_err(|_| AppError::BadRequest("error-400-text"))?,
        ),
    };
    let actor = Actor::from(&me(&ctx)?);
    match contact::set(&state.pool, &actor, id, version, member).await? {
        Set::Done => Ok(flash::redirect(
            &format!("/als/{id}"),
            "flash-als-contact-saved",
        )),
        Set::Stale => Err(AppError::Conflict("als-err-status-conflict")),
        Set::NotAMember => Err(AppError::BadRequest("error-400-text")),
    }
}

/// The metrics' suggestion for ALS `id` as of today, with what was counted.
async fn suggestion(
    state: &AppState,
    ctx: &PageCtx,
    id: i64,
    current: AlsStatus,
) -> AppResult<Suggestion> {
    use super::metrics;
    let (t, _) = queries::thresholds(&state.pool).await?;
    let today = state.clock.now().date_naive();
    let evidence = queries::evidence(&state.pool, id, today, &t).await?;
    let met = metrics::criteria(&evidence, &t);
    let suggested = metrics::suggested_status(current, &evidence, &t);
    let n = |key: &str, args: &[(&'static str, i64)]| {
        let args: Vec<(
            &'static str,
            fluent_templates::fluent_bundle::FluentValue<'static>,
        )> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
        ctx.lang.t_args(key, &args)
    };
    Ok(Suggestion {
        status: suggested.as_str().to_owned(),
        label: ctx.t(&suggested.label_key()),
        differs: suggested != current,
        criteria: vec![
            (
                ctx.t("metrics-participation"),
                met.participation,
                n(
                    "metrics-participation-evidence",
                    &[
                        ("meetings", evidence.meetings),
                        ("months", i64::from(t.meetings_months)),
                        ("contributions", evidence.contributions),
                        ("cmonths", i64::from(t.contributions_months)),
                    ],
                ),
            ),
            (
                ctx.t("metrics-voting"),
                met.voting,
                n(
                    "metrics-voting-evidence",
                    &[("votes", evidence.votes), ("polls", evidence.polls_held)],
                ),
            ),
            (
                ctx.t("metrics-local"),
                met.local_activity,
                n(
                    "metrics-local-evidence",
                    &[
                        ("reports", evidence.local_reports),
                        ("months", i64::from(t.local_reports_months)),
                    ],
                ),
            ),
        ],
    })
}
