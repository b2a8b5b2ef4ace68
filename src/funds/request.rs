//! One request for the RALO discretionary funds: asking for it (leadership for any ALS, a
//! member for their own), its page with its steps, leadership's steps, the report with
//! actual spending, and its receipts (uploaded and served to leadership and the requester
//! only).

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use chrono::{NaiveDate, Utc};

use super::form::{ReportForm, RequestForm, StepForm, TypedLine};
use super::model::RequestRow;
use super::queries::{self, Taking};
use super::rules::{self, FundStatus, LineCategory, Step};
use super::view::{LineView, RequestView, usd};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::audit::write::Written;
use crate::crop::rules::fiscal_year;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::forms::{Choice, FieldErrors, version};
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "funds/new.html")]
pub struct NewPage {
    pub ctx: PageCtx,
    pub form: RequestForm,
    pub lines: Vec<TypedLine>,
    pub errors: FieldErrors,
    pub als: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub categories: Vec<(String, String)>,
    /// What is left of this fiscal year's budget.
    pub remaining: String,
    /// A member with no ALS cannot ask (a request is for an ALS).
    pub refused: Option<String>,
}

/// The ALSs the person may ask for: any for leadership, their own for a member.
async fn allowed_als(state: &AppState, ctx: &PageCtx) -> AppResult<Vec<(i64, String, String)>> {
    let user = me(ctx)?;
    let all = queries::als_choices(&state.pool).await?;
    if user.role == Role::Leadership {
        return Ok(all);
    }
    let own = crate::crop::queries::member_of_user(&state.pool, user.id)
        .await?
        .and_then(|f| f.als_id);
    Ok(all
        .into_iter()
        .filter(|(id, _, _)| Some(*id) == own)
        .collect())
}

async fn new_page(
    state: &AppState,
    ctx: PageCtx,
    form: RequestForm,
    errors: FieldErrors,
) -> AppResult<NewPage> {
    let lang = ctx.lang;
    let allowed = allowed_als(state, &ctx).await?;
    let mut form = form;
    if allowed.len() == 1 && form.als.is_empty() {
        form.als = allowed[0].0.to_string();
        if form.country.is_empty() {
            form.country = allowed[0].2.clone();
        }
    }
    let fy = fiscal_year(Utc::now().date_naive());
    let (budget, _, _) = queries::budget(&state.pool, fy).await?;
    let committed = queries::committed(&state.pool, fy).await?;
    Ok(NewPage {
        als: allowed
            .iter()
            .map(|(id, name, _)| Choice::new(id.to_string(), name.clone(), &form.als))
            .collect(),
        countries: crate::countries::choices::countries(lang, &state.countries, &form.country),
        categories: LineCategory::ALL
            .iter()
            .map(|c| (c.as_str().to_owned(), lang.t(&c.label_key())))
            .collect(),
        remaining: format!("{} (FY{fy})", usd(rules::remaining(budget, committed))),
        refused: allowed.is_empty().then(|| lang.t("fund-err-no-als")),
        lines: form.typed_lines(),
        form,
        errors,
        ctx,
    })
}

