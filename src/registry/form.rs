//! The ALS form and its parsing.

use serde::{Deserialize, Serialize};

use super::model::{AlsRow, NewAls};
use crate::countries::Countries;
use crate::web::Lang;
use crate::web::forms::is_web_address;
use crate::web::forms::{
    FieldErrors, optional_date, refuse_control_chars, refuse_control_chars_in_block,
};

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
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
        refuse_control_chars("name", &name, lang, &mut errors);
        if name.is_empty() {
            errors.add("name", lang.t("als-err-name-required"));
        } else if name.chars().count() > 200 {
            errors.add("name", lang.t_args("err-too-long", &[("max", 200.into())]));
        }
        let acronym = self.acronym.trim().to_owned();
        refuse_control_chars("acronym", &acronym, lang, &mut errors);
        if acronym.chars().count() > 30 {
            errors.add(
                "acronym",
                lang.t_args("err-too-long", &[("max", 30.into())]),
            );
        }
        let country = countries.required("country", &self.country, lang, &mut errors);
        let website = self.website.trim().to_owned();
        refuse_control_chars("website", &website, lang, &mut errors);
        if !website.is_empty() && !is_web_address(&website) {
            errors.add("website", lang.t("err-url"));
        }
        let accredited_on = optional_date("accredited_on", &self.accredited_on, lang, &mut errors);
        let notes = self.notes.trim().to_owned();
        refuse_control_chars_in_block("notes", &notes, lang, &mut errors);
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
