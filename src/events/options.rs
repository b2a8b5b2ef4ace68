//! The choices the event forms and filters offer, labelled in the visitor's language.

use crate::web::Lang;
use crate::web::forms::{Choice, choices};

use super::model::{EventKind, EventStatus, Relevance};

pub fn kinds(lang: Lang, current: &str) -> Vec<Choice> {
    choices(lang, "kind", EventKind::VALUES, current)
}

pub fn relevances(lang: Lang, current: &str) -> Vec<Choice> {
    choices(lang, "relevance", Relevance::VALUES, current)
}

pub fn statuses(lang: Lang, current: &str) -> Vec<Choice> {
    choices(lang, "status", EventStatus::VALUES, current)
}

pub fn months(lang: Lang, current: &str) -> Vec<Choice> {
    (1..=12)
        .map(|m| Choice::new(m.to_string(), lang.month_name(m), current))
        .collect()
}

/// How an event repeats; the form's blank choice is "does not repeat".
pub fn repeats(lang: Lang, current: &str) -> Vec<Choice> {
    let mut values: Vec<&str> = super::recurrence::PRESETS.to_vec();
    values.push("custom");
    choices(lang, "repeat", &values, current)
}