pub async fn new(State(state): State<AppState>, ctx: PageCtx) -> AppResult<NewPage> {
    new_page(&state, ctx, RequestForm::default(), FieldErrors::default()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<RequestForm>,
) -> AppResult<Response> {
    let allowed = allowed_als(&state, &ctx).await?;
    let parsed = form.parse(
        ctx.lang,
        |id| allowed.iter().any(|(a, _, _)| *a == id),
        |c| state.countries.get(c).is_some(),
    );
    let new = match parsed {
        Ok(new) => new,
        Err(errors) => {
            let page = new_page(&state, ctx, form, errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let user = me(&ctx)?;
    let actor = Actor::from(&user);
    let fy = fiscal_year(new.held_on);
    match queries::create_request(
        &state.pool,
        state.site(),
        &actor,
        Some(user.id),
        fy,
        &new,
        Utc::now().date_naive(),
    )
    .await?
    {
        Written::Done(id) => Ok(flash::redirect(
            &format!("/funds/{id}"),
            "flash-fund-submitted",
        )),
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            errors.add("lines", ctx.t(key));
            let page = new_page(&state, ctx, form, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        _ => Err(AppError::NotFound),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "funds/show.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub r: RequestView,
    pub objectives: String,
    pub expected_reach: i64,
    pub approval: String,
    pub decline_reason: String,
    pub achieved: String,
    pub people_reached: String,
    pub lines: Vec<LineView>,
    /// (step, day, note, who)
    pub steps: Vec<(String, String, String, String)>,
    /// Receipts: (id, name, size in KB), for leadership and the requester only.
    pub receipts: Option<Vec<(i64, String, i64)>>,
    /// The steps leadership may take now: (value, label).
    pub next_steps: Vec<(String, String)>,
    /// Whether those include the approval (its date and reference asked) or declining (its
    /// reason asked).
    pub may_approve: bool,
    pub may_decline: bool,
    pub step_form: StepForm,
    pub errors: FieldErrors,
    /// The report form, when the viewer may file it now.
    pub report: Option<ReportForm>,
    /// Each line's label and its actual spending as typed, for the report form.
    pub actual_rows: Vec<(String, String)>,
    pub may_upload: bool,
}

/// The request, if the viewer may see it: leadership and GSE staff all, a member their
/// own. Another's is "not found", so its existence is not given away either. Answers
/// whether the viewer is its requester or leadership (who see its receipts and file it).
async fn visible(state: &AppState, ctx: &PageCtx, id: i64) -> AppResult<(RequestRow, bool)> {
    let user = me(ctx)?;
    let row = queries::request(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = row.requested_by == Some(user.id);
    if !own && user.role < Role::GseStaff {
        return Err(AppError::NotFound);
    }
    Ok((row, own || user.role == Role::Leadership))
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    row: RequestRow,
    may_file: bool,
    step_form: Option<StepForm>,
    report: Option<ReportForm>,
    errors: FieldErrors,
) -> AppResult<ShowPage> {
    let lang = ctx.lang;
    let today = Utc::now().date_naive();
    let lines = queries::lines(&state.pool, row.id).await?;
    let held = row.held_on().is_some_and(|d| d <= today);
    let reportable =
        may_file && held && matches!(row.status, FundStatus::Approved | FundStatus::Reported);
    let report = reportable.then(|| {
        report.unwrap_or_else(|| ReportForm {
            achieved: row.achieved.clone(),
            people_reached: row
                .people_reached
                .map(|n| n.to_string())
                .unwrap_or_default(),
            actual: lines
                .iter()
                .map(|l| {
                    l.actual_cents
                        .map(crate::crop::money::amount_text)
                        .unwrap_or_default()
                })
                .collect(),
            version: row.version.to_string(),
        })
    });
    let receipts = if may_file {
        Some(
            queries::receipts(&state.pool, row.id)
                .await?
                .into_iter()
                .map(|r| (r.id, r.file_name, (r.size + 1023) / 1024))
                .collect(),
        )
    } else {
        None
    };
    let next_steps = if ctx.is_leadership() {
        [Step::Endorse, Step::Approve, Step::Decline, Step::Close]
            .into_iter()
            .filter(|s| s.from().contains(&row.status))
            .map(|s| {
                (
                    s.as_str().to_owned(),
                    lang.t(&format!("fund-step-{}", s.as_str())),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let steps = queries::steps(&state.pool, row.id)
        .await?
        .into_iter()
        .map(|(step, on, note, by)| {
            (
                lang.t(&format!("fund-status-{step}")),
                NaiveDate::parse_from_str(&on, "%Y-%m-%d")
                    .map(|d| lang.date(d))
                    .unwrap_or(on),
                note,
                by.unwrap_or_default(),
            )
        })
        .collect();
    let line_views: Vec<LineView> = lines.iter().map(|l| LineView::new(l, lang)).collect();
    let actual_rows = line_views
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                format!(
                    "{}. {}: {} ({})",
                    i + 1,
                    l.category,
                    l.justification,
                    l.amount
                ),
                report
                    .as_ref()
                    .and_then(|f| f.actual.get(i).cloned())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let may_approve = next_steps.iter().any(|(s, _)| s == "approve");
    let may_decline = next_steps.iter().any(|(s, _)| s == "decline");
    Ok(ShowPage {
        may_approve,
        may_decline,
        r: RequestView::new(&row, lang, &state.countries),
        actual_rows,
        objectives: row.objectives.clone(),
        expected_reach: row.expected_reach,
        approval: match (
            row.approved_on
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            row.approval_ref.is_empty(),
        ) {
            (Some(on), false) => format!("{} · {}", lang.date(on), row.approval_ref),
            _ => String::new(),
        },
        decline_reason: row.decline_reason.clone(),
        achieved: row.achieved.clone(),
        people_reached: row
            .people_reached
            .map(|n| n.to_string())
            .unwrap_or_default(),
        lines: line_views,
        steps,
        receipts,
        next_steps,
        step_form: step_form.unwrap_or_else(|| StepForm {
            version: row.version.to_string(),
            ..StepForm::default()
        }),
        errors,
        may_upload: reportable,
        report,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    let (row, may_file) = visible(&state, &ctx, id).await?;
    show_page(
        &state,
        ctx,
        row,
        may_file,
        None,
        None,
        FieldErrors::default(),
    )
    .await
}

/// The page again after a refused write, saying why.
async fn refused(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    status: StatusCode,
    typed: (Option<StepForm>, Option<ReportForm>),
    errors: FieldErrors,
) -> AppResult<Response> {
    let (row, may_file) = visible(state, &ctx, id).await?;
    let page = show_page(state, ctx, row, may_file, typed.0, typed.1, errors).await?;
    Ok((status, page).into_response())
}

pub async fn step(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let (row, _) = visible(&state, &ctx, id).await?;
    let version = version(&form.version)?;
    let mut errors = FieldErrors::default();
    let step = Step::parse(form.step.trim());
    let approval = match form.approved_on.trim() {
        "" => None,
        t => match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            Ok(d) => Some((d, form.approval_ref.as_str())),
            Err(_) => {
                errors.add("approved_on", ctx.t("err-date-invalid"));
                None
            }
        },
    };
    match step {
        None => errors.add("step", ctx.t("fund-err-step-choose")),
        Some(step) => {
            if let Err(key) = rules::check_step(row.status, step, approval, &form.reason) {
                let field = match key {
                    "fund-err-approval-date" => "approved_on",
                    "fund-err-approval-ref" => "approval_ref",
                    "fund-err-decline-reason" => "reason",
                    _ => "step",
                };
                errors.add(field, ctx.t(key));
            }
        }
    }
    let Some(step) = step.filter(|_| errors.is_empty()) else {
        return refused(
            &state,
            ctx,
            id,
            StatusCode::UNPROCESSABLE_ENTITY,
            (Some(form), None),
            errors,
        )
        .await;
    };
    let actor = Actor::from(&me(&ctx)?);
    let taking = Taking {
        step,
        approval: if step == Step::Approve {
            approval
        } else {
            None
        },
        reason: &form.reason,
        today: Utc::now().date_naive(),
    };
    match queries::take_step(&state.pool, state.site(), &actor, id, version, taking).await? {
        Written::Done(_) => Ok(flash::redirect(&format!("/funds/{id}"), "flash-fund-step")),
        Written::NotFound => Err(AppError::NotFound),
        Written::Conflict(_) => {
            errors.add("step", ctx.t("crop-err-stale"));
            refused(&state, ctx, id, StatusCode::CONFLICT, (None, None), errors).await
        }
        Written::Refused(key) => {
            errors.add("step", ctx.t(key));
            let mut form = form;
            form.version = version.to_string();
            refused(
                &state,
                ctx,
                id,
                StatusCode::CONFLICT,
                (Some(form), None),
                errors,
            )
            .await
        }
    }
}

pub async fn report(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<ReportForm>,
) -> AppResult<Response> {
    let (_, may_file) = visible(&state, &ctx, id).await?;
    if !may_file {
        return Err(AppError::Forbidden("error-403-text"));
    }
    let version = version(&form.version)?;
    let lines = queries::lines(&state.pool, id).await?;
    let new = match form.parse(ctx.lang, &lines) {
        Ok(new) => new,
        Err(errors) => {
            return refused(
                &state,
                ctx,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                (None, Some(form)),
                errors,
            )
            .await;
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    let today = Utc::now().date_naive();
    match queries::file_report(&state.pool, &actor, id, version, &new, today).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/funds/{id}"),
            "flash-fund-report",
        )),
        Written::NotFound => Err(AppError::NotFound),
        result => {
            let mut errors = FieldErrors::default();
            let key = match result {
                Written::Refused(key) => key,
                _ => "crop-err-stale",
            };
            errors.add("achieved", ctx.t(key));
            refused(
                &state,
                ctx,
                id,
                StatusCode::CONFLICT,
                (None, Some(form)),
                errors,
            )
            .await
        }
    }
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let (_, may_file) = visible(&state, &ctx, id).await?;
    if !may_file {
        return Err(AppError::Forbidden("error-403-text"));
    }
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("error-400-text"))?
    {
        // The CSRF token was checked by the middleware before the handler ran; other
        // fields are ignored.
        if field.name() == Some("receipt") {
            // Only the name's last part is kept, and only to show it.
            let name = field
                .file_name()
                .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).to_owned())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| "receipt".to_owned());
            let name: String = name.chars().filter(|c| !c.is_control()).take(200).collect();
            let bytes = field
                .bytes()
                .await
                .map_err(|_| AppError::BadRequest("error-400-text"))?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let (name, bytes) = file.unwrap_or_default();
    let content_type = match rules::check_receipt(&bytes) {
        Ok(t) => t,
        Err(key) => {
            let mut errors = FieldErrors::default();
            errors.add("receipt", ctx.t(key));
            return refused(
                &state,
                ctx,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                (None, None),
                errors,
            )
            .await;
        }
    };
    let actor = Actor::from(&me(&ctx)?);
    match queries::add_receipt(
        &state.pool,
        &actor,
        id,
        (&name, content_type),
        &bytes,
        Utc::now().date_naive(),
    )
    .await?
    {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/funds/{id}#receipts"),
            "flash-fund-receipt",
        )),
        Written::NotFound => Err(AppError::NotFound),
        _ => {
            let mut errors = FieldErrors::default();
            errors.add("receipt", ctx.t("fund-err-receipt-not-now"));
            refused(&state, ctx, id, StatusCode::CONFLICT, (None, None), errors).await
        }
    }
}

/// A receipt, to leadership and the requester only; sent as a download, never rendered
/// inline on the site's origin.
pub async fn receipt(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(receipt): Path<i64>,
) -> AppResult<Response> {
    let (request_id, name, content_type, bytes) = queries::receipt_file(&state.pool, receipt)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, may_file) = visible(&state, &ctx, request_id).await?;
    if !may_file {
        return Err(AppError::NotFound);
    }
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    Response::builder()
        .header(header::CONTENT_TYPE, content_type)
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{ascii}\""),
        )
        .header(header::CACHE_CONTROL, "private, no-store")
        .header("x-content-type-options", "nosniff")
        .body(Body::from(bytes))
        .map_err(|_| AppError::NotFound)
}
