//! The import pages: upload a CSV, see every row checked, confirm to import.
//! The upload is kept in `import_batches` between the preview and the confirmation, so
//! the preview is an ordinary page (POST, redirect, GET) and the file is read once.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sqlx::SqliteConnection;

use super::import::{self, Analysis, FileError};
use super::queries::{self, Batch};
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::import::Confirmed;
use crate::web::{PageCtx, csrf, flash};

#[derive(Template, WebTemplate)]
#[template(path = "events/import.html")]
pub struct UploadPage {
    pub ctx: PageCtx,
    pub error: Option<String>,
    pub list_year: String,
    pub columns: String,
}

impl UploadPage {
    fn new(ctx: PageCtx, error: Option<String>, list_year: String) -> Self {
        Self {
            ctx,
            error,
            list_year,
            columns: import::COLUMNS.join(", "),
        }
    }
}

pub async fn upload_form(ctx: PageCtx) -> UploadPage {
    UploadPage::new(ctx, None, String::new())
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut list_year = String::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("error-400-text"))?
    {
        match field.name() {
            Some("file") => {
                let name = field.file_name().unwrap_or("events.csv").to_owned();
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|_| AppError::BadRequest("error-400-text"))?;
                file = Some((name, bytes.to_vec()));
            }
            Some("list_year") => {
                list_year = field.text().await.unwrap_or_default().trim().to_owned();
            }
            // The CSRF token was checked by the middleware before the handler ran.
            Some(csrf::FIELD) | None | Some(_) => {}
        }
    }
    let refuse = |ctx: PageCtx, message: String, list_year: String| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            UploadPage::new(ctx, Some(message), list_year),
        )
            .into_response()
    };
    let year = match list_year.as_str() {
        "" => None,
        y => match y.parse::<i32>() {
            Ok(y) if (1990..=2200).contains(&y) => Some(y),
            _ => return Ok(refuse(ctx.clone(), ctx.t("err-year-range"), list_year)),
        },
    };
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Ok(refuse(ctx.clone(), ctx.t("import-err-no-file"), list_year));
    };
    let text = match import::decode(&bytes) {
        Ok(text) => text,
        Err(e) => return Ok(refuse(ctx.clone(), e.explain(ctx.lang), list_year)),
    };
    // Read the file through once now, so a file that cannot be a list of events is
    // refused here, with the form, rather than on the preview.
    let mut conn = state.pool.acquire().await?;
    if let Err(e) = import::analyse(&mut conn, &text, year, &state.countries).await {
        return Ok(refuse(ctx.clone(), e.explain(ctx.lang), list_year));
    }
    let token = csrf::random_token();
    let filename: String = filename.chars().take(200).collect();
    queries::save_batch(&mut conn, "events", &token, &filename, &text, year).await?;
    Ok(axum::response::Redirect::to(&format!("/events/import/{token}")).into_response())
}

async fn load_batch(conn: &mut SqliteConnection, token: &str) -> AppResult<Batch> {
    if !csrf::is_random_token(token) {
        return Err(AppError::NotFound);
    }
    queries::load_batch(conn, "events", token)
        .await?
        .ok_or(AppError::Conflict("import-gone"))
}

pub struct PreviewRow {
    pub line: u64,
    pub title: String,
    pub written_date: String,
    pub ok: bool,
    pub dates: String,
    pub country: String,
    pub kind: String,
    pub notes: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "events/preview.html")]
pub struct PreviewPage {
    pub ctx: PageCtx,
    pub token: String,
    pub filename: String,
    pub rows: Vec<PreviewRow>,
    pub error_count: usize,
    pub flagged_count: usize,
    pub importable: bool,
}

fn preview_rows(analysis: &Analysis, ctx: &PageCtx, state: &AppState) -> Vec<PreviewRow> {
    let lang = ctx.lang;
    analysis
        .rows
        .iter()
        .map(|row| match &row.result {
            Ok((event, _)) => PreviewRow {
                line: row.line,
                title: row.title.clone(),
                written_date: row.written_date.clone(),
                ok: true,
                dates: event.dates.display(lang),
                country: event
                    .country
                    .as_deref()
                    .and_then(|c| state.countries.get(c))
                    .map(|c| c.name(lang).to_owned())
                    .unwrap_or_default(),
                kind: lang.t(&event.kind.label_key()),
                notes: row
                    .flags()
                    .iter()
                    .map(|f| f.explain(lang, &state.countries))
                    .collect(),
            },
            Err(errors) => PreviewRow {
                line: row.line,
                title: row.title.clone(),
                written_date: row.written_date.clone(),
                ok: false,
                dates: String::new(),
                country: String::new(),
                kind: String::new(),
                notes: errors.iter().map(|e| e.explain(lang)).collect(),
            },
        })
        .collect()
}

pub async fn preview(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<PreviewPage> {
    let mut conn = state.pool.acquire().await?;
    let batch = load_batch(&mut conn, &token).await?;
    let year = batch.list_year.and_then(|y| i32::try_from(y).ok());
    let analysis = import::analyse(&mut conn, &batch.content, year, &state.countries)
        .await
        .map_err(|_: FileError| AppError::Conflict("import-gone"))?;
    Ok(PreviewPage {
        rows: preview_rows(&analysis, &ctx, &state),
        error_count: analysis.error_count(),
        flagged_count: analysis.flagged_count(),
        importable: analysis.is_importable(),
        filename: batch.filename,
        token,
        ctx,
    })
}

/// Imports every row, or none: the rows are checked again inside the transaction, since
/// the database may have changed since the preview (an event with the same UID).
pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let actor = Actor::from(&crate::accounts::account::me(&ctx)?);
    if !csrf::is_random_token(&token) {
        return Err(AppError::NotFound);
    }
    let (count, flagged) =
        match import::confirm(&state.pool, &actor, &token, &state.countries).await? {
            Confirmed::Imported { count, flagged } => (count, flagged),
            Confirmed::HasErrors => {
                return Ok(flash::redirect(
                    &format!("/events/import/{token}"),
                    "flash-import-has-errors",
                ));
            }
            Confirmed::Gone => return Err(AppError::Conflict("import-gone")),
        };
    tracing::info!(count, "events imported");
    let to = if flagged > 0 {
        "/events?year=all&review=1"
    } else {
        "/events?year=all"
    };
    Ok(flash::redirect_with_count(
        to,
        "flash-imported",
        Some(count as u64),
    ))
}
