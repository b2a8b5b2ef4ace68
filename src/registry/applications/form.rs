//! The application form (the organisation: checked by the ALS form's own rules) and the
//! step form, parsed once into `NewApplication` and `NewStep`.

use serde::{Deserialize, Serialize};

use super::model::{NewApplication, NewStep};
use super::rules::{Advice, Outcome, StepKind};
use crate::countries::Countries;
use crate::registry::form::AlsForm;
use crate::registry::sources::Source;
use crate::web::Lang;
use crate::web::forms::{FieldErrors, optional_date, refuse_control_chars_in_block};

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub received_on: String,
    pub source: String,
    pub notes: String,
    /// The version an edit was read at (none when receiving).
    pub version: String,
}

impl ApplicationForm {
    /// The form of a stored application, to edit.
    pub fn from_row(row: &super::model::ApplicationRow) -> Self {
        Self {
            name: row.name.clone(),
            acronym: row.acronym.clone(),
            country: row.country.clone(),
            website: row.website.clone(),
            received_on: row.received_on.clone(),
            source: row.source().map(|s| s.value()).unwrap_or_default(),
            notes: row.notes.clone(),
            version: row.version.to_string(),
        }
    }
}

fn required_date(
    field: &'static str,
    typed: &str,
    lang: Lang,
    errors: &mut FieldErrors,
) -> Option<chrono::NaiveDate> {
    if typed.trim().is_empty() {
        errors.add(field, lang.t("application-err-date-required"));
        return None;
    }
    optional_date(field, typed, lang, errors)
}

fn notes(field: &'static str, typed: &str, lang: Lang, errors: &mut FieldErrors) -> String {
    let text = typed.trim().to_owned();
    refuse_control_chars_in_block(field, &text, lang, errors);
    if text.chars().count() > 5000 {
        errors.add(field, lang.t_args("err-too-long", &[("max", 5000.into())]));
    }
    text
}

impl ApplicationForm {
    /// Every problem at once: the organisation's (by the ALS form's rules), the day (not
    /// after `today`), the source, the notes.
    pub fn parse(
        &self,
        lang: Lang,
        countries: &Countries,
        today: chrono::NaiveDate,
    ) -> Result<NewApplication, FieldErrors> {
        let organisation = AlsForm {
            name: self.name.clone(),
            acronym: self.acronym.clone(),
            country: self.country.clone(),
            website: self.website.clone(),
            ..AlsForm::default()
        }
        .parse(lang, countries);
        let mut errors = organisation.as_ref().err().cloned().unwrap_or_default();
        let received_on = required_date("received_on", &self.received_on, lang, &mut errors);
        if received_on.is_some_and(|d| d > today) {
            errors.add("received_on", lang.t("application-err-future"));
        }
        let source = Source::parse(&self.source).unwrap_or_else(|_| {
            errors.add("source", lang.t("err-choose-from-list"));
            None
        });
        let notes = notes("notes", &self.notes, lang, &mut errors);
        match (organisation, received_on) {
            (Ok(als), Some(received_on)) if errors.is_empty() => Ok(NewApplication {
                name: als.name,
                acronym: als.acronym,
                country: als.country,
                website: als.website,
                received_on,
                source,
                notes,
            }),
            _ => Err(errors),
        }
    }
}

/// The step form: the step it records (the one the page offered), its day, and what it
/// says: the advice and its reason, or the vote's result.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct StepForm {
    pub step: String,
    pub day: String,
    pub advice: String,
    pub result: String,
    pub note: String,
    pub version: String,
}

impl StepForm {
    pub fn parse(&self, lang: Lang) -> Result<NewStep, FieldErrors> {
        let mut errors = FieldErrors::default();
        let kind = StepKind::parse(self.step.trim());
        let day = required_date("day", &self.day, lang, &mut errors);
        let note = notes("note", &self.note, lang, &mut errors);
        let outcome = match kind {
            Some(StepKind::DueDiligence) => Some(Outcome::DueDiligenceDone),
            Some(StepKind::RaloAdvice) => {
                if note.is_empty() && !errors.has("note") {
                    errors.add("note", lang.t("application-err-reason-required"));
                }
                match Advice::parse(self.advice.trim()) {
                    Some(advice) => Some(Outcome::Advised(advice)),
                    None => {
                        errors.add("advice", lang.t("application-err-advice-required"));
                        None
                    }
                }
            }
            Some(StepKind::AlacVote) => match self.result.trim() {
                "accredited" => Some(Outcome::Voted { accredited: true }),
                "refused" => Some(Outcome::Voted { accredited: false }),
                _ => {
                    errors.add("result", lang.t("application-err-result-required"));
                    None
                }
            },
            None => {
                errors.add("step", lang.t("err-choose-from-list"));
                None
            }
        };
        match (outcome, day) {
            (Some(outcome), Some(day)) if errors.is_empty() => Ok(NewStep { outcome, day, note }),
            _ => Err(errors),
        }
    }
}
