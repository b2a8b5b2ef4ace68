//! Reading pages: the list grouped by month, the month grid, and an event's page.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use chrono::{Datelike, Utc};
use serde::Deserialize;

use super::calendar::{self, MonthGrid};
use super::dates::EventDates;
use super::filters::{FilterQuery, ListFilter};
use super::model::{EventRow, EventStatus};
use super::options;
use super::queries;
use super::series::SeriesRow;
use super::view::{EventView, SeriesView};
use crate::countries::choices;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::forms::Choice;
use crate::web::i18n::timestamp;
use crate::web::pager::Pager;

pub struct Group {
    pub heading: String,
    pub anchor: String,
    pub undated: bool,
    /// A month's events known only by their month: "sometime this month", at its top.
    pub sometime: Vec<EventView>,
    pub events: Vec<EventView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "events/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub filter: ListFilter,
    pub q: String,
    pub groups: Vec<Group>,
    pub total: i64,
    pub pager: Pager,
    pub review_count: i64,
    pub years: Vec<Choice>,
    pub months: Vec<Choice>,
    pub relevances: Vec<Choice>,
    pub kinds: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub subregions: Vec<Choice>,
    pub query: String,
    pub return_to: String,
    /// The subscription to these filters, rolling on from last year.
    pub feed: crate::web::FeedLinks,
}

