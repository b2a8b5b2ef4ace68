//! The engagement form, shared by the ALS page and the member page.

use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use super::model::EngagementKind;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::Lang;
use crate::web::forms::{FieldErrors, refuse_control_chars_in_block};

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct EngagementForm {
    pub kind: String,
    pub happened_on: String,
    pub description: String,
    /// Empty: the ALS as a whole.
    pub member_id: String,
    /// Empty: not tied to an event.
    pub event_id: String,
}

/// An engagement as typed, checked.
pub struct Checked {
    pub kind: EngagementKind,
    pub happened_on: NaiveDate,
    pub description: String,
    pub member_id: Option<i64>,
    pub event_id: Option<i64>,
}

impl EngagementForm {
    /// Checks every field; `members` are the members who may be named (those of the ALS).
    /// Only an event that exists, only a day that has come.
    pub async fn check(
        &self,
        state: &AppState,
        lang: Lang,
        members: &[i64],
    ) -> AppResult<Result<Checked, FieldErrors>> {
        let mut errors = FieldErrors::default();
        let kind = EngagementKind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", lang.t("err-choose-from-list"));
        }
        let day = NaiveDate::parse_from_str(self.happened_on.trim(), "%Y-%m-%d").ok();
        match day {
            None => errors.add("happened_on", lang.t("err-date-invalid")),
            Some(d) if d > Utc::now().date_naive() => {
                errors.add("happened_on", lang.t("engagement-err-future"))
            }
            _ => {}
        }
        let description = self.description.trim().to_owned();
        refuse_control_chars_in_block("description", &description, lang, &mut errors);
        if description.chars().count() > 1000 {
            errors.add(
                "description",
                lang.t_args("err-too-long", &[("max", 1000.into())]),
            );
        }
        let member_id = match self.member_id.trim() {
            "" => None,
            m => {
                let found = m.parse::<i64>().ok().filter(|id| members.contains(id));
                if found.is_none() {
                    errors.add("member_id", lang.t("err-choose-from-list"));
                }
                found
            }
        };
        let event_id = match self.event_id.trim() {
            "" => None,
            e => {
                let found = match e.parse::<i64>() {
                    Ok(id) => crate::events::queries::get(&state.pool, id)
                        .await?
                        .map(|ev| ev.id),
                    Err(_) => None,
                };
                if found.is_none() {
                    errors.add("event_id", lang.t("err-choose-from-list"));
                }
                found
            }
        };
        Ok(match (kind, day) {
            (Some(kind), Some(happened_on)) if errors.is_empty() => Ok(Checked {
                kind,
                happened_on,
                description,
                member_id,
                event_id,
            }),
            _ => Err(errors),
        })
    }
}
