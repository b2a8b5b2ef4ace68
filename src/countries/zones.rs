//! The time zone a person in each LAC country or territory most likely lives in: the
//! capital's. It is what a message uses for someone who has not chosen a zone (a registry
//! member without an account, an account without a zone of its own). Countries with several
//! zones (Brazil, Mexico, Ecuador, Chile) get their capital's; the account page lets anyone
//! choose better.

use chrono_tz::America;
use chrono_tz::Tz;

pub fn zone_of(iso2: &str) -> Option<Tz> {
    Some(match iso2 {
        "AG" => America::Antigua,
        "AR" => America::Argentina::Buenos_Aires,
        "BS" => America::Nassau,
        "BB" => America::Barbados,
        "BZ" => America::Belize,
        "BO" => America::La_Paz,
        "BQ" => America::Kralendijk,
        "BR" => America::Sao_Paulo,
        "CL" => America::Santiago,
        "CO" => America::Bogota,
        "CR" => America::Costa_Rica,
        "CU" => America::Havana,
        "DM" => America::Dominica,
        "DO" => America::Santo_Domingo,
        "EC" => America::Guayaquil,
        "SV" => America::El_Salvador,
        "GD" => America::Grenada,
        "GT" => America::Guatemala,
        "GY" => America::Guyana,
        "HT" => America::PortauPrince,
        "HN" => America::Tegucigalpa,
        "JM" => America::Jamaica,
        "MX" => America::Mexico_City,
        "NI" => America::Managua,
        "PA" => America::Panama,
        "PY" => America::Asuncion,
        "PE" => America::Lima,
        "BL" => America::St_Barthelemy,
        "KN" => America::St_Kitts,
        "LC" => America::St_Lucia,
        "MF" => America::Marigot,
        "VC" => America::St_Vincent,
        "SX" => America::Lower_Princes,
        "SR" => America::Paramaribo,
        "TT" => America::Port_of_Spain,
        "UY" => America::Montevideo,
        "VE" => America::Caracas,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_of_the_reference_data_has_a_zone() {
        let csv = include_str!("../../data/seed/lac_countries.csv");
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let mut seen = 0;
        for row in reader.records() {
            let row = row.unwrap();
            assert!(zone_of(&row[0]).is_some(), "no zone for {}", &row[0]);
            seen += 1;
        }
        assert_eq!(seen, 37);
        assert_eq!(zone_of("XX"), None);
    }
}
