//! Why the importer flagged an event for review. Stored as lines `code|arg|arg` in
//! `events.review_note`, so the note is shown in each reader's language.

use fluent_templates::fluent_bundle::FluentValue;

use super::dates::Assumption;
use crate::countries::Countries;
use crate::web::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewFlag {
    DayFirst { written: String, read_as: String },
    YearOutsideList { written: String, list_year: i32 },
    NoDate { written: String, year: i32 },
    CountryFromTitle { country: String },
    PlaceTbd,
    TentativeTitle,
}

impl From<Assumption> for ReviewFlag {
    fn from(a: Assumption) -> Self {
        match a {
            Assumption::DayFirst { written, read_as } => ReviewFlag::DayFirst { written, read_as },
            Assumption::YearOutsideList { written, list_year } => {
                ReviewFlag::YearOutsideList { written, list_year }
            }
            Assumption::NoDate { written, year } => ReviewFlag::NoDate { written, year },
        }
    }
}

impl ReviewFlag {
    fn encode(&self) -> String {
        let clean = |s: &str| s.replace(['|', '\n'], " ");
        match self {
            ReviewFlag::DayFirst { written, read_as } => {
                format!("day-first|{}|{}", clean(written), read_as)
            }
            ReviewFlag::YearOutsideList { written, list_year } => {
                format!("year-outside-list|{}|{list_year}", clean(written))
            }
            ReviewFlag::NoDate { written, year } => format!("no-date|{}|{year}", clean(written)),
            ReviewFlag::CountryFromTitle { country } => format!("country-from-title|{country}"),
            ReviewFlag::PlaceTbd => "place-tbd".to_owned(),
            ReviewFlag::TentativeTitle => "tentative-title".to_owned(),
        }
    }

    fn decode(line: &str) -> Option<Self> {
        let parts: Vec<&str> = line.split('|').collect();
        Some(match parts.as_slice() {
            ["day-first", w, r] => ReviewFlag::DayFirst {
                written: (*w).into(),
                read_as: (*r).into(),
            },
            ["year-outside-list", w, y] => ReviewFlag::YearOutsideList {
                written: (*w).into(),
                list_year: y.parse().ok()?,
            },
            ["no-date", w, y] => ReviewFlag::NoDate {
                written: (*w).into(),
                year: y.parse().ok()?,
            },
            ["country-from-title", c] => ReviewFlag::CountryFromTitle {
                country: (*c).into(),
            },
            ["place-tbd"] => ReviewFlag::PlaceTbd,
            ["tentative-title"] => ReviewFlag::TentativeTitle,
            _ => return None,
        })
    }

    /// The flag explained to a person.
    pub fn explain(&self, lang: Lang, countries: &Countries) -> String {
        let s = |v: &str| FluentValue::from(v.to_owned());
        match self {
            ReviewFlag::DayFirst { written, read_as } => lang.t_args(
                "review-day-first",
                &[("written", s(written)), ("date", s(read_as))],
            ),
            ReviewFlag::YearOutsideList { written, list_year } => lang.t_args(
                "review-year-outside-list",
                &[("written", s(written)), ("year", s(&list_year.to_string()))],
            ),
            ReviewFlag::NoDate { written, year } => lang.t_args(
                "review-no-date",
                &[("written", s(written)), ("year", s(&year.to_string()))],
            ),
            ReviewFlag::CountryFromTitle { country } => {
                let name = countries
                    .get(country)
                    .map_or(country.as_str(), |c| c.name(lang));
                lang.t_args("review-country-from-title", &[("country", s(name))])
            }
            ReviewFlag::PlaceTbd => lang.t("review-place-tbd"),
            ReviewFlag::TentativeTitle => lang.t("review-tentative-title"),
        }
    }
}

pub fn encode(flags: &[ReviewFlag]) -> String {
    flags
        .iter()
        .map(ReviewFlag::encode)
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn decode(note: &str) -> Vec<ReviewFlag> {
    note.lines().filter_map(ReviewFlag::decode).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_round_trip_through_the_stored_note() {
        let flags = vec![
            ReviewFlag::DayFirst {
                written: "25/5/23".into(),
                read_as: "2023-05-25".into(),
            },
            ReviewFlag::YearOutsideList {
                written: "1/16/22".into(),
                list_year: 2023,
            },
            ReviewFlag::NoDate {
                written: "placeholder".into(),
                year: 2023,
            },
            ReviewFlag::CountryFromTitle {
                country: "MX".into(),
            },
            ReviewFlag::PlaceTbd,
            ReviewFlag::TentativeTitle,
        ];
        assert_eq!(decode(&encode(&flags)), flags);
    }
}
