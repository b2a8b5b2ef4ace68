//! `/results`: what followed outreach, per country and sub-region, with the plan's 12
//! target places first. The counting rules are `registry::results`, and the page says them.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::{Datelike, Months, NaiveDate};
use serde::Deserialize;

use super::queries::results as queries;
use super::results::{Tally, tally};
use crate::countries::SUBREGIONS;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::forms::Choice;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResultsQuery {
    /// A year (the actions held in it), or empty for the last 12 months.
    pub year: String,
}

pub struct Line {
    pub iso2: String,
    pub name: String,
    pub target: bool,
    pub t: Tally,
}

impl Line {
    /// "6 months / 12 months" for outcome kind `i`.
    pub fn followed(&self, i: &usize) -> String {
        format!("{} / {}", self.t.within_6[*i], self.t.within_12[*i])
    }
}

pub struct Group {
    pub name: String,
    pub lines: Vec<Line>,
    pub total: Line,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/results.html")]
pub struct ResultsPage {
    pub ctx: PageCtx,
    pub period: String,
    pub years: Vec<Choice>,
    pub targets: Vec<Line>,
    pub groups: Vec<Group>,
    pub total: Line,
    /// The column indexes, for the template's loops.
    pub kinds: [usize; 4],
}

/// The actions' period asked for: a calendar year, or the 12 months up to today.
pub fn period(year: &str, today: NaiveDate) -> AppResult<(NaiveDate, NaiveDate)> {
    match year.trim() {
        "" => Ok((
            today
                .checked_sub_months(Months::new(12))
                .unwrap_or(today)
                .succ_opt()
                .unwrap_or(today),
            today,
        )),
        y => {
            let y: i32 = y
                .parse()
                .ok()
                .filter(|y| (1990..=2200).contains(y))
                .ok_or(AppError::BadRequest("error-filter-text"))?;
            let from = NaiveDate::from_ymd_opt(y, 1, 1).ok_or(AppError::NotFound)?;
            let to = NaiveDate::from_ymd_opt(y, 12, 31).ok_or(AppError::NotFound)?;
            Ok((from, to.min(today)))
        }
    }
}

/// Every country's figures for the actions of `from..=to`, with the outcomes up to 12
/// months after (and not after `today`).
pub async fn figures(
    state: &AppState,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> AppResult<std::collections::BTreeMap<String, Tally>> {
    let actions = queries::actions(&state.pool, from, to).await?;
    let until = to
        .checked_add_months(Months::new(12))
        .unwrap_or(to)
        .min(today);
    let outcomes = queries::outcomes(&state.pool, from, until).await?;
    Ok(tally(&actions, &outcomes))
}

pub async fn page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ResultsQuery>,
) -> AppResult<ResultsPage> {
    let today = state.clock.now().date_naive();
    let (from, to) = period(&q.year, today)?;
    let figures = figures(&state, from, to, today).await?;
    let targets_iso = queries::plan_targets(&state.pool).await?;
    let lang = ctx.lang;
    let line = |iso2: &str| {
        let country = state.countries.get(iso2);
        Line {
            iso2: iso2.to_owned(),
            name: country.map_or(iso2.to_owned(), |c| c.name(lang).to_owned()),
            target: targets_iso.iter().any(|t| t == iso2),
            t: figures.get(iso2).cloned().unwrap_or_default(),
        }
    };
    let by_name =
        |a: &Line, b: &Line| crate::countries::fold(&a.name).cmp(&crate::countries::fold(&b.name));
    // The targets' own table needs no badge on each row: its heading says it.
    let mut targets: Vec<Line> = targets_iso
        .iter()
        .map(|i| Line {
            target: false,
            ..line(i)
        })
        .collect();
    targets.sort_by(by_name);
    let mut total = Tally::default();
    let groups = SUBREGIONS
        .iter()
        .map(|code| {
            let mut lines: Vec<Line> = state
                .countries
                .iter()
                .filter(|c| c.lacralo_subregion == *code)
                .map(|c| line(&c.iso2))
                .collect();
            lines.sort_by(by_name);
            let mut sum = Tally::default();
            for l in &lines {
                sum.add(&l.t);
            }
            total.add(&sum);
            Group {
                name: lang.t(&format!("subregion-{}", code.to_lowercase())),
                lines,
                total: Line {
                    iso2: code.to_string(),
                    name: lang.t("results-total"),
                    target: false,
                    t: sum,
                },
            }
        })
        .collect();
    let this_year = today.year();
    let mut years = vec![Choice::new(
        "",
        lang.t("results-last-12-months"),
        q.year.trim(),
    )];
    years.extend(
        (2023..=this_year)
            .rev()
            .map(|y| Choice::new(y.to_string(), y.to_string(), q.year.trim())),
    );
    Ok(ResultsPage {
        period: lang.t_args(
            "results-period",
            &[
                ("from", lang.date(from).into()),
                ("to", lang.date(to).into()),
            ],
        ),
        years,
        targets,
        groups,
        total: Line {
            iso2: String::new(),
            name: lang.t("results-overall"),
            target: false,
            t: total,
        },
        kinds: [0, 1, 2, 3],
        ctx,
    })
}
