//! The printable English view of a trip assessment: ICANN requires the assessment in
//! English, whatever language the traveller wrote it in, so this page is always English
//! (its labels, dates and the English version), and says plainly when the English version
//! is missing.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};

use super::applications::visible;
use super::view::ApplicationView;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{Lang, PageCtx};

#[derive(Template, WebTemplate)]
#[template(path = "crop/assessment_print.html")]
pub struct AssessmentPrint {
    /// The viewer's page, in English.
    pub ctx: PageCtx,
    pub a: ApplicationView,
    /// "March 9, 2027 – March 13, 2027".
    pub trip: String,
    /// Written in English: the answers themselves are the English assessment.
    pub written_in_english: bool,
}

pub async fn print(
    State(state): State<AppState>,
    mut ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<AssessmentPrint> {
    let (row, _) = visible(&state, &ctx, id).await?;
    if row.report_filed_at.is_none() {
        return Err(AppError::NotFound);
    }
    let en = Lang::from_code("en").unwrap_or_default();
    ctx.lang = en;
    let trip = match (row.departure_on(), row.return_on()) {
        (Some(d), Some(r)) => format!("{} – {}", en.date(d), en.date(r)),
        _ => String::new(),
    };
    Ok(AssessmentPrint {
        a: ApplicationView::new(&row, en, &state.countries),
        trip,
        written_in_english: row.report_language == "en",
        ctx,
    })
}
