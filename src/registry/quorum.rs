//! `/als/quorum`: the quorum of a LACRALO meeting as of a day, per sub-region and overall.
//! Standby ALSs lose their vote and do not count (`registry::metrics`); each ALS is counted
//! with its status on that day, from the status history.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use chrono::NaiveDate;
use serde::Deserialize;

use super::metrics;
use super::queries;
use crate::countries::SUBREGIONS;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::PageCtx;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuorumQuery {
    pub as_of: String,
}

pub struct Line {
    pub name: String,
    pub voting: i64,
    pub standby: i64,
    pub quorum: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/quorum.html")]
pub struct QuorumPage {
    pub ctx: PageCtx,
    pub as_of: String,
    pub as_of_text: String,
    pub lines: Vec<Line>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<QuorumQuery>,
) -> AppResult<QuorumPage> {
    let as_of = match query.as_of.trim() {
        "" => ctx.today(state.clock.now()),
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| AppError::BadRequest("error-filter-text"))?,
    };
    let alss: Vec<(String, super::model::AlsStatus)> = queries::statuses_as_of(&state.pool, as_of)
        .await?
        .into_iter()
        .map(|a| (a.subregion, a.status))
        .collect();
    let lang = ctx.lang;
    let lines = metrics::quorum_table(SUBREGIONS, &alss)
        .into_iter()
        .map(|l| Line {
            name: match &l.subregion {
                Some(code) => crate::countries::SubRegion::parse(code)
                    .map(|s| lang.t(&s.label_key()))
                    .unwrap_or_else(|| code.clone()),
                None => lang.t("quorum-overall"),
            },
            voting: l.voting,
            standby: l.standby,
            quorum: l
                .quorum
                .map(|q| q.to_string())
                .unwrap_or_else(|| "—".to_owned()),
        })
        .collect();
    Ok(QuorumPage {
        as_of: as_of.to_string(),
        as_of_text: lang.date(as_of),
        lines,
        ctx,
    })
}
