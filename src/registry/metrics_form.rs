//! The forms of the ALS metrics: the thresholds leadership set, and a poll with the ALSs
//! that voted in it; parsed once, every problem reported at once.

use serde::{Deserialize, Serialize};

use super::metrics::Thresholds;
use crate::web::Lang;
use crate::web::forms::{FieldErrors, optional_date, refuse_control_chars};

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct ThresholdsForm {
    pub meetings: String,
    pub meetings_months: String,
    pub contributions: String,
    pub contributions_months: String,
    pub votes: String,
    pub polls: String,
    pub local_reports: String,
    pub local_reports_months: String,
    pub version: String,
}

/// A whole number in `min..=max` under `field`, or the message saying which range.
fn number(
    field: &'static str,
    typed: &str,
    (min, max): (i64, i64),
    lang: Lang,
    errors: &mut FieldErrors,
) -> i64 {
    match typed.trim().parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            errors.add(
                field,
                lang.t_args(
                    "metrics-err-number",
                    &[("min", min.into()), ("max", max.into())],
                ),
            );
            min
        }
    }
}

impl ThresholdsForm {
    pub fn from(t: &Thresholds, version: i64) -> Self {
        Self {
            meetings: t.meetings.to_string(),
            meetings_months: t.meetings_months.to_string(),
            contributions: t.contributions.to_string(),
            contributions_months: t.contributions_months.to_string(),
            votes: t.votes.to_string(),
            polls: t.polls.to_string(),
            local_reports: t.local_reports.to_string(),
            local_reports_months: t.local_reports_months.to_string(),
            version: version.to_string(),
        }
    }

    /// The bounds are the table's CHECKs: counts 1–50 (votes and polls 1–20, votes no more
    /// than polls), windows 1–24 months.
    pub fn parse(&self, lang: Lang) -> Result<Thresholds, FieldErrors> {
        let mut e = FieldErrors::default();
        let counts = (1, 50);
        let months = (1, 24);
        let t = Thresholds {
            meetings: number("meetings", &self.meetings, counts, lang, &mut e),
            meetings_months: number(
                "meetings_months",
                &self.meetings_months,
                months,
                lang,
                &mut e,
            ) as u32,
            contributions: number("contributions", &self.contributions, counts, lang, &mut e),
            contributions_months: number(
                "contributions_months",
                &self.contributions_months,
                months,
                lang,
                &mut e,
            ) as u32,
            votes: number("votes", &self.votes, (1, 20), lang, &mut e),
            polls: number("polls", &self.polls, (1, 20), lang, &mut e),
            local_reports: number("local_reports", &self.local_reports, counts, lang, &mut e),
            local_reports_months: number(
                "local_reports_months",
                &self.local_reports_months,
                months,
                lang,
                &mut e,
            ) as u32,
        };
        if !e.has("votes") && !e.has("polls") && t.votes > t.polls {
            e.add("votes", lang.t("metrics-err-votes-over-polls"));
        }
        if e.is_empty() { Ok(t) } else { Err(e) }
    }
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct PollForm {
    pub title: String,
    pub held_on: String,
    /// The ids of the ALSs that voted (one `als` field per ticked box).
    pub als: Vec<String>,
    /// The version a change was read at (none for a new poll).
    pub version: String,
}

/// A poll ready to be stored: title, day, the ALSs that voted.
pub struct NewPoll {
    pub title: String,
    pub held_on: chrono::NaiveDate,
    pub voted: Vec<i64>,
}

impl PollForm {
    pub fn parse(&self, lang: Lang, today: chrono::NaiveDate) -> Result<NewPoll, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = self.title.trim().to_owned();
        refuse_control_chars("title", &title, lang, &mut errors);
        if title.is_empty() {
            errors.add("title", lang.t("err-title-required"));
        } else if title.chars().count() > 200 {
            errors.add("title", lang.t_args("err-too-long", &[("max", 200.into())]));
        }
        let held_on = optional_date("held_on", &self.held_on, lang, &mut errors);
        match held_on {
            None if !errors.has("held_on") => {
                errors.add("held_on", lang.t("application-err-date-required"))
            }
            Some(d) if d > today => errors.add("held_on", lang.t("metrics-err-poll-future")),
            _ => {}
        }
        let voted: Vec<i64> = self
            .als
            .iter()
            .filter_map(|s| s.trim().parse().ok())
            .collect();
        if voted.len() != self.als.len() {
            errors.add("als", lang.t("err-choose-from-list"));
        } else if voted.is_empty() {
            errors.add("als", lang.t("metrics-err-poll-no-voters"));
        }
        match held_on {
            Some(held_on) if errors.is_empty() => Ok(NewPoll {
                title,
                held_on,
                voted,
            }),
            _ => Err(errors),
        }
    }
}
