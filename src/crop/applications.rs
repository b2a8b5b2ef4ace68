//! Members' side of CROP: applying (eligibility shown before anything is typed), their own
//! applications, changing or withdrawing one before the deadline, and the trip report.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::{NaiveDate, Utc};

use super::form::{ApplicationForm, AssessmentForm, VersionForm};
use super::model::{AppStatus, ApplicationRow};
use super::opportunities::refusals_for;
use super::queries::{self, Written};
use super::rules;
use super::view::{ApplicationView, OpportunityView};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{Lang, PageCtx, flash};
use crate::webinars::model::WebinarLanguage;

fn language_choices(lang: Lang, form: &ApplicationForm) -> Vec<Choice> {
    WebinarLanguage::ALL
        .iter()
        .map(|l| Choice {
            value: l.as_str().to_owned(),
            label: lang.t(&l.label_key()),
            selected: form.languages.iter().any(|c| c == l.as_str()),
        })
        .collect()
}

/// The languages an assessment may be written in, with the one typed (or filed, or the
/// writer's own) chosen.
fn report_language_choices(
    lang: Lang,
    typed: Option<&AssessmentForm>,
    row: &ApplicationRow,
) -> Vec<Choice> {
    let current = match typed {
        Some(form) => form.report_language.clone(),
        None => AssessmentForm::from_row(row, lang).report_language,
    };
    WebinarLanguage::ALL
        .iter()
        .map(|l| Choice {
            value: l.as_str().to_owned(),
            label: lang.t(&l.label_key()),
            selected: current == l.as_str(),
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/apply.html")]
pub struct ApplyPage {
    pub ctx: PageCtx,
    pub o: OpportunityView,
    /// Why the person may not apply; the form is shown only when empty.
    pub refusals: Vec<String>,
    pub form: ApplicationForm,
    pub errors: FieldErrors,
    pub languages: Vec<Choice>,
    pub member_line: String,
}

async fn apply_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    form: ApplicationForm,
    errors: FieldErrors,
) -> AppResult<Result<ApplyPage, Response>> {
    let row = queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.phase() == super::model::Phase::Draft && !ctx.is_leadership() {
        return Err(AppError::NotFound);
    }
    let (refusals, facts) = refusals_for(state, &ctx, &row).await?;
    if let Some(f) = &facts {
        // One application per member; one they withdrew can be made again.
        if let Some(existing) = queries::application_of(&state.pool, id, f.member_id).await? {
            if existing.status() != AppStatus::Withdrawn {
                return Ok(Err(Redirect::to(&format!(
                    "/crop/applications/{}",
                    existing.id
                ))
                .into_response()));
            }
        }
    }
    let lang = ctx.lang;
    let member_line = facts
        .map(|f| {
            let country = state
                .countries
                .get(&f.country)
                .map_or(f.country.clone(), |c| c.name(lang).to_owned());
            match f.als_name {
                Some(als) => format!("{} · {als} · {country}", f.name),
                None => format!(
                    "{} · {} · {country}",
                    f.name,
                    lang.t("attendance-individual")
                ),
            }
        })
        .unwrap_or_default();
    Ok(Ok(ApplyPage {
        o: OpportunityView::new(&row, lang, ctx.zone(), &state.countries),
        refusals: refusals.iter().map(|r| lang.t(r.message_key())).collect(),
        languages: language_choices(lang, &form),
        form,
        errors,
        member_line,
        ctx,
    }))
}

pub async fn apply_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let lang_code = ctx.lang.code().to_owned();
    let form = ApplicationForm {
        languages: vec![lang_code],
        ..Default::default()
    };
    Ok(
        match apply_page(&state, ctx, id, form, FieldErrors::default()).await? {
            Ok(page) => page.into_response(),
            Err(redirect) => redirect,
        },
    )
}

pub async fn apply(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<ApplicationForm>,
) -> AppResult<Response> {
    let row = queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (refusals, facts) = refusals_for(&state, &ctx, &row).await?;
    let parsed = form.parse(ctx.lang);
    let refuse = |status: StatusCode, page: Result<ApplyPage, Response>| match page {
        Ok(page) => (status, page).into_response(),
        Err(redirect) => redirect,
    };
    // Ineligible: the reasons, on the server, whatever the browser sent.
    let (Some(facts), true) = (facts, refusals.is_empty()) else {
        let page = apply_page(&state, ctx, id, form, FieldErrors::default()).await?;
        return Ok(refuse(StatusCode::FORBIDDEN, page));
    };
    let new = match parsed {
        Ok(new) => new,
        Err(errors) => {
            let page = apply_page(&state, ctx, id, form, errors).await?;
            return Ok(refuse(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    if let Some(existing) = queries::application_of(&state.pool, id, facts.member_id).await? {
        if existing.status() != AppStatus::Withdrawn {
            return Ok(Redirect::to(&format!("/crop/applications/{}", existing.id)).into_response());
        }
    }
    let actor = Actor::from(&me(&ctx)?);
    let in_subregion = facts.subregion == row.subregion;
    match queries::apply(
        &state.pool,
        state.site(),
        &actor,
        id,
        facts.member_id,
        in_subregion,
        &new,
    )
    .await?
    {
        Some(app) => {
            tracing::info!(
                opportunity = id,
                application = app,
                "CROP application submitted"
            );
            Ok(flash::redirect(
                &format!("/crop/applications/{app}"),
                "flash-crop-applied",
            ))
        }
        // The phase or the deadline changed between the check and the write.
        None => {
            let page = apply_page(&state, ctx, id, form, FieldErrors::default()).await?;
            Ok(refuse(StatusCode::CONFLICT, page))
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/mine.html")]
pub struct MinePage {
    pub ctx: PageCtx,
    pub applications: Vec<ApplicationView>,
    pub linked: bool,
}

pub async fn mine(State(state): State<AppState>, ctx: PageCtx) -> AppResult<MinePage> {
    let user = me(&ctx)?;
    let facts = queries::member_of_user(&state.pool, user.id).await?;
    let applications = match &facts {
        Some(f) => queries::applications_of_member(&state.pool, f.member_id).await?,
        None => Vec::new(),
    };
    Ok(MinePage {
        applications: applications
            .iter()
            .map(|a| ApplicationView::new(a, ctx.lang, &state.countries))
            .collect(),
        linked: facts.is_some(),
        ctx,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/application.html")]
pub struct ApplicationPage {
    pub ctx: PageCtx,
    pub a: ApplicationView,
    pub o: OpportunityView,
    pub mine: bool,
    pub can_edit: bool,
    pub can_withdraw: bool,
    pub form: ApplicationForm,
    pub errors: FieldErrors,
    pub languages: Vec<Choice>,
    /// The assessment form as typed (or as filed).
    pub report: AssessmentForm,
    /// The four languages an assessment may be written in, the form's chosen.
    pub report_languages: Vec<Choice>,
    pub stale: bool,
    /// The trip has begun, so its report can be written.
    pub can_report: bool,
    /// ICANN's procedure, for an approved trip: its dates, clocks and steps taken.
    pub trip: Option<super::trips::TripView>,
    /// The next step, when the viewer is the one who takes it.
    pub next_step: Option<super::trips::NextStep>,
    /// The step form's note as typed (a refused step keeps it).
    pub step_note: String,
    /// Asking "withdraw, really?" before withdrawing.
    pub confirm_withdraw: bool,
    /// Leadership may change the trip's dates (approved, not yet left).
    pub can_change_dates: bool,
    /// The dates form as typed, when refused.
    pub dates_typed: Option<(String, String)>,
    /// Withdrawn, and the deadline not passed: the member may apply again.
    pub can_reapply: bool,
    /// The trip's money: its estimate and actual costs.
    pub costs: super::costs::CostsSection,
    pub currencies: &'static [&'static str],
}

/// The application, if the viewer may see it: their own, any for leadership, and approved
/// trips for GSE staff (who endorse them). Someone else's is "not found", so its existence
/// is not given away either.
pub(super) async fn visible(
    state: &AppState,
    ctx: &PageCtx,
    id: i64,
) -> AppResult<(ApplicationRow, bool)> {
    let user = me(ctx)?;
    let row = queries::application(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let facts = queries::member_of_user(&state.pool, user.id).await?;
    let mine = facts.is_some_and(|f| f.member_id == row.member_id);
    let gse_trip = user.role == Role::GseStaff && row.trip_step.is_some();
    if !mine && !ctx.is_leadership() && !gse_trip {
        return Err(AppError::NotFound);
    }
    Ok((row, mine))
}

/// The day the trip's event begins (a report is about a trip that happened).
async fn trip_start(state: &AppState, row: &ApplicationRow) -> AppResult<Option<NaiveDate>> {
    let opp = queries::opportunity(&state.pool, row.opportunity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(opp.event_start())
}

pub(super) async fn application_page(
    state: &AppState,
    ctx: PageCtx,
    row: ApplicationRow,
    mine: bool,
    form: Option<ApplicationForm>,
    errors: FieldErrors,
    report: Option<AssessmentForm>,
) -> AppResult<ApplicationPage> {
    let opp = queries::opportunity(&state.pool, row.opportunity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let status = row.status();
    let form = form.unwrap_or_else(|| ApplicationForm::from_row(&row));
    Ok(ApplicationPage {
        a: ApplicationView::new(&row, lang, &state.countries),
        o: OpportunityView::new(&opp, lang, ctx.zone(), &state.countries),
        mine,
        can_edit: mine
            && rules::may_edit(status, row.info_pending(), opp.deadline_at(), Utc::now()),
        can_withdraw: mine && rules::may_withdraw(status),
        languages: language_choices(lang, &form),
        form,
        errors,
        report_languages: report_language_choices(lang, report.as_ref(), &row),
        report: report.unwrap_or_else(|| AssessmentForm::from_row(&row, lang)),
        stale: false,
        can_report: opp
            .event_start()
            .is_some_and(|start| start <= Utc::now().date_naive()),
        trip: super::trips::trip_view(state, &ctx, &row).await?,
        costs: super::costs::section(state, &ctx, &row, mine, None).await?,
        currencies: super::money::CURRENCIES,
        next_step: super::trips::next_step(&ctx, &row),
        step_note: String::new(),
        confirm_withdraw: false,
        can_change_dates: ctx.is_leadership()
            && status == AppStatus::Approved
            && row
                .departure_on()
                .is_some_and(|d| d > Utc::now().date_naive()),
        dates_typed: None,
        can_reapply: mine
            && status == AppStatus::Withdrawn
            && Utc::now() < opp.deadline_at()
            && matches!(
                opp.phase(),
                super::model::Phase::Subregion | super::model::Phase::OpenToAll
            ),
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ApplicationPage> {
    let (row, mine) = visible(&state, &ctx, id).await?;
    application_page(&state, ctx, row, mine, None, FieldErrors::default(), None).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<ApplicationForm>,
) -> AppResult<Response> {
    let (row, mine) = visible(&state, &ctx, id).await?;
    if !mine {
        return Err(AppError::Forbidden("error-403-text"));
    }
    let version = version(&form.version)?;
    let new = match form.parse(ctx.lang) {
        Ok(new) => new,
        Err(errors) => {
            let page = application_page(&state, ctx, row, mine, Some(form), errors, None).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    written(
        &state,
        ctx,
        id,
        queries::update_application(&state.pool, state.site(), &actor, id, version, &new).await?,
        Some(form),
        None,
        "flash-crop-application-saved",
    )
    .await
}

/// The page after a guarded write: back to the application, or the form again (what was
/// typed kept) saying why nothing was written.
async fn written(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    result: Written<super::model::ApplicationRow>,
    form: Option<ApplicationForm>,
    report: Option<AssessmentForm>,
    done_key: &'static str,
) -> AppResult<Response> {
    let status = match result {
        Written::Done(_) => {
            return Ok(flash::redirect(
                &format!("/crop/applications/{id}"),
                done_key,
            ));
        }
        Written::NotFound => return Err(AppError::NotFound),
        Written::Conflict(_) => StatusCode::CONFLICT,
        Written::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let (row, mine) = visible(state, &ctx, id).await?;
    let mut errors = FieldErrors::default();
    let key = match result {
        Written::Refused(key) => key,
        _ => "crop-err-stale",
    };
    errors.add("motivation", ctx.t(key));
    let mut form = form;
    if let Some(f) = form.as_mut() {
        f.version = row.version.to_string();
    }
    let mut page = application_page(state, ctx, row, mine, form, errors, report).await?;
    page.stale = true;
    Ok((status, page).into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<VersionForm>,
) -> AppResult<Response> {
    let (row, mine) = visible(&state, &ctx, id).await?;
    if !mine {
        return Err(AppError::Forbidden("error-403-text"));
    }
    let version = version(&form.version)?;
    if form.confirm != "1" && rules::may_withdraw(row.status()) {
        // Withdrawing is asked twice: the page again, with what it means and a button
        // that confirms it. Nothing changes yet. (One that cannot be withdrawn any more
        // goes on to the write, which says why.)
        let mut page =
            application_page(&state, ctx, row, mine, None, FieldErrors::default(), None).await?;
        page.confirm_withdraw = true;
        return Ok(page.into_response());
    }
    let actor = Actor::from(&me(&ctx)?);
    let result = queries::withdraw(&state.pool, state.site(), &actor, id, version).await?;
    written(&state, ctx, id, result, None, None, "flash-crop-withdrawn").await
}

pub async fn report(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<AssessmentForm>,
) -> AppResult<Response> {
    let (row, mine) = visible(&state, &ctx, id).await?;
    if !mine {
        return Err(AppError::Forbidden("error-403-text"));
    }
    let version = version(&form.version)?;
    let event_start = trip_start(&state, &row).await?;
    let assessment = match form.parse(ctx.lang, event_start, Utc::now().date_naive()) {
        Ok(assessment) => assessment,
        Err(errors) => {
            let page = application_page(&state, ctx, row, mine, None, errors, Some(form)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    let result = queries::file_report(&state.pool, &actor, id, version, &assessment).await?;
    written(
        &state,
        ctx,
        id,
        result,
        None,
        Some(form),
        "flash-crop-report-filed",
    )
    .await
}
