//! The funds' forms as typed, and their parsing: the request with its budget lines, the
//! step leadership take, and the report with each line's actual spending.

use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::model::{LineRow, NewLine, NewReport, NewRequest};
use super::rules::{LINES_MAX, LineCategory};
use crate::crop::money::parse_amount;
use crate::web::Lang;
use crate::web::forms::{FieldErrors, refuse_control_chars, refuse_control_chars_in_block};

const TEXT_MAX: usize = 5000;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub title: String,
    pub als: String,
    pub country: String,
    pub held_on: String,
    pub objectives: String,
    pub expected_reach: String,
    pub line_category: Vec<String>,
    pub line_amount: Vec<String>,
    pub line_justification: Vec<String>,
}

/// One budget line as typed.
pub struct TypedLine {
    pub category: String,
    pub amount: String,
    pub justification: String,
}

impl RequestForm {
    /// The lines as typed, with blank rows to fill: at least four, two more than typed.
    pub fn typed_lines(&self) -> Vec<TypedLine> {
        let n = self
            .line_category
            .len()
            .max(self.line_amount.len())
            .max(self.line_justification.len());
        let get = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_default();
        let mut lines: Vec<TypedLine> = (0..n)
            .map(|i| TypedLine {
                category: get(&self.line_category, i),
                amount: get(&self.line_amount, i),
                justification: get(&self.line_justification, i),
            })
            .filter(|l| !l.amount.trim().is_empty() || !l.justification.trim().is_empty())
            .collect();
        let want = (lines.len() + 2).clamp(4, LINES_MAX);
        while lines.len() < want {
            lines.push(TypedLine {
                category: String::new(),
                amount: String::new(),
                justification: String::new(),
            });
        }
        lines
    }

    /// The request, or every field's problem at once. `als_ok` says whether the chosen ALS
    /// is one the person may ask for; `country_ok` whether the country is known.
    pub fn parse(
        &self,
        lang: Lang,
        als_ok: impl Fn(i64) -> bool,
        country_ok: impl Fn(&str) -> bool,
    ) -> Result<NewRequest, FieldErrors> {
        let mut errors = FieldErrors::default();
        let too_long = |max: usize| lang.t_args("err-too-long", &[("max", FluentValue::from(max))]);
        let title = self.title.trim().to_owned();
        refuse_control_chars("title", &title, lang, &mut errors);
        if title.is_empty() {
            errors.add("title", lang.t("fund-err-title"));
        } else if title.chars().count() > 200 {
            errors.add("title", too_long(200));
        }
        let als_id = self.als.trim().parse::<i64>().ok().filter(|id| als_ok(*id));
        if als_id.is_none() {
            errors.add("als", lang.t("fund-err-als"));
        }
        let country = self.country.trim().to_ascii_uppercase();
        if !country_ok(&country) {
            errors.add("country", lang.t("err-choose-from-list"));
        }
        let held_on = NaiveDate::parse_from_str(self.held_on.trim(), "%Y-%m-%d").ok();
        if held_on.is_none() {
            errors.add("held_on", lang.t("fund-err-date"));
        }
        let objectives = self.objectives.trim().to_owned();
        refuse_control_chars_in_block("objectives", &objectives, lang, &mut errors);
        if objectives.is_empty() {
            errors.add("objectives", lang.t("fund-err-objectives"));
        } else if objectives.chars().count() > TEXT_MAX {
            errors.add("objectives", too_long(TEXT_MAX));
        }
        let expected_reach = match self.expected_reach.trim().parse::<i64>() {
            Ok(n) if (0..=1_000_000).contains(&n) => n,
            _ => {
                errors.add("expected_reach", lang.t("fund-err-reach"));
                0
            }
        };
        let mut lines = Vec::new();
        let mut line_problems = Vec::new();
        for (i, typed) in self.typed_lines().iter().enumerate() {
            if typed.amount.trim().is_empty() && typed.justification.trim().is_empty() {
                continue;
            }
            let category = LineCategory::parse(typed.category.trim());
            let amount = parse_amount(&typed.amount);
            let justification = typed.justification.trim().to_owned();
            // One message per line, naming it: the first thing to fix on it.
            let problem = if category.is_none() {
                Some(lang.t("fund-err-line-category"))
            } else if let Err(e) = amount {
                Some(lang.t(e.message_key()))
            } else if justification.is_empty() {
                Some(lang.t("fund-err-line-justification"))
            } else if justification.chars().count() > 1000
                || crate::web::forms::has_control_chars(&justification)
            {
                Some(too_long(1000))
            } else {
                None
            };
            match (problem, category, amount) {
                (None, Some(category), Ok(amount_cents)) => lines.push(NewLine {
                    category,
                    justification,
                    amount_cents,
                }),
                (problem, _, _) => line_problems.push(lang.t_args(
                    "fund-err-line",
                    &[
                        ("n", FluentValue::from(i + 1)),
                        ("problem", FluentValue::from(problem.unwrap_or_default())),
                    ],
                )),
            }
        }
        if !line_problems.is_empty() {
            errors.add("lines", line_problems.join(" "));
        }
        if lines.is_empty() && !errors.has("lines") {
            errors.add("lines", lang.t("fund-err-no-lines"));
        }
        if lines.len() > LINES_MAX {
            errors.add("lines", lang.t("fund-err-too-many-lines"));
        }
        match (als_id, held_on) {
            (Some(als_id), Some(held_on)) if errors.is_empty() => Ok(NewRequest {
                title,
                als_id,
                country,
                held_on,
                objectives,
                expected_reach,
                lines,
            }),
            _ => Err(errors),
        }
    }
}

/// Leadership's step as typed.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub step: String,
    pub approved_on: String,
    pub approval_ref: String,
    pub reason: String,
    pub version: String,
}

/// The report as typed: each line's actual spending in `actual` (by line, in order).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    pub achieved: String,
    pub people_reached: String,
    pub actual: Vec<String>,
    pub version: String,
}

impl ReportForm {
    pub fn parse(&self, lang: Lang, lines: &[LineRow]) -> Result<NewReport, FieldErrors> {
        let mut errors = FieldErrors::default();
        let achieved = self.achieved.trim().to_owned();
        refuse_control_chars_in_block("achieved", &achieved, lang, &mut errors);
        if achieved.is_empty() {
            errors.add("achieved", lang.t("fund-err-achieved"));
        } else if achieved.chars().count() > 10_000 {
            errors.add(
                "achieved",
                lang.t_args("err-too-long", &[("max", FluentValue::from(10_000))]),
            );
        }
        let people_reached = match self.people_reached.trim().parse::<i64>() {
            Ok(n) if (0..=1_000_000).contains(&n) => n,
            _ => {
                errors.add("people_reached", lang.t("fund-err-reach"));
                0
            }
        };
        let mut actuals = Vec::new();
        let mut problems = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let typed = self.actual.get(i).map(|s| s.trim()).unwrap_or("");
            match parse_amount(typed) {
                Ok(cents) => actuals.push((line.id, cents)),
                Err(e) => problems.push(lang.t_args(
                    "fund-err-line",
                    &[
                        ("n", FluentValue::from(i + 1)),
                        ("problem", FluentValue::from(lang.t(e.message_key()))),
                    ],
                )),
            }
        }
        if !problems.is_empty() {
            errors.add("actual", problems.join(" "));
        }
        if errors.is_empty() {
            Ok(NewReport {
                achieved,
                people_reached,
                actuals,
            })
        } else {
            Err(errors)
        }
    }
}
