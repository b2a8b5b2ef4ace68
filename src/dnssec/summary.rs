//! `/dnssec/summary`: the pipeline in numbers per LACRALO sub-region and per country, open
//! to everyone. Numbers only: never an organisation's name nor a contact person.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::model::Tally;
use super::queries;
use crate::countries::{SUBREGIONS, fold};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::PageCtx;

pub struct TallyRow {
    pub code: String,
    pub name: String,
    /// The sub-region's letter (country rows).
    pub subregion: String,
    pub organisations: i64,
    pub contacted: i64,
    pub trained: i64,
    pub signing: i64,
    pub signed_zones: i64,
}

impl TallyRow {
    fn new(t: &Tally, name: String, subregion: String) -> Self {
        Self {
            code: t.place.clone(),
            name,
            subregion,
            organisations: t.organisations,
            contacted: t.contacted,
            trained: t.trained,
            signing: t.signing,
            signed_zones: t.signed_zones,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "dnssec/summary.html")]
pub struct SummaryPage {
    pub ctx: PageCtx,
    /// Every sub-region, with zeros where nothing happened yet.
    pub subregions: Vec<TallyRow>,
    /// Countries with at least one organisation in the pipeline, by sub-region then name.
    pub countries: Vec<TallyRow>,
    pub total: TallyRow,
}

pub async fn page(State(state): State<AppState>, ctx: PageCtx) -> AppResult<SummaryPage> {
    let lang = ctx.lang;
    let by_subregion = queries::summary_by_subregion(&state.pool).await?;
    let by_country = queries::summary_by_country(&state.pool).await?;
    let subregion_name = |code: &str| lang.t(&format!("subregion-{}", code.to_lowercase()));
    let subregions: Vec<TallyRow> = SUBREGIONS
        .iter()
        .map(|code| {
            let tally = by_subregion
                .iter()
                .find(|t| t.place == *code)
                .cloned()
                .unwrap_or_else(|| Tally {
                    place: code.to_string(),
                    ..Default::default()
                });
            TallyRow::new(&tally, subregion_name(code), code.to_string())
        })
        .collect();
    let total = TallyRow::new(
        &Tally::total("", &by_subregion),
        lang.t("dnssec-summary-total"),
        String::new(),
    );
    let mut countries: Vec<TallyRow> = by_country
        .iter()
        .map(|t| {
            let country = state.countries.get(&t.place);
            TallyRow::new(
                t,
                country.map_or(t.place.clone(), |c| c.name(lang).to_owned()),
                country.map_or(String::new(), |c| c.lacralo_subregion.clone()),
            )
        })
        .collect();
    countries.sort_by(|a, b| {
        a.subregion
            .cmp(&b.subregion)
            .then_with(|| fold(&a.name).cmp(&fold(&b.name)))
    });
    Ok(SummaryPage {
        ctx,
        subregions,
        countries,
        total,
    })
}
