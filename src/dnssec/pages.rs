//! The pipeline's pages for GSE staff: the list and the board (one column per stage), a
//! contact's page with its stage history, and moving a contact to another stage.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::form::{self, FormOptions};
use super::model::Stage;
use super::queries::{self, ContactFilter, Written};
use super::rules::{self, Facts, Move};
use super::view::ContactView;
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::PlaceFilter;
use crate::countries::choices;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::i18n::timestamp;
use crate::web::{PageCtx, flash};

/// The list's query string as sent: every filter optional and unparsed.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub country: String,
    pub subregion: String,
    pub stage: String,
    pub als: String,
    pub owner: String,
    pub q: String,
    /// `board` for the board; anything else is the table.
    pub view: String,
}

impl ListQuery {
    /// The filter; a value that cannot be one (a link edited by hand) is a bad request.
    pub fn parse(&self, state: &AppState) -> AppResult<ContactFilter> {
        let bad = || AppError::BadRequest("error-filter-text");
        let id = |s: &str| -> AppResult<Option<i64>> {
            match s.trim() {
                "" => Ok(None),
                s => s.parse().map(Some).map_err(|_| bad()),
            }
        };
        let PlaceFilter { country, subregion } =
            PlaceFilter::parse(&state.countries, &self.country, &self.subregion)
                .map_err(|_| bad())?;
        let stage = match self.stage.trim() {
            "" => None,
            s => Some(Stage::parse(s).ok_or_else(bad)?),
        };
        let q = self.q.trim();
        Ok(ContactFilter {
            id: None,
            country,
            subregion,
            stage,
            als_id: id(&self.als)?,
            owner_id: id(&self.owner)?,
            q: Some(q.to_owned()).filter(|q| !q.is_empty() && q.chars().count() <= 200),
        })
    }

    pub fn is_board(&self) -> bool {
        self.view == "board"
    }

    /// The filters as a query string (without the view), for links between the views.
    pub fn filters_query(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("country", &self.country),
            ("subregion", &self.subregion),
            ("stage", &self.stage),
            ("als", &self.als),
            ("owner", &self.owner),
            ("q", &self.q),
        ] {
            if !v.trim().is_empty() {
                s.append_pair(k, v.trim());
            }
        }
        s.finish()
    }

    fn href(&self, board: bool) -> String {
        let filters = self.filters_query();
        match (board, filters.is_empty()) {
            (true, true) => "/dnssec?view=board".to_owned(),
            (true, false) => format!("/dnssec?view=board&{filters}"),
            (false, true) => "/dnssec".to_owned(),
            (false, false) => format!("/dnssec?{filters}"),
        }
    }
}

pub struct BoardColumn {
    pub stage: &'static str,
    pub label: String,
    pub cards: Vec<ContactView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "dnssec/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub board: bool,
    pub count: i64,
    pub contacts: Vec<ContactView>,
    pub columns: Vec<BoardColumn>,
    pub countries: Vec<Choice>,
    pub subregions: Vec<Choice>,
    pub stages: Vec<Choice>,
    pub als: Vec<Choice>,
    pub owners: Vec<Choice>,
    pub q: String,
    pub table_href: String,
    pub board_href: String,
    /// This view with its filters: where the board's buttons come back to.
    pub here: String,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ListQuery>,
) -> AppResult<ListPage> {
    let filter = q.parse(&state)?;
    let lang = ctx.lang;
    let rows = queries::list(&state.pool, &filter).await?;
    // The filters offer ALSs and owners; the events are the form's only.
    let options = FormOptions {
        als: queries::als_choices(&state.pool, None).await?,
        owners: queries::owner_choices(&state.pool, None).await?,
        events: Vec::new(),
    };
    let views: Vec<ContactView> = rows
        .iter()
        .map(|c| ContactView::new(c, lang, &state.countries))
        .collect();
    let board = q.is_board();
    let (contacts, columns) = if board {
        let mut columns: Vec<BoardColumn> = Stage::ALL
            .iter()
            .map(|s| BoardColumn {
                stage: s.as_str(),
                label: lang.t(&s.label_key()),
                cards: Vec::new(),
            })
            .collect();
        for v in views {
            if let Some(col) = columns.iter_mut().find(|c| c.stage == v.stage) {
                col.cards.push(v);
            }
        }
        (Vec::new(), columns)
    } else {
        (views, Vec::new())
    };
    Ok(ListPage {
        board,
        count: rows.len() as i64,
        contacts,
        columns,
        countries: choices::countries(lang, &state.countries, &q.country.to_ascii_uppercase()),
        subregions: choices::subregions(lang, &q.subregion.to_ascii_uppercase()),
        stages: form::stages(lang, q.stage.trim()),
        als: options.als_choices(lang, &state.countries, q.als.trim()),
        owners: options.owner_choices(q.owner.trim()),
        q: q.q.clone(),
        table_href: q.href(false),
        board_href: q.href(true),
        here: q.href(board),
        ctx,
    })
}

