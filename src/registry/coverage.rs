//! `/coverage`: every LAC country and territory by LACRALO sub-region, with its active
//! ALSs, members and the outreach done there; places without an active ALS first, as the
//! outreach targets the plan names. A tile map drawn on the server says the same at a glance.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::map::{self, Coverage, Tile};
use super::queries::{self, CountryCoverage};
use crate::countries::SUBREGIONS;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::PageCtx;

pub struct Place {
    pub iso2: String,
    pub name: String,
    pub cctld: String,
    pub territory: bool,
    pub active_als: i64,
    pub members: i64,
    pub events: i64,
    pub engagements: i64,
    /// ALS applications and new individual members that followed the last 12 months'
    /// outreach there (`/results`).
    pub followed: i64,
    pub summary: String,
}

impl Place {
    pub fn is_target(&self) -> bool {
        self.active_als == 0
    }
}

pub struct SubregionGroup {
    pub code: String,
    pub name: String,
    pub places: Vec<Place>,
    pub targets: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/coverage.html")]
pub struct CoveragePage {
    pub ctx: PageCtx,
    pub targets: Vec<Place>,
    pub groups: Vec<SubregionGroup>,
    pub map_svg: String,
}

/// Places without an active ALS, in the order the table lists them (for tests and the page).
pub fn targets(rows: &[CountryCoverage]) -> Vec<String> {
    rows.iter()
        .filter(|r| r.active_als == 0)
        .map(|r| r.iso2.clone())
        .collect()
}

pub async fn page(State(state): State<AppState>, ctx: PageCtx) -> AppResult<CoveragePage> {
    let lang = ctx.lang;
    let rows = queries::coverage(&state.pool).await?;
    let today = state.clock.now().date_naive();
    let (from, to) = super::results_page::period("", today)?;
    let results = super::results_page::figures(&state, from, to, today).await?;
    let place = |r: &CountryCoverage| {
        let country = state.countries.get(&r.iso2);
        Place {
            iso2: r.iso2.clone(),
            name: country.map_or(r.iso2.clone(), |c| c.name(lang).to_owned()),
            cctld: country.map_or(String::new(), |c| c.cctld.clone()),
            territory: country.is_some_and(|c| c.kind == "territory"),
            active_als: r.active_als,
            members: r.members,
            events: r.events,
            engagements: r.engagements,
            // Applications and new individual members: kinds that never count one thing
            // twice (an accreditation follows its application; an individual member may
            // also be a new active one).
            followed: results
                .get(&r.iso2)
                .map_or(0, |t| t.within_12[0] + t.within_12[2]),
            summary: lang.t_args(
                "coverage-summary",
                &[("als", r.active_als.into()), ("members", r.members.into())],
            ),
        }
    };
    let mut targets: Vec<Place> = rows
        .iter()
        .filter(|r| r.active_als == 0)
        .map(place)
        .collect();
    targets.sort_by_key(|p| crate::countries::fold(&p.name));
    let groups = SUBREGIONS
        .iter()
        .map(|code| {
            let mut places: Vec<Place> = rows
                .iter()
                .filter(|r| {
                    state
                        .countries
                        .get(&r.iso2)
                        .is_some_and(|c| c.lacralo_subregion == *code)
                })
                .map(place)
                .collect();
            // Targets at the top, then by name.
            places.sort_by(|a, b| {
                b.is_target()
                    .cmp(&a.is_target())
                    .then(crate::countries::fold(&a.name).cmp(&crate::countries::fold(&b.name)))
            });
            SubregionGroup {
                code: code.to_string(),
                name: lang.t(&format!("subregion-{}", code.to_lowercase())),
                targets: places.iter().filter(|p| p.is_target()).count(),
                places,
            }
        })
        .collect();
    let all: Vec<Place> = rows.iter().map(place).collect();
    let hrefs: Vec<String> = all.iter().map(|p| format!("#c-{}", p.iso2)).collect();
    let tiles: Vec<Tile<'_>> = all
        .iter()
        .zip(&hrefs)
        .map(|(p, href)| Tile {
            iso2: &p.iso2,
            label: &p.name,
            level: match p.active_als {
                0 => Coverage::None,
                1 => Coverage::Low,
                _ => Coverage::Good,
            },
            href,
            summary: &p.summary,
        })
        .collect();
    let legend = [
        lang.t("coverage-legend-none"),
        lang.t("coverage-legend-low"),
        lang.t("coverage-legend-good"),
    ];
    let map_svg = map::render(
        &tiles,
        &lang.t("coverage-map-title"),
        &lang.t("coverage-map-desc"),
        [&legend[0], &legend[1], &legend[2]],
    );
    Ok(CoveragePage {
        ctx,
        targets,
        groups,
        map_svg,
    })
}
