//! The place a list is filtered by, and the two codes that name places: a country's ISO
//! code and a LACRALO sub-region. Parsed once, here, from what a link carries; past that a
//! filter holds a country that exists and a sub-region that is one of the four.

use serde::Serialize;

use super::{Countries, SUBREGIONS};

/// The ISO 3166 alpha-2 code of a country or territory of the reference list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(transparent)]
#[sqlx(transparent)]
pub struct CountryCode(String);

impl CountryCode {
    /// The code of the country `typed` names by its code (any case), if it is in the list.
    pub fn parse(countries: &Countries, typed: &str) -> Option<Self> {
        countries
            .get(&typed.trim().to_ascii_uppercase())
            .map(|c| Self(c.iso2.clone()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One of LACRALO's sub-regions (A to D).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct SubRegion(&'static str);

impl SubRegion {
    /// The sub-region `typed` names (any case).
    pub fn parse(typed: &str) -> Option<Self> {
        SUBREGIONS
            .iter()
            .find(|r| r.eq_ignore_ascii_case(typed.trim()))
            .map(|r| Self(r))
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The Fluent key of its name ("Sub-region C").
    pub fn label_key(self) -> String {
        format!("subregion-{}", self.0.to_lowercase())
    }
}

/// Bound as the letter it is stored as (`countries.lacralo_subregion`).
impl sqlx::Type<sqlx::Sqlite> for SubRegion {
    fn type_info() -> sqlx::sqlite::SqliteTypeInfo {
        <&str as sqlx::Type<sqlx::Sqlite>>::type_info()
    }
}

impl<'q> sqlx::Encode<'q, sqlx::Sqlite> for SubRegion {
    fn encode_by_ref(
        &self,
        args: &mut Vec<sqlx::sqlite::SqliteArgumentValue<'q>>,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        args.push(sqlx::sqlite::SqliteArgumentValue::Text(self.0.into()));
        Ok(sqlx::encode::IsNull::No)
    }
}

/// Read back from its letter; any other text is an error, never a default.
impl<'r> sqlx::Decode<'r, sqlx::Sqlite> for SubRegion {
    fn decode(value: sqlx::sqlite::SqliteValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let text = <&str as sqlx::Decode<'r, sqlx::Sqlite>>::decode(value)?;
        SubRegion::parse(text).ok_or_else(|| format!("{text:?} is not a sub-region").into())
    }
}

impl std::fmt::Display for SubRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// `?country=` and `?subregion=`, as every list that filters by place takes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaceFilter {
    pub country: Option<CountryCode>,
    pub subregion: Option<SubRegion>,
}

/// A place filter's value that names no place (a link edited by hand).
#[derive(Debug, PartialEq, Eq)]
pub struct UnknownPlace;

impl PlaceFilter {
    /// Empty values filter nothing; any other must name a country of the list or one of
    /// the sub-regions.
    pub fn parse(
        countries: &Countries,
        country: &str,
        subregion: &str,
    ) -> Result<Self, UnknownPlace> {
        let country = match country.trim() {
            "" => None,
            c => Some(CountryCode::parse(countries, c).ok_or(UnknownPlace)?),
        };
        let subregion = match subregion.trim() {
            "" => None,
            s => Some(SubRegion::parse(s).ok_or(UnknownPlace)?),
        };
        Ok(Self { country, subregion })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::Country;

    fn countries() -> Countries {
        Countries::new(vec![Country {
            iso2: "PE".into(),
            name_en: "Peru".into(),
            lacralo_subregion: "C".into(),
            ..Country::default()
        }])
    }

    #[test]
    fn a_place_filter_names_a_country_of_the_list_or_a_subregion() {
        let c = countries();
        for (country, subregion, parsed) in [
            ("", "", Ok((None, None))),
            ("pe", "", Ok((Some("PE"), None))),
            (" PE ", "b", Ok((Some("PE"), Some("B")))),
            ("XX", "", Err(UnknownPlace)),
            ("Peru", "", Err(UnknownPlace)),
            ("", "E", Err(UnknownPlace)),
            ("", "AB", Err(UnknownPlace)),
        ] {
            let got = PlaceFilter::parse(&c, country, subregion).map(|p| {
                (
                    p.country.map(|c| c.as_str().to_owned()),
                    p.subregion.map(SubRegion::as_str),
                )
            });
            let want = parsed.map(|(c, s): (Option<&str>, Option<&str>)| (c.map(str::to_owned), s));
            assert_eq!(got, want, "{country:?} {subregion:?}");
        }
    }
}
