//! Reading pages: the schedule (upcoming and past, in the viewer's zone), a webinar's
//! page, and the iCalendar files.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use chrono::Utc;
use serde::Deserialize;

use super::model::{Programme, WebinarLanguage, WebinarRow};
use super::queries::{self, AttendeeRow, WebinarFilter};
use super::view::{WebinarView, is_past};
use super::zones::ViewerZone;
use crate::countries::choices::{ZoneChoices, time_zones};
use crate::error::{AppError, AppResult};
use crate::events::ics::{FeedOptions, feed_with};
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::forms::{Choice, choices};
use crate::web::pager::Pager;

/// The schedule's filters as they come in the URL; anything unknown is refused (400)
/// rather than silently ignored.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct FilterQuery {
    pub programme: String,
    pub topic: String,
    pub language: String,
    pub year: String,
}

/// The page of past webinars (`Pager`), beside the filters in the URL: not a filter, so
/// neither in `FilterQuery::pairs` (the zone form) nor in the calendar feed's link.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: String,
}

impl FilterQuery {
    pub fn parse(&self) -> AppResult<WebinarFilter> {
        let bad = || AppError::BadRequest("error-400-text");
        let optional = |v: &str| (!v.trim().is_empty()).then(|| v.trim().to_owned());
        Ok(WebinarFilter {
            id: None,
            programme: optional(&self.programme)
                .map(|p| Programme::parse(&p).ok_or_else(bad))
                .transpose()?,
            topic: optional(&self.topic)
                .map(|t| t.parse().map_err(|_| bad()))
                .transpose()?,
            language: optional(&self.language)
                .map(|l| WebinarLanguage::parse(&l).ok_or_else(bad))
                .transpose()?,
            year: optional(&self.year)
                .map(|y| y.parse().map_err(|_| bad()))
                .transpose()?,
            since_year: None,
        })
    }

