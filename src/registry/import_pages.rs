//! Pages of the ALS and member imports (upload, preview, confirm) and their exports: the
//! same steps as the events import, for the registry's spreadsheets.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use super::csv_import::{self, Kind, Parsed, Row};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::events::{import, queries as batches};
use crate::state::AppState;
use crate::web::import::Confirmed;
use crate::web::{PageCtx, csrf, flash};

#[derive(Template, WebTemplate)]
#[template(path = "registry/import.html")]
pub struct UploadPage {
    pub ctx: PageCtx,
    pub kind: &'static str,
    pub error: Option<String>,
    pub columns: String,
    pub title: String,
    pub columns_help: String,
}

fn upload_page(ctx: PageCtx, kind: Kind, error: Option<String>) -> UploadPage {
    let (title, help) = match kind {
        Kind::Als => ("registry-import-title-als", "registry-import-columns-als"),
        Kind::Members => (
            "registry-import-title-members",
            "registry-import-columns-members",
        ),
    };
    UploadPage {
        title: ctx.t(title),
        columns_help: ctx.t(help),
        kind: kind.as_str(),
        error,
        columns: kind.columns().join(", "),
        ctx,
    }
}

pub async fn als_form(ctx: PageCtx) -> UploadPage {
    upload_page(ctx, Kind::Als, None)
}

pub async fn members_form(ctx: PageCtx) -> UploadPage {
    upload_page(ctx, Kind::Members, None)
}

pub async fn als_upload(
    state: State<AppState>,
    ctx: PageCtx,
    multipart: Multipart,
) -> AppResult<Response> {
    upload(state, ctx, multipart, Kind::Als).await
}

pub async fn members_upload(
    state: State<AppState>,
    ctx: PageCtx,
    multipart: Multipart,
) -> AppResult<Response> {
    upload(state, ctx, multipart, Kind::Members).await
}

fn base(kind: Kind) -> &'static str {
    match kind {
        Kind::Als => "/als",
        Kind::Members => "/members",
    }
}

async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    mut multipart: Multipart,
    kind: Kind,
) -> AppResult<Response> {
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("error-400-text"))?
    {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("registry.csv").to_owned();
            let bytes = field
                .bytes()
                .await
                .map_err(|_| AppError::BadRequest("error-400-text"))?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let refuse = |ctx: PageCtx, message: String| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            upload_page(ctx, kind, Some(message)),
        )
            .into_response()
    };
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Ok(refuse(ctx.clone(), ctx.t("import-err-no-file")));
    };
    let text = match import::decode(&bytes) {
        Ok(text) => text,
        Err(e) => return Ok(refuse(ctx.clone(), e.explain(ctx.lang))),
    };
    let mut conn = state.pool.acquire().await?;
    if let Err(e) = csv_import::analyse(&mut conn, kind, &text, &state.countries).await {
        return Ok(refuse(ctx.clone(), e.explain(ctx.lang, kind)));
    }
    let token = csrf::random_token();
    let filename: String = filename.chars().take(200).collect();
    batches::save_batch(&mut conn, kind.as_str(), &token, &filename, &text, None).await?;
    Ok(Redirect::to(&format!("{}/import/{token}", base(kind))).into_response())
}

pub struct PreviewRow {
    pub line: u64,
    pub name: String,
    pub ok: bool,
    pub notes: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/import_preview.html")]
pub struct PreviewPage {
    pub ctx: PageCtx,
    pub kind: &'static str,
    pub token: String,
    pub filename: String,
    pub rows: Vec<PreviewRow>,
    pub error_count: usize,
}

async fn load(state: &AppState, kind: Kind, token: &str) -> AppResult<(String, Vec<Row>)> {
    if !csrf::is_random_token(token) {
        return Err(AppError::NotFound);
    }
    let mut conn = state.pool.acquire().await?;
    let batch = batches::load_batch(&mut conn, kind.as_str(), token)
        .await?
        .ok_or(AppError::Conflict("import-gone"))?;
    let rows = csv_import::analyse(&mut conn, kind, &batch.content, &state.countries)
        .await
        .map_err(|_| AppError::Conflict("import-gone"))?;
    Ok((batch.filename, rows))
}

async fn preview(
    state: AppState,
    ctx: PageCtx,
    kind: Kind,
    token: String,
) -> AppResult<PreviewPage> {
    let (filename, rows) = load(&state, kind, &token).await?;
    let lang = ctx.lang;
    let country_name = |iso: &str| {
        state
            .countries
            .get(iso)
            .map_or(iso.to_owned(), |c| c.name(lang).to_owned())
    };
    let preview = rows
        .iter()
        .map(|r| PreviewRow {
            line: r.line,
            name: r.name.clone(),
            ok: r.result.is_ok(),
            notes: match &r.result {
                Ok(Parsed::Als(a, status)) => vec![format!(
                    "{} · {}",
                    country_name(&a.country),
                    lang.t(&status.label_key())
                )],
                Ok(Parsed::Member(m)) => vec![format!(
                    "{} · {}",
                    country_name(&m.country),
                    m.email
                        .as_ref()
                        .map_or("—".to_owned(), |e| e.as_entered().to_owned())
                )],
                Err(errors) => errors.iter().map(|e| e.explain(lang)).collect(),
            },
        })
        .collect();
    Ok(PreviewPage {
        kind: kind.as_str(),
        error_count: csv_import::error_count(&rows),
        rows: preview,
        filename,
        token,
        ctx,
    })
}

pub async fn als_preview(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<PreviewPage> {
    preview(state, ctx, Kind::Als, token).await
}

pub async fn members_preview(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<PreviewPage> {
    preview(state, ctx, Kind::Members, token).await
}

async fn confirm(state: AppState, ctx: PageCtx, kind: Kind, token: String) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let count =
        match csv_import::confirm(&state.pool, &actor, kind, &token, &state.countries).await? {
            Confirmed::Imported { count, .. } => count,
            Confirmed::HasErrors => {
                return Ok(flash::redirect(
                    &format!("{}/import/{token}", base(kind)),
                    "flash-import-has-errors",
                ));
            }
            Confirmed::Gone => return Err(AppError::Conflict("import-gone")),
        };
    let to = match kind {
        Kind::Als => "/als?status=all",
        Kind::Members => "/members",
    };
    Ok(flash::redirect_with_count(
        to,
        "flash-imported-rows",
        Some(count as u64),
    ))
}

pub async fn als_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    confirm(state, ctx, Kind::Als, token).await
}

pub async fn members_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    confirm(state, ctx, Kind::Members, token).await
}

async fn export(state: AppState, kind: Kind) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let body = csv_import::export(&mut conn, kind).await?;
    let today = Utc::now().date_naive();
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"lacralo-{}-{today}.csv\"",
                    kind.as_str()
                ),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}

pub async fn als_export(State(state): State<AppState>) -> AppResult<Response> {
    export(state, Kind::Als).await
}

pub async fn members_export(State(state): State<AppState>) -> AppResult<Response> {
    export(state, Kind::Members).await
}