pub struct HistoryEntry {
    pub when: String,
    /// Empty for the stage the contact was added at.
    pub from: String,
    pub to: String,
    pub reason: String,
    pub who: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "dnssec/show.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub contact: ContactView,
    pub history: Vec<HistoryEntry>,
    pub stage_choices: Vec<Choice>,
    pub errors: FieldErrors,
    pub reason: String,
}

/// The contact's page; `chosen` and `reason` are what the stage form had, when it comes back.
async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    errors: FieldErrors,
    chosen: Option<&str>,
    reason: String,
) -> AppResult<ShowPage> {
    let lang = ctx.lang;
    let summary = queries::details(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let label = |s: &str| Stage::parse(s).map_or(s.to_owned(), |st| lang.t(&st.label_key()));
    let history = queries::history(&state.pool, id)
        .await?
        .into_iter()
        .map(|h| HistoryEntry {
            when: timestamp(&h.changed_at, lang),
            from: h.from_stage.as_deref().map(label).unwrap_or_default(),
            to: label(&h.to_stage),
            reason: h.reason,
            who: h.changed_by.unwrap_or_default(),
        })
        .collect();
    let contact = ContactView::new(&summary, lang, &state.countries);
    let chosen = chosen.unwrap_or(contact.stage);
    Ok(ShowPage {
        stage_choices: form::stages(lang, chosen),
        contact,
        history,
        errors,
        reason,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    show_page(&state, ctx, id, FieldErrors::default(), None, String::new()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StageForm {
    pub stage: String,
    pub reason: String,
    /// The version of the contact the page showed: a move decided on a stale page is refused.
    pub version: String,
    /// Where to go afterwards (the board the button was on); the contact's page otherwise.
    pub back: String,
}

/// Only a view of our own list: never an address elsewhere.
fn safe_back(to: &str) -> Option<String> {
    let ours = to == "/dnssec" || to.starts_with("/dnssec?");
    (ours && !to.contains(['\r', '\n', '\\'])).then(|| to.to_owned())
}

pub async fn change_stage(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<StageForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let current = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let refused =
        async |ctx: PageCtx, status: StatusCode, errors: FieldErrors| -> AppResult<Response> {
            let page = show_page(
                &state,
                ctx,
                id,
                errors,
                Some(form.stage.trim()),
                form.reason.clone(),
            )
            .await?;
            Ok((status, page).into_response())
        };
    if form.version.trim().parse::<i64>().ok() != Some(current.version) {
        let mut errors = FieldErrors::default();
        errors.add("stage", lang.t("dnssec-err-stage-conflict"));
        return refused(ctx, StatusCode::CONFLICT, errors).await;
    }
    let mut errors = FieldErrors::default();
    let Some(to) = Stage::parse(form.stage.trim()) else {
        errors.add("stage", lang.t("err-choose-from-list"));
        return refused(ctx, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    };
    let movement = form::check_reason(current.stage(), to, &form.reason, lang, &mut errors);
    let missing: Vec<String> = rules::missing(to, &Facts::of_row(&current))
        .iter()
        .map(|e| lang.t(e.key))
        .collect();
    if !missing.is_empty() {
        errors.add("stage", missing.join(" "));
    }
    if !errors.is_empty() {
        return refused(ctx, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    }
    let back = safe_back(form.back.trim()).unwrap_or_else(|| format!("/dnssec/{id}"));
    if movement == Some(Move::Same) {
        return Ok(flash::redirect(&back, "flash-dnssec-stage-unchanged"));
    }
    match queries::change_stage(&state.pool, &actor, id, current.version, to, &form.reason).await? {
        Written::Done(_) => {
            tracing::info!(contact_id = id, stage = to.as_str(), "dnssec stage changed");
            Ok(flash::redirect(&back, "flash-dnssec-stage-changed"))
        }
        Written::Conflict(_) => {
            let mut errors = FieldErrors::default();
            errors.add("stage", lang.t("dnssec-err-stage-conflict"));
            refused(ctx, StatusCode::CONFLICT, errors).await
        }
        Written::NotFound | Written::Refused(_) => Err(AppError::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_list_is_a_place_to_come_back_to() {
        assert_eq!(safe_back("/dnssec").as_deref(), Some("/dnssec"));
        assert_eq!(
            safe_back("/dnssec?view=board&country=AR").as_deref(),
            Some("/dnssec?view=board&country=AR")
        );
        for bad in [
            "",
            "https://evil.example",
            "//evil.example",
            "/dnssecx",
            "/dnssec?\r\nX: y",
            "/als",
        ] {
            assert_eq!(safe_back(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn links_between_views_keep_the_filters() {
        let q = ListQuery {
            country: "AR".into(),
            q: "fibra sur".into(),
            view: "board".into(),
            ..Default::default()
        };
        assert_eq!(q.href(false), "/dnssec?country=AR&q=fibra+sur");
        assert_eq!(q.href(true), "/dnssec?view=board&country=AR&q=fibra+sur");
        let none = ListQuery::default();
        assert_eq!(none.href(false), "/dnssec");
        assert_eq!(none.href(true), "/dnssec?view=board");
    }
}
