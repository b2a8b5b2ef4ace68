//! The choices forms and filters offer for places: countries, sub-regions and time zones,
//! labelled in the visitor's language. Shared by every domain that asks where or when.

use super::{Countries, SUBREGIONS};
use crate::web::Lang;
use crate::web::forms::Choice;

pub fn countries(lang: Lang, all: &Countries, current: &str) -> Vec<Choice> {
    all.sorted_by_name(lang)
        .into_iter()
        .map(|c| Choice::new(c.iso2.clone(), c.name(lang), current))
        .collect()
}

pub fn subregions(lang: Lang, current: &str) -> Vec<Choice> {
    SUBREGIONS
        .iter()
        .map(|s| {
            Choice::new(
                *s,
                lang.t(&format!("subregion-{}", s.to_lowercase())),
                current,
            )
        })
        .collect()
}

/// The zones of the LAC region (and of ICANN's usual meeting places) first.
const LAC_ZONES: &[&str] = &[
    "America/Mexico_City",
    "America/Cancun",
    "America/Tijuana",
    "America/Guatemala",
    "America/Belize",
    "America/El_Salvador",
    "America/Tegucigalpa",
    "America/Managua",
    "America/Costa_Rica",
    "America/Panama",
    "America/Havana",
    "America/Jamaica",
    "America/Port-au-Prince",
    "America/Santo_Domingo",
    "America/Puerto_Rico",
    "America/Port_of_Spain",
    "America/Barbados",
    "America/St_Vincent",
    "America/Grenada",
    "America/Guyana",
    "America/Paramaribo",
    "America/Bogota",
    "America/Caracas",
    "America/Guayaquil",
    "America/Lima",
    "America/La_Paz",
    "America/Santiago",
    "America/Argentina/Buenos_Aires",
    "America/Asuncion",
    "America/Montevideo",
    "America/Sao_Paulo",
    "America/Fortaleza",
    "America/Belem",
    "America/Bahia",
    "America/Cuiaba",
    "America/Manaus",
    "UTC",
];

pub struct ZoneChoices {
    pub lac: Vec<Choice>,
    pub other: Vec<Choice>,
}

pub fn time_zones(current: &str) -> ZoneChoices {
    let lac = LAC_ZONES
        .iter()
        .map(|z| Choice::new(*z, z.replace('_', " "), current))
        .collect();
    let mut other: Vec<&str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|z| z.name())
        .filter(|z| !LAC_ZONES.contains(z))
        .collect();
    other.sort_unstable();
    ZoneChoices {
        lac,
        other: other
            .into_iter()
            .map(|z| Choice::new(z, z.replace('_', " "), current))
            .collect(),
    }
}
