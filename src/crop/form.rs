//! CROP's forms as typed, and their parsing into the domain's types: an application, the
//! version-carrying forms of withdrawing and reporting, and the opportunity form.

use fluent_templates::fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::model::{ApplicationRow, NewApplication, OpportunityRow};
use crate::web::Lang;
use crate::web::forms::{FieldErrors, refuse_control_chars_in_block};
use crate::webinars::model::{WebinarLanguage, languages_text};

pub const TEXT_MAX: usize = 5000;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub motivation: String,
    pub outreach_plan: String,
    pub languages: Vec<String>,
    pub travel_needs: String,
    pub version: String,
}

impl ApplicationForm {
    pub fn from_row(row: &ApplicationRow) -> Self {
        Self {
            motivation: row.motivation.clone(),
            outreach_plan: row.outreach_plan.clone(),
            languages: row.languages.split(',').map(str::to_owned).collect(),
            travel_needs: row.travel_needs.clone(),
            version: row.version.to_string(),
        }
    }

    pub fn parse(&self, lang: Lang) -> Result<NewApplication, FieldErrors> {
        let mut errors = FieldErrors::default();
        let too_long = |max: usize| lang.t_args("err-too-long", &[("max", FluentValue::from(max))]);
        let mut text = |field: &'static str, value: &str, required: bool| {
            let value = value.trim().to_owned();
            refuse_control_chars_in_block(field, &value, lang, &mut errors);
            if required && value.is_empty() {
                errors.add(field, lang.t("crop-err-required"));
            } else if value.chars().count() > TEXT_MAX {
                errors.add(field, too_long(TEXT_MAX));
            }
            value
        };
        let motivation = text("motivation", &self.motivation, true);
        let outreach_plan = text("outreach_plan", &self.outreach_plan, true);
        let travel_needs = text("travel_needs", &self.travel_needs, false);
        let mut languages = Vec::new();
        for code in &self.languages {
            match WebinarLanguage::parse(code) {
                Some(l) => languages.push(l),
                None => errors.add("languages", lang.t("err-choose-from-list")),
            }
        }
        if languages.is_empty() && !errors.has("languages") {
            errors.add("languages", lang.t("crop-err-languages"));
        }
        if errors.is_empty() {
            Ok(NewApplication {
                motivation,
                outreach_plan,
                languages: languages_text(&languages),
                travel_needs,
            })
        } else {
            Err(errors)
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VersionForm {
    pub version: String,
    pub report: String,
}

/// The opportunity form as typed.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct OpportunityForm {
    pub event: String,
    pub fiscal_year: String,
    pub slots: String,
    pub priority_ends_on: String,
    pub deadline_on: String,
    pub time_zone: String,
    pub notes: String,
    pub version: String,
}

impl OpportunityForm {
    pub fn from_row(row: &OpportunityRow) -> Self {
        Self {
            event: row.event_id.to_string(),
            fiscal_year: row.fiscal_year.to_string(),
            slots: row.slots.to_string(),
            priority_ends_on: row.priority_ends_on.clone(),
            deadline_on: row.deadline_on.clone(),
            time_zone: row.time_zone.clone(),
            notes: row.notes.clone(),
            version: row.version.to_string(),
        }
    }
}
