//! The contact form, its choices and its parsing (fields, then the stage rules).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;

use super::model::{ContactRow, NewContact, OrgKind, Stage};
use super::queries::{self, EventChoice};
use super::rules::{self, Facts, Move};
use crate::accounts::email::EmailAddress;
use crate::countries::Countries;
use crate::web::Lang;
use crate::web::forms::{
    Choice, FieldErrors, choices, optional_date, refuse_control_chars,
    refuse_control_chars_in_block,
};

pub const MAX_ORGANISATION: usize = 200;
pub const MAX_CONTACT_NAME: usize = 200;
pub const MAX_NOTES: usize = 5000;
pub const MAX_REASON: usize = 1000;
/// The database's own limit on signed zones.
pub const MAX_ZONES: i64 = 10_000_000;

/// The form as typed: every field a string, so a refused form comes back as it was.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct ContactForm {
    pub organisation: String,
    pub kind: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub als_id: String,
    pub contacted_on: String,
    pub gse_owner_id: String,
    pub stage: String,
    pub training_event_id: String,
    pub signed_zones: String,
    pub notes: String,
    /// The version the edit form was read at (empty for a new contact).
    pub version: String,
    /// Why the stage moves back (edit form only).
    pub reason: String,
}

fn id_text(id: Option<i64>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

impl ContactForm {
    pub fn blank() -> Self {
        Self {
            kind: OrgKind::Isp.as_str().to_owned(),
            stage: Stage::Identified.as_str().to_owned(),
            signed_zones: "0".to_owned(),
            ..Default::default()
        }
    }

    pub fn from_row(row: &ContactRow) -> Self {
        Self {
            organisation: row.organisation.clone(),
            kind: row.kind.clone(),
            country: row.country.clone(),
            contact_name: row.contact_name.clone(),
            contact_email: row.contact_email.clone(),
            als_id: id_text(row.als_id),
            contacted_on: row.contacted_on.clone().unwrap_or_default(),
            gse_owner_id: id_text(row.gse_owner_id),
            stage: row.stage.to_string(),
            training_event_id: id_text(row.training_event_id),
            signed_zones: row.signed_zones.to_string(),
            notes: row.notes.clone(),
            version: row.version.to_string(),
            reason: String::new(),
        }
    }

    pub fn version(&self) -> Option<i64> {
        self.version.trim().parse().ok()
    }

    /// Parses the form against the choices it offered; `today` bounds the contact date.
    pub fn parse(
        &self,
        lang: Lang,
        countries: &Countries,
        options: &FormOptions,
        today: NaiveDate,
    ) -> Result<NewContact, FieldErrors> {
        let mut errors = FieldErrors::default();
        let too_long = |max: usize| lang.t_args("err-too-long", &[("max", (max as i64).into())]);

        let organisation = self.organisation.trim().to_owned();
        refuse_control_chars("organisation", &organisation, lang, &mut errors);
        if organisation.is_empty() {
            errors.add("organisation", lang.t("dnssec-err-organisation-required"));
        } else if organisation.chars().count() > MAX_ORGANISATION {
            errors.add("organisation", too_long(MAX_ORGANISATION));
        }
        let kind = OrgKind::parse(self.kind.trim());
        if kind.is_none() {
            errors.add("kind", lang.t("err-choose-from-list"));
        }
        let country = countries.required("country", &self.country, lang, &mut errors);
        let contact_name = self.contact_name.trim().to_owned();
        refuse_control_chars("contact_name", &contact_name, lang, &mut errors);
        if contact_name.chars().count() > MAX_CONTACT_NAME {
            errors.add("contact_name", too_long(MAX_CONTACT_NAME));
        }
        let contact_email = match self.contact_email.trim() {
            "" => String::new(),
            typed => match EmailAddress::parse(typed) {
                Ok(e) => e.as_entered().to_owned(),
                Err(err) => {
                    errors.add("contact_email", lang.t(err.message_key()));
                    String::new()
                }
            },
        };
        let als_id = chosen(
            "als_id",
            &self.als_id,
            &options.als_ids(),
            lang.t("dnssec-err-als-unknown"),
            &mut errors,
        );
        let contacted_on = optional_date("contacted_on", &self.contacted_on, lang, &mut errors);
        if contacted_on.is_some_and(|d| d > today) {
            errors.add("contacted_on", lang.t("dnssec-err-contacted-on-future"));
        }
        let gse_owner_id = chosen(
            "gse_owner_id",
            &self.gse_owner_id,
            &options.owner_ids(),
            lang.t("dnssec-err-owner-unknown"),
            &mut errors,
        );
        let stage = Stage::parse(self.stage.trim());
        if stage.is_none() {
            errors.add("stage", lang.t("err-choose-from-list"));
        }
        let training_event_id = chosen(
            "training_event_id",
            &self.training_event_id,
            &options.event_ids(),
            lang.t("dnssec-err-event-unknown"),
            &mut errors,
        );
        let signed_zones = match self.signed_zones.trim() {
            "" => 0,
            typed => match typed.parse::<i64>() {
                Ok(n) if n < 0 => {
                    errors.add("signed_zones", lang.t("dnssec-err-zones-negative"));
                    0
                }
                Ok(n) if n > MAX_ZONES => {
                    errors.add(
                        "signed_zones",
                        lang.t_args("dnssec-err-zones-too-many", &[("max", MAX_ZONES.into())]),
                    );
                    0
                }
                Ok(n) => n,
                Err(_) => {
                    errors.add("signed_zones", lang.t("dnssec-err-zones-number"));
                    0
                }
            },
        };
        let notes = self.notes.trim().to_owned();
        refuse_control_chars_in_block("notes", &notes, lang, &mut errors);
        if notes.chars().count() > MAX_NOTES {
            errors.add("notes", too_long(MAX_NOTES));
        }
        let (Some(kind), Some(country), Some(stage)) = (kind, country, stage) else {
            return Err(errors);
        };
        let contact = NewContact {
            organisation,
            kind,
            country,
            contact_name,
            contact_email,
            als_id,
            contacted_on,
            gse_owner_id,
            stage,
            training_event_id,
            signed_zones,
            notes,
        };
        // What the chosen stage asks for, next to the field that lacks it (a field already
        // wrong keeps its own message).
        for broken in rules::missing(stage, &Facts::of_new(&contact)) {
            errors.add(broken.field, lang.t(broken.key));
        }
        if errors.is_empty() {
            Ok(contact)
        } else {
            Err(errors)
        }
    }
}

/// An optional id that must be one of `allowed`.
fn chosen(
    field: &'static str,
    typed: &str,
    allowed: &[i64],
    unknown: String,
    errors: &mut FieldErrors,
) -> Option<i64> {
    match typed.trim() {
        "" => None,
        t => match t.parse::<i64>() {
            Ok(id) if allowed.contains(&id) => Some(id),
            _ => {
                errors.add(field, unknown);
                None
            }
        },
    }
}

/// Moving back needs a reason: checked against the stage stored now.
pub fn check_reason(
    current: Stage,
    to: Stage,
    reason: &str,
    lang: Lang,
    errors: &mut FieldErrors,
) -> Option<Move> {
    refuse_control_chars_in_block("reason", reason.trim(), lang, errors);
    if reason.trim().chars().count() > MAX_REASON {
        errors.add(
            "reason",
            lang.t_args("err-too-long", &[("max", (MAX_REASON as i64).into())]),
        );
    }
    match rules::check_move(current, to, reason) {
        Ok(m) => Some(m),
        Err(broken) => {
            errors.add(broken.field, lang.t(broken.key));
            None
        }
    }
}

/// What the form's selects offer, read once per page.
#[derive(Debug, Clone, Default)]
pub struct FormOptions {
    pub als: Vec<(i64, String, String)>,
    pub owners: Vec<(i64, String)>,
    pub events: Vec<EventChoice>,
}

impl FormOptions {
    /// The choices, keeping those `current` already names even if no longer offered.
    pub async fn load(pool: &SqlitePool, current: Option<&ContactRow>) -> sqlx::Result<Self> {
        Ok(Self {
            als: queries::als_choices(pool, current.and_then(|c| c.als_id)).await?,
            owners: queries::owner_choices(pool, current.and_then(|c| c.gse_owner_id)).await?,
            events: queries::event_choices(pool, current.and_then(|c| c.training_event_id)).await?,
        })
    }

    fn als_ids(&self) -> Vec<i64> {
        self.als.iter().map(|a| a.0).collect()
    }

    fn owner_ids(&self) -> Vec<i64> {
        self.owners.iter().map(|o| o.0).collect()
    }

    fn event_ids(&self) -> Vec<i64> {
        self.events.iter().map(|e| e.0).collect()
    }

    pub fn als_choices(&self, lang: Lang, countries: &Countries, current: &str) -> Vec<Choice> {
        self.als
            .iter()
            .map(|(id, name, country)| {
                let country = countries
                    .get(country)
                    .map_or(country.as_str(), |c| c.name(lang));
                Choice::new(id.to_string(), format!("{name} ({country})"), current)
            })
            .collect()
    }

    pub fn owner_choices(&self, current: &str) -> Vec<Choice> {
        self.owners
            .iter()
            .map(|(id, name)| Choice::new(id.to_string(), name.clone(), current))
            .collect()
    }

    pub fn event_choices(&self, lang: Lang, current: &str) -> Vec<Choice> {
        self.events
            .iter()
            .map(|(id, title, start, month, year)| {
                let when = event_when(lang, start.as_deref(), *month, *year);
                Choice::new(id.to_string(), format!("{title} · {when}"), current)
            })
            .collect()
    }
}

/// An event's date as precise as it is known: a day, a month, or a year.
pub fn event_when(lang: Lang, start: Option<&str>, month: Option<i64>, year: i64) -> String {
    if let Some(d) = start.and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()) {
        return lang.date(d);
    }
    match month {
        Some(m) => lang.month_year(year as i32, m as u32),
        None => year.to_string(),
    }
}