impl ListPage {
    /// The filters in force, in words ("2027 · Caribbean · “forum”"), for the line that
    /// stands for the folded filters on a phone.
    pub fn filters_in_force(&self) -> String {
        let chosen = |choices: &[Choice]| {
            choices
                .iter()
                .find(|c| c.selected && !c.value.is_empty())
                .map(|c| c.label.clone())
        };
        let mut parts: Vec<String> = [
            chosen(&self.years),
            chosen(&self.months),
            chosen(&self.relevances),
            chosen(&self.kinds),
            chosen(&self.countries),
            chosen(&self.subregions),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !self.q.is_empty() {
            parts.push(format!("“{}”", self.q));
        }
        if self.filter.needs_review {
            parts.push(self.ctx.t("filter-needs-review"));
        }
        parts.join(" · ")
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<FilterQuery>,
) -> AppResult<ListPage> {
    let mut filter = query.parse(&state.countries)?;
    let years = queries::years(&state.pool).await?;
    if query.year.trim().is_empty() {
        filter.year = default_year(&years);
    }
    let total = queries::count(&state.pool, &filter).await?;
    let pager = Pager::new(
        ctx.lang,
        Pager::parse(&query.page)?,
        total,
        "/events",
        &filter.to_query(),
    );
    let rows = queries::list(&state.pool, &filter, Some(pager.window())).await?;
    let review_count = queries::count_needing_review(&state.pool).await?;
    let lang = ctx.lang;
    let current = |v: Option<String>| v.unwrap_or_default();
    let mut year_choices = vec![Choice::new(
        "all",
        lang.t("filter-all-years"),
        &filter.year.map_or("all".to_owned(), |y| y.to_string()),
    )];
    year_choices.extend(years.iter().map(|(y, n)| {
        Choice::new(
            y.to_string(),
            format!("{y} ({n})"),
            &current(filter.year.map(|y| y.to_string())),
        )
    }));
    let page = ListPage {
        groups: group(&rows, &ctx, &state),
        total,
        review_count,
        years: year_choices,
        months: options::months(lang, &current(filter.month.map(|m| m.to_string()))),
        relevances: options::relevances(
            lang,
            &current(filter.relevance.map(|r| r.as_str().to_owned())),
        ),
        kinds: options::kinds(lang, &current(filter.kind.map(|k| k.as_str().to_owned()))),
        countries: choices::countries(
            lang,
            &state.countries,
            &current(filter.country.as_ref().map(|c| c.to_string())),
        ),
        subregions: choices::subregions(lang, &current(filter.subregion.map(|s| s.to_string()))),
        feed: crate::web::FeedLinks::new(&state.settings.base_url, &{
            let q = filter.to_feed_query();
            if q.is_empty() {
                "/events.ics".to_owned()
            } else {
                format!("/events.ics?{q}")
            }
        }),
        query: filter.to_query(),
        return_to: match pager.page {
            1 => format!("/events?{}", filter.to_query()),
            n => format!("/events?{}&page={n}", filter.to_query()),
        },
        q: filter.q.clone().unwrap_or_default(),
        pager,
        filter,
        ctx,
    };
    Ok(page)
}

/// The current year when it has events, else the latest year that has.
fn default_year(years: &[(i64, i64)]) -> Option<i32> {
    let this_year = i64::from(Utc::now().year());
    years
        .iter()
        .find(|(y, _)| *y == this_year)
        .or_else(|| years.first())
        .and_then(|(y, _)| i32::try_from(*y).ok())
}

/// Events by month (those known only by their month at the top of it), then each year's
/// events whose month is not known either.
fn group(rows: &[EventRow], ctx: &PageCtx, state: &AppState) -> Vec<Group> {
    let lang = ctx.lang;
    let mut groups: Vec<Group> = Vec::new();
    let mut years: Vec<i64> = rows.iter().map(|r| r.year).collect();
    years.dedup();
    for year in years {
        let in_year = rows.iter().filter(|r| r.year == year);
        let has_month = |r: &&EventRow| !matches!(r.dates(), EventDates::Tbd { .. });
        for row in in_year.clone().filter(has_month) {
            let month = row.month.unwrap_or(1) as u32;
            let anchor = format!("m-{year}-{month:02}");
            if groups.last().is_none_or(|g| g.anchor != anchor) {
                groups.push(Group {
                    heading: lang.month_year(year as i32, month),
                    anchor,
                    undated: false,
                    sometime: Vec::new(),
                    events: Vec::new(),
                });
            }
            if let Some(g) = groups.last_mut() {
                let view = EventView::new(row, lang, &state.countries);
                if row.dates().is_dated() {
                    g.events.push(view);
                } else {
                    g.sometime.push(view);
                }
            }
        }
        let undated: Vec<EventView> = in_year
            .filter(|r| !has_month(r))
            .map(|r| EventView::new(r, lang, &state.countries))
            .collect();
        if !undated.is_empty() {
            groups.push(Group {
                heading: ctx.ts("list-undated-heading", "year", &year.to_string()),
                anchor: format!("tbd-{year}"),
                undated: true,
                sometime: Vec::new(),
                events: undated,
            });
        }
    }
    groups
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MonthQuery {
    pub year: String,
    pub month: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "events/calendar.html")]
pub struct CalendarPage {
    pub ctx: PageCtx,
    pub grid: MonthGrid,
    pub prev_label: String,
    pub next_label: String,
}

pub async fn calendar(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<MonthQuery>,
) -> AppResult<CalendarPage> {
    let today = Utc::now().date_naive();
    let bad = || AppError::BadRequest("error-filter-text");
    let year = match query.year.trim() {
        "" => today.year(),
        y => y
            .parse()
            .ok()
            .filter(|y| (1990..=2200).contains(y))
            .ok_or_else(bad)?,
    };
    let month = match query.month.trim() {
        "" => today.month(),
        m => m
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .ok_or_else(bad)?,
    };
    let rows = queries::in_month(&state.pool, year, month).await?;
    let grid =
        calendar::build(year, month, &rows, today, ctx.lang, &state.countries).ok_or_else(bad)?;
    Ok(CalendarPage {
        prev_label: ctx.lang.month_year(grid.prev.0, grid.prev.1),
        next_label: ctx.lang.month_year(grid.next.0, grid.next.1),
        grid,
        ctx,
    })
}

pub struct HistoryEntry {
    pub when: String,
    /// Who made the change: their name for a logged-in reader, their role for the public
    /// (the event page is public; staff names and addresses are not).
    pub who: String,
    pub old: String,
    pub new: String,
    pub reason: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "events/show.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub event: EventView,
    pub history: Vec<HistoryEntry>,
    pub sequence: i64,
    pub updated: String,
    pub month_link: String,
    /// Whether the viewer follows the event; `None` when nobody is logged in.
    pub following: Option<bool>,
    /// The series, when the event is one of its occurrences.
    pub series: Option<super::view::SeriesView>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let history = queries::date_changes(&state.pool, id)
        .await?
        .into_iter()
        .map(|c| HistoryEntry {
            who: match (&c.by_name, &c.by_role, &ctx.user) {
                (Some(name), _, Some(_)) => name.clone(),
                (_, Some(role), _) => lang.t(&format!("role-{}", role.replace('_', "-"))),
                _ if c
                    .changed_by
                    .as_deref()
                    .is_some_and(|b| b.starts_with("system:")) =>
                {
                    lang.t("history-by-system")
                }
                _ => lang.t("history-by-unknown"),
            },
            when: timestamp(&c.changed_at, lang),
            old: EventDates::parse_canonical(&c.old_dates)
                .map_or(c.old_dates.clone(), |d| d.display(lang)),
            new: match c.new_status.as_deref().and_then(EventStatus::parse) {
                // A cancellation (or its undoing) says so, with the dates it kept.
                Some(status) => format!(
                    "{} ({})",
                    lang.t(&status.label_key()),
                    EventDates::parse_canonical(&c.new_dates)
                        .map_or(c.new_dates.clone(), |d| d.display(lang))
                ),
                None => EventDates::parse_canonical(&c.new_dates)
                    .map_or(c.new_dates.clone(), |d| d.display(lang)),
            },
            reason: c.reason,
        })
        .collect();
    let month_link = match row.dates() {
        EventDates::Day { start, .. } => {
            format!(
                "/events/calendar?year={}&month={}",
                start.year(),
                start.month()
            )
        }
        EventDates::Month { year, month } => format!("/events/calendar?year={year}&month={month}"),
        EventDates::Tbd { year } => format!("/events?year={year}#tbd-{year}"),
    };
    let following = match &ctx.user {
        Some(user) => Some(super::follows::follows_event(&state.pool, user.id, id).await?),
        None => None,
    };
    let series = series_of(&state, &row, lang).await?.map(|s| s.1);
    Ok(ShowPage {
        series,
        following,
        event: EventView::new(&row, lang, &state.countries),
        history,
        sequence: row.sequence,
        updated: timestamp(&row.updated_at, lang),
        month_link,
        ctx,
    })
}

/// The series `row` is an occurrence of, as stored and as its pages show it.
pub(super) async fn series_of(
    state: &AppState,
    row: &EventRow,
    lang: crate::web::Lang,
) -> AppResult<Option<(SeriesRow, SeriesView)>> {
    let Some(series_id) = row.series_id else {
        return Ok(None);
    };
    let Some(series) = queries::get_series(&state.pool, series_id).await? else {
        return Ok(None);
    };
    let rows = queries::occurrences(&state.pool, series_id).await?;
    let view = SeriesView::new(&series, &rows, row.id, lang);
    Ok(Some((series, view)))
}
