//! The ALS form and its parsing.

use chrono::NaiveDate;
use serde::Deserialize;

use super::model::{AlsRow, NewAls};
use crate::countries::Countries;
use crate::events::form::is_web_address;
use crate::web::Lang;
use crate::web::forms::FieldErrors;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct AlsForm {
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub accredited_on: String,
    pub notes: String,
    pub version: String,
}

impl AlsForm {
    pub fn from_row(row: &AlsRow) -> Self {
        Self {
            name: row.name.clone(),
            acronym: row.acronym.clone(),
            country: row.country.clone(),
            website: row.website.clone(),
            accredited_on: row.accredited_on.clone().unwrap_or_default(),
            notes: row.notes.clone(),
            version: row.version.to_string(),
        }
    }

    pub fn parse(&self, lang: Lang, countries: &Countries) -> Result<NewAls, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            errors.add("name", lang.t("als-err-name-required"));
        } else if name.chars().count() > 200 {
            errors.add("name", lang.t_args("err-too-long", &[("max", 200.into())]));
        }
        let acronym = self.acronym.trim().to_owned();
        if acronym.chars().count() > 30 {
            errors.add(
                "acronym",
                lang.t_args("err-too-long", &[("max", 30.into())]),
            );
        }
        let country = match countries.resolve(&self.country) {
            Some(c) => Some(c.iso2.clone()),
            None if self.country.trim().is_empty() => {
                errors.add("country", lang.t("als-err-country-required"));
                None
            }
            None => {
                errors.add(
                    "country",
                    lang.t_args(
                        "err-country-unknown",
                        &[("value", self.country.trim().to_owned().into())],
                    ),
                );
                None
            }
        };
        let website = self.website.trim().to_owned();
        if !website.is_empty() && !is_web_address(&website) {
            errors.add("website", lang.t("err-url"));
        }
        let accredited_on = match self.accredited_on.trim() {
            "" => None,
            s => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) if s.len() == 10 => Some(d),
                _ => {
                    errors.add("accredited_on", lang.t("err-date-invalid"));
                    None
                }
            },
        };
        let notes = self.notes.trim().to_owned();
        if notes.chars().count() > 5000 {
            errors.add(
                "notes",
                lang.t_args("err-too-long", &[("max", 5000.into())]),
            );
        }
        match country {
            Some(country) if errors.is_empty() => Ok(NewAls {
                name,
                acronym,
                country,
                website,
                accredited_on,
                notes,
            }),
            _ => Err(errors),
        }
    }
}
