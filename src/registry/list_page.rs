//! The ALS list (filtered by status, place and name, with the map of coverage) and
//! the dated list of active ALSs (`/als.csv`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use super::model::{AlsStatus, AlsSummary, EngagementKind};
use super::queries::{self, AlsFilter};
use crate::countries::PlaceFilter;
use crate::countries::choices;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{Choice, choices};
use crate::web::pager::Pager;
use crate::web::{Lang, PageCtx};

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
        let status = a.status;
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
                a.status.as_str(),
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
