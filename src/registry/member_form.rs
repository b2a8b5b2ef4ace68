//! The member form as typed, and its parsing into a new or changed member.

use serde::{Deserialize, Serialize};

use super::member_queries::{MemberRow, NewMember};
use crate::accounts::email::EmailAddress;
use crate::countries::Countries;
use crate::registry::sources::Source;
use crate::web::Lang;
use crate::web::forms::{
    FieldErrors, optional_date, refuse_control_chars, refuse_control_chars_in_block,
};

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct MemberForm {
    pub name: String,
    pub email: String,
    pub country: String,
    /// `als` or `individual`.
    pub membership: String,
    pub als_id: String,
    pub active: Option<String>,
    pub joined_on: String,
    pub notes: String,
    /// The language messages to them are written in when they have no account.
    pub language: String,
    /// Where they heard of LACRALO (`registry::sources`): `event:12`, or empty.
    pub source: String,
    pub version: String,
}

impl MemberForm {
    pub fn blank() -> Self {
        Self {
            membership: "als".into(),
            active: Some("on".into()),
            ..Self::default()
        }
    }

    pub fn from_row(m: &MemberRow) -> Self {
        Self {
            name: m.name.clone(),
            email: m.email.clone().unwrap_or_default(),
            country: m.country.clone(),
            membership: if m.als_id.is_some() {
                "als"
            } else {
                "individual"
            }
            .into(),
            als_id: m.als_id.map(|id| id.to_string()).unwrap_or_default(),
            active: m.active.then(|| "on".into()),
            joined_on: m.joined_on.clone().unwrap_or_default(),
            notes: m.notes.clone(),
            language: m.language.clone().unwrap_or_default(),
            source: m.source().map(|s| s.value()).unwrap_or_default(),
            version: m.version.to_string(),
        }
    }

    pub fn parse(
        &self,
        lang: Lang,
        countries: &Countries,
        als_ids: &[i64],
    ) -> Result<NewMember, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim().to_owned();
        refuse_control_chars("name", &name, lang, &mut errors);
        if name.is_empty() {
            errors.add("name", lang.t("member-err-name-required"));
        } else if name.chars().count() > 200 {
            errors.add("name", lang.t_args("err-too-long", &[("max", 200.into())]));
        }
        let email = match self.email.trim() {
            "" => None,
            e => match EmailAddress::parse(e) {
                Ok(e) => Some(e),
                Err(err) => {
                    errors.add("email", lang.t(err.message_key()));
                    None
                }
            },
        };
        let country = countries.required("country", &self.country, lang, &mut errors);
        let als_id = match (self.membership.as_str(), self.als_id.trim()) {
            ("individual", "") => None,
            // The two cannot both hold: say so rather than pick one.
            ("individual", _) => {
                errors.add("als_id", lang.t("member-err-individual-with-als"));
                None
            }
            ("als", "") => {
                errors.add("als_id", lang.t("member-err-als-required"));
                None
            }
            ("als", id) => match id.parse::<i64>().ok().filter(|id| als_ids.contains(id)) {
                Some(id) => Some(id),
                None => {
                    errors.add("als_id", lang.t("err-choose-from-list"));
                    None
                }
            },
            _ => {
                errors.add("membership", lang.t("err-choose-from-list"));
                None
            }
        };
        let joined_on = optional_date("joined_on", &self.joined_on, lang, &mut errors);
        let notes = self.notes.trim().to_owned();
        refuse_control_chars_in_block("notes", &notes, lang, &mut errors);
        if notes.chars().count() > 5000 {
            errors.add(
                "notes",
                lang.t_args("err-too-long", &[("max", 5000.into())]),
            );
        }
        let language = match self.language.trim() {
            "" => None,
            code => match Lang::from_code(code).filter(|l| l.code() == code) {
                Some(l) => Some(l.code().to_owned()),
                None => {
                    errors.add("language", lang.t("err-choose-from-list"));
                    None
                }
            },
        };
        let source = Source::parse(&self.source).unwrap_or_else(|_| {
            errors.add("source", lang.t("err-choose-from-list"));
            None
        });
        match country {
            Some(country) if errors.is_empty() => Ok(NewMember {
                language,
                source,
                name,
                email,
                country,
                als_id,
                active: self.active.is_some(),
                joined_on,
                notes,
            }),
            _ => Err(errors),
        }
    }
}
