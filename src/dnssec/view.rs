//! Contacts as the pages show them: labels in the reader's language, dates written out.

use chrono::NaiveDate;

use super::model::{ContactSummary, OrgKind, Stage};
use super::rules::{self, Facts, RuleError};
use crate::countries::Countries;
use crate::web::Lang;

pub struct ContactView {
    pub id: i64,
    pub organisation: String,
    pub kind: String,
    pub country: String,
    pub stage: &'static str,
    pub stage_label: String,
    pub als_id: Option<i64>,
    pub als: String,
    pub owner: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contacted_on: String,
    pub event_id: Option<i64>,
    pub event: String,
    pub signed_zones: i64,
    pub notes: String,
    pub version: i64,
    pub created: String,
    pub updated: String,
    /// The next stage (value and label); empty at the last one.
    pub next_stage: &'static str,
    pub next_label: String,
    /// What the contact lacks to be at the next stage, in words; empty when it may move.
    pub next_needs: String,
}

impl ContactView {
    pub fn new(c: &ContactSummary, lang: Lang, countries: &Countries) -> Self {
        let stage = c.stage();
        let kind = OrgKind::parse(&c.kind).map_or(c.kind.clone(), |k| lang.t(&k.label_key()));
        let facts = Facts {
            als: c.als_id.is_some(),
            contacted_on: c.contacted_on.is_some(),
            owner: c.gse_owner_id.is_some(),
            training_event: c.training_event_id.is_some(),
            signed_zones: c.signed_zones,
        };
        let next = stage.next();
        let next_needs = next
            .map(|n| {
                rules::missing(n, &facts)
                    .iter()
                    .map(|e| lang.t(field_label_key(e)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        Self {
            id: c.id,
            organisation: c.organisation.clone(),
            kind,
            country: countries
                .get(&c.country)
                .map_or(c.country.clone(), |k| k.name(lang).to_owned()),
            stage: stage.as_str(),
            stage_label: lang.t(&stage.label_key()),
            als_id: c.als_id,
            als: c.als_name.clone().unwrap_or_default(),
            owner: c.owner_name.clone().unwrap_or_default(),
            contact_name: c.contact_name.clone(),
            contact_email: c.contact_email.clone(),
            contacted_on: day(c.contacted_on.as_deref(), lang),
            event_id: c.training_event_id,
            event: match (&c.event_title, &c.event_date) {
                (Some(title), Some(date)) => format!("{title} · {}", loose_date(date, lang)),
                (Some(title), None) => title.clone(),
                _ => String::new(),
            },
            signed_zones: c.signed_zones,
            notes: c.notes.clone(),
            version: c.version,
            created: crate::web::i18n::timestamp(&c.created_at, lang),
            updated: crate::web::i18n::timestamp(&c.updated_at, lang),
            next_stage: next.map_or("", Stage::as_str),
            next_label: next.map_or(String::new(), |n| lang.t(&n.label_key())),
            next_needs,
        }
    }
}

/// The label of the field a broken rule points at, for "needs: …" notes.
fn field_label_key(e: &RuleError) -> &'static str {
    match e.field {
        "als_id" => "dnssec-field-als",
        "contacted_on" => "dnssec-field-contacted-on",
        "gse_owner_id" => "dnssec-field-owner",
        "training_event_id" => "dnssec-field-event",
        "signed_zones" => "dnssec-field-signed-zones",
        _ => "dnssec-stage",
    }
}

/// A stored day written out; empty when there is none.
pub fn day(stored: Option<&str>, lang: Lang) -> String {
    stored
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| lang.date(d))
        .unwrap_or_default()
}

/// `2023-03-11`, `2023-03` or `2023`, written out as precisely as it is known.
fn loose_date(stored: &str, lang: Lang) -> String {
    if let Ok(d) = NaiveDate::parse_from_str(stored, "%Y-%m-%d") {
        return lang.date(d);
    }
    if let Some((y, m)) = stored.split_once('-') {
        if let (Ok(y), Ok(m)) = (y.parse(), m.parse()) {
            return lang.month_year(y, m);
        }
    }
    stored.to_owned()
}