    /// The filters as a query string, to carry into other links.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.pairs() {
            out.append_pair(k, &v);
        }
        out.finish()
    }

    /// The filters that are set, as name/value pairs (hidden fields of the zone form).
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("programme", &self.programme),
            ("topic", &self.topic),
            ("language", &self.language),
            ("year", &self.year),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k, v.trim().to_owned()))
        .collect()
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "webinars/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    /// Every upcoming webinar, on the first page only (empty on the others).
    pub upcoming: Vec<WebinarView>,
    pub upcoming_total: usize,
    /// One page of the past webinars, the most recent first.
    pub past: Vec<WebinarView>,
    pub past_total: i64,
    /// Pages of the past webinars.
    pub pager: Pager,
    pub programmes: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub years: Vec<Choice>,
    pub zones: ZoneChoices,
    pub viewer_zone: String,
    pub zone_is_default: bool,
    pub filters: Vec<(&'static str, String)>,
    pub filter_query: String,
    pub filtered: bool,
    /// The subscription to these filters, rolling on from last year.
    pub feed: crate::web::FeedLinks,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: ViewerZone,
    jar: CookieJar,
    Query(query): Query<FilterQuery>,
    Query(page): Query<PageQuery>,
) -> AppResult<Response> {
    let filter = query.parse()?;
    let asked = Pager::parse(&page.page)?;
    let rows = queries::list(&state.pool, &filter).await?;
    let lang = ctx.lang;
    let now = Utc::now();
    // Pages: the upcoming webinars are few at any time and all shown, at the top of the
    // first page; `page=` walks the past ones, the most recent first (what people look
    // for), 100 a page. Which are past is decided per row (it depends on each webinar's
    // own zone), so only a page's rows become views.
    let (mut past_rows, upcoming_rows): (Vec<&WebinarRow>, Vec<&WebinarRow>) =
        rows.iter().partition(|r| is_past(r, now));
    past_rows.reverse();
    let pager = Pager::new(
        lang,
        asked,
        past_rows.len() as i64,
        "/webinars",
        &query.to_query(),
    );
    let view = |r: &&WebinarRow| WebinarView::new(r, lang, viewer.zone, now);
    let upcoming_total = upcoming_rows.len();
    let upcoming = if pager.page == 1 {
        upcoming_rows.iter().map(view).collect()
    } else {
        Vec::new()
    };
    let past = pager.page_of(&past_rows).map(view).collect();
    let topics = queries::topics(&state.pool).await?;
    let topic_choices = topics
        .iter()
        .map(|t| {
            Choice::new(
                t.id.to_string(),
                format!(
                    "{} — {}",
                    lang.t(&Programme::parse(&t.programme)
                        .unwrap_or(Programme::Other)
                        .label_key()),
                    t.label(lang)
                ),
                &query.topic,
            )
        })
        .collect();
    let years = queries::years(&state.pool)
        .await?
        .into_iter()
        .map(|y| Choice::new(y.to_string(), y.to_string(), &query.year))
        .collect();
    let page = ListPage {
        upcoming,
        upcoming_total,
        past,
        past_total: pager.total,
        pager,
        programmes: choices(lang, "programme", Programme::VALUES, &query.programme),
        topics: topic_choices,
        languages: choices(
            lang,
            "webinar-language",
            WebinarLanguage::VALUES,
            &query.language,
        ),
        years,
        zones: time_zones(ctx.lang, viewer.zone.name()),
        viewer_zone: viewer.zone.name().to_owned(),
        zone_is_default: viewer.is_default(),
        filters: query.pairs(),
        feed: crate::web::FeedLinks::new(&state.settings.base_url, &{
            let rolling = FilterQuery {
                year: String::new(),
                ..query.clone()
            }
            .to_query();
            if rolling.is_empty() {
                "/webinars.ics".to_owned()
            } else {
                format!("/webinars.ics?{rolling}")
            }
        }),
        filter_query: query.to_query(),
        filtered: !query.pairs().is_empty(),
        ctx,
    };
    Ok((viewer.remember(jar), page).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "webinars/show.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub webinar: WebinarView,
    pub zones: ZoneChoices,
    pub viewer_zone: String,
    pub zone_is_default: bool,
    /// Named attendees: people, so only for GSE staff and leadership.
    pub attendees: Vec<AttendeeRow>,
    pub can_see_attendees: bool,
    /// No list filters here; the zone form shares the list's template.
    pub filters: Vec<(&'static str, String)>,
    /// Whether the viewer follows it (reminders before it starts); `None`: nobody logged in.
    pub following: Option<bool>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: ViewerZone,
    jar: CookieJar,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let can_see_attendees = ctx.can_edit_events();
    let attendees = if can_see_attendees {
        queries::attendees(&state.pool, id).await?
    } else {
        Vec::new()
    };
    let following = match &ctx.user {
        Some(user) => Some(crate::events::follows::follows_event(&state.pool, user.id, id).await?),
        None => None,
    };
    let page = ShowPage {
        following,
        webinar: WebinarView::new(&row, ctx.lang, viewer.zone, Utc::now()),
        zones: time_zones(ctx.lang, viewer.zone.name()),
        viewer_zone: viewer.zone.name().to_owned(),
        zone_is_default: viewer.is_default(),
        attendees,
        can_see_attendees,
        filters: Vec::new(),
        ctx,
    };
    Ok((viewer.remember(jar), page).into_response())
}

fn calendar_file(rows: &[WebinarRow], state: &AppState, ctx: &PageCtx, name: &str) -> Response {
    let events: Vec<_> = rows.iter().map(|r| r.event.clone()).collect();
    let options = FeedOptions {
        name: ctx.t("webinar-ics-name"),
        page_prefix: "/webinars",
        durations: rows
            .iter()
            .filter_map(|r| r.duration_minutes.map(|d| (r.event.id, d)))
            .collect(),
        extra: Vec::new(),
        // A webinar is never an occurrence of a series (the forms refuse it).
        series: Default::default(),
    };
    let body = feed_with(
        &events,
        &options,
        &state.settings.base_url,
        ctx.lang,
        &state.countries,
    );
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// The whole schedule (with the list's filters) as a calendar to subscribe to.
pub async fn ics_feed(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<FilterQuery>,
) -> AppResult<Response> {
    let mut filter = query.parse()?;
    if filter.year.is_none() {
        // Every year: from last year on, as the events feed (a subscription rolls on).
        filter.since_year = Some(i64::from(chrono::Datelike::year(&Utc::now())) - 1);
    }
    let rows = queries::list(&state.pool, &filter).await?;
    Ok(calendar_file(&rows, &state, &ctx, "webinars.ics"))
}

/// One webinar, to add to one's calendar.
pub async fn ics_one(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(calendar_file(
        std::slice::from_ref(&row),
        &state,
        &ctx,
        &format!("webinar-{id}.ics"),
    ))
}