pub fn kinds(lang: Lang, current: &str) -> Vec<Choice> {
    choices(lang, "dnssec-kind", OrgKind::VALUES, current)
}

pub fn stages(lang: Lang, current: &str) -> Vec<Choice> {
    choices(lang, "dnssec-stage", Stage::VALUES, current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::Country;

    fn countries() -> Countries {
        let c = |iso2: &str, en: &str, es: &str, sr: &str| Country {
            iso2: iso2.into(),
            name_en: en.into(),
            name_es: es.into(),
            name_pt: String::new(),
            name_fr: String::new(),
            cctld: format!(".{}", iso2.to_lowercase()),
            lacralo_subregion: sr.into(),
            kind: "country".into(),
        };
        Countries::new(vec![
            c("AR", "Argentina", "Argentina", "D"),
            c("PE", "Peru", "Perú", "B"),
        ])
    }

    fn options() -> FormOptions {
        FormOptions {
            als: vec![(7, "Demo ALS".into(), "AR".into())],
            owners: vec![(3, "Ana".into())],
            events: vec![(11, "DNSSEC training".into(), None, None, 2023)],
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 6, 1).unwrap()
    }

    fn full() -> ContactForm {
        ContactForm {
            organisation: "  Fibra del Sur  ".into(),
            kind: "isp".into(),
            country: "perú".into(),
            contact_name: "Rosa".into(),
            contact_email: "rosa@ñandú.com.ar".into(),
            als_id: "7".into(),
            contacted_on: "2023-05-31".into(),
            gse_owner_id: "3".into(),
            stage: "signing".into(),
            training_event_id: "11".into(),
            signed_zones: "2".into(),
            notes: "".into(),
            ..ContactForm::default()
        }
    }

    fn errors_of(form: &ContactForm) -> Vec<(&'static str, String)> {
        match form.parse(Lang::default(), &countries(), &options(), today()) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(|(f, m)| (f, m.to_owned())).collect(),
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let c = full()
            .parse(Lang::default(), &countries(), &options(), today())
            .unwrap();
        assert_eq!(c.organisation, "Fibra del Sur");
        assert_eq!(c.country, "PE");
        assert_eq!(c.stage, Stage::Signing);
        assert_eq!(c.signed_zones, 2);
        assert_eq!(c.contact_email, "rosa@ñandú.com.ar");
    }

    #[test]
    fn each_field_has_its_own_error() {
        // (field changed, value, field with the error)
        let cases: &[(&str, &str, &str)] = &[
            ("organisation", " ", "organisation"),
            ("organisation", &"x".repeat(201), "organisation"),
            ("kind", "bank", "kind"),
            ("country", "", "country"),
            ("country", "Spain", "country"),
            ("contact_email", "rosa at example", "contact_email"),
            ("als_id", "99", "als_id"),
            ("als_id", "seven", "als_id"),
            ("contacted_on", "2023-02-30", "contacted_on"),
            ("contacted_on", "2023-06-02", "contacted_on"),
            ("gse_owner_id", "4", "gse_owner_id"),
            ("stage", "done", "stage"),
            ("training_event_id", "12", "training_event_id"),
            ("signed_zones", "-1", "signed_zones"),
            ("signed_zones", "2.5", "signed_zones"),
            ("signed_zones", "20000000", "signed_zones"),
        ];
        for (field, value, expected) in cases {
            let mut form = full();
            match *field {
                "organisation" => form.organisation = value.to_string(),
                "kind" => form.kind = value.to_string(),
                "country" => form.country = value.to_string(),
                "contact_email" => form.contact_email = value.to_string(),
                "als_id" => form.als_id = value.to_string(),
                "contacted_on" => form.contacted_on = value.to_string(),
                "gse_owner_id" => form.gse_owner_id = value.to_string(),
                "stage" => form.stage = value.to_string(),
                "training_event_id" => form.training_event_id = value.to_string(),
                "signed_zones" => form.signed_zones = value.to_string(),
                _ => unreachable!(),
            }
            let errors = errors_of(&form);
            assert!(
                errors.iter().any(|(f, _)| f == expected),
                "{field}={value:?}: {errors:?}"
            );
        }
    }

    #[test]
    fn the_stage_rules_name_the_missing_field() {
        let mut form = full();
        form.training_event_id.clear();
        form.stage = "trained".into();
        let errors = errors_of(&form);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].0, "training_event_id");

        let mut form = full();
        form.signed_zones = "0".into();
        assert_eq!(errors_of(&form)[0].0, "signed_zones");

        // At "identified" nothing else is needed.
        let form = ContactForm {
            organisation: "Cable Andino".into(),
            country: "AR".into(),
            ..ContactForm::blank()
        };
        assert!(errors_of(&form).is_empty());
    }

    #[test]
    fn moving_back_needs_a_reason() {
        let lang = Lang::default();
        let mut errors = FieldErrors::default();
        assert_eq!(
            check_reason(Stage::Trained, Stage::Contacted, " ", lang, &mut errors),
            None
        );
        assert!(errors.has("reason"));
        let mut errors = FieldErrors::default();
        assert_eq!(
            check_reason(
                Stage::Trained,
                Stage::Contacted,
                "Cancelled",
                lang,
                &mut errors
            ),
            Some(Move::Backward)
        );
        assert!(errors.is_empty());
    }
}
