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

/// The zones of the LAC region (and UTC), offered first, each under its city's name in
/// the reader's language (`tz-city-…` in `zones.ftl`).
pub const LAC_ZONES: &[&str] = &[
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

/// The regions the other zones are grouped by, in the order offered.
const REGIONS: [&str; 9] = [
    "America",
    "Europe",
    "Africa",
    "Asia",
    "Australia",
    "Pacific",
    "Atlantic",
    "Indian",
    "Antarctica",
];

/// The Fluent key of a zone's city name: `tz-city-` and its last part, lower case.
pub fn city_key(zone: &str) -> String {
    let city = zone.rsplit('/').next().unwrap_or(zone);
    format!("tz-city-{}", city.to_lowercase().replace('_', "-"))
}

/// The zones a form offers: the LAC ones first, by their city's name in the reader's
/// language with the zone's id as a hint; then the database's canonical zones (no
/// legacy aliases) by region, by city. A stored zone that is neither (an alias kept from
/// an older version) is offered too, so a form never drops it.
pub struct ZoneChoices {
    pub lac: Vec<Choice>,
    pub regions: Vec<ZoneRegion>,
}

pub struct ZoneRegion {
    pub label: String,
    pub zones: Vec<Choice>,
}

pub fn time_zones(lang: Lang, current: &str) -> ZoneChoices {
    let mut lac: Vec<Choice> = LAC_ZONES
        .iter()
        .map(|z| {
            let label = if *z == "UTC" {
                lang.t("tz-city-utc")
            } else {
                format!("{} ({z})", lang.t(&city_key(z)))
            };
            Choice::new(*z, label, current)
        })
        .collect();
    lac.sort_by_cached_key(|c| super::fold(&c.label));
    let known = |z: &str| LAC_ZONES.contains(&z) || super::zone_names::CANONICAL.contains(&z);
    let mut regions: Vec<ZoneRegion> = REGIONS
        .iter()
        .map(|region| {
            let prefix = format!("{region}/");
            let mut zones: Vec<Choice> = super::zone_names::CANONICAL
                .iter()
                .chain((!current.is_empty() && !known(current)).then_some(&current))
                .filter(|z| z.starts_with(&prefix) && !LAC_ZONES.contains(z))
                .map(|z| {
                    let city = z[prefix.len()..].replace('_', " ").replace('/', " / ");
                    Choice::new(*z, city, current)
                })
                .collect();
            zones.sort_by_cached_key(|c| super::fold(&c.label));
            ZoneRegion {
                label: lang.t(&format!("tz-region-{}", region.to_lowercase())),
                zones,
            }
        })
        .collect();
    if !current.is_empty() && !known(current) && !current.contains('/') {
        // An alias outside every region ("Cuba", "US/Eastern" has one): under its own name.
        regions.push(ZoneRegion {
            label: current.to_owned(),
            zones: vec![Choice::new(current, current, current)],
        });
    }
    ZoneChoices { lac, regions }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_zone_offered_is_one_chrono_tz_knows() {
        for z in LAC_ZONES.iter().chain(super::super::zone_names::CANONICAL) {
            assert!(z.parse::<chrono_tz::Tz>().is_ok(), "{z}");
        }
    }

    #[test]
    fn the_regions_hold_no_alias_and_a_stored_alias_is_still_offered() {
        let lang = Lang::from_code("en").unwrap();
        let zones = time_zones(lang, "Asia/Calcutta");
        let all: Vec<&str> = zones
            .regions
            .iter()
            .flat_map(|r| r.zones.iter().map(|c| c.value.as_str()))
            .collect();
        assert!(all.contains(&"Asia/Kolkata"));
        assert!(!all.contains(&"Europe/Kiev"), "an alias of Europe/Kyiv");
        assert!(!all.contains(&"America/Buenos_Aires"), "an alias");
        let selected: Vec<&str> = zones
            .regions
            .iter()
            .flat_map(|r| r.zones.iter().filter(|c| c.selected))
            .map(|c| c.value.as_str())
            .collect();
        assert_eq!(selected, ["Asia/Calcutta"], "the stored alias, kept");
        assert!(all.len() < 400, "{} zones", all.len());
        let mexico = zones.lac.iter().find(|c| c.value == "America/Mexico_City");
        assert_eq!(
            mexico.map(|c| c.label.as_str()),
            Some("Mexico City (America/Mexico_City)")
        );
    }
}
