//! CROP's forms as typed, and their parsing into the domain's types: an application, the
//! version-carrying forms of withdrawing and reporting, and the opportunity form.

use chrono::NaiveDate;
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::model::{
    ApplicationRow, Assessment, CostKind, NewApplication, NewYearPlan, OpportunityRow, YearPlanRow,
};
use super::money::{Currency, TripCosts, amount_text, parse_amount};
use super::queries::{CostRow, NewOpportunity};
use super::rules::{self, FiscalYear};
use crate::countries::SubRegion;
use crate::events::model::EventRow;
use crate::web::Lang;
use crate::web::forms::{
    FieldErrors, is_web_address, refuse_control_chars, refuse_control_chars_in_block,
};
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
    /// "1" once the person has confirmed (withdrawing).
    pub confirm: String,
}

/// The longest English version of an assessment (all six answers together).
pub const ENGLISH_MAX: usize = 30000;
/// The most people a trip can say it reached.
pub const PEOPLE_MAX: i64 = 1_000_000;

/// The trip assessment as typed: ICANN's questions, the language they are answered in, and
/// the English version ICANN requires when that language is not English.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct AssessmentForm {
    pub objectives: String,
    pub activities: String,
    pub people_reached: String,
    pub contacts: String,
    pub follow_up: String,
    /// The results (the column every report has had).
    pub report: String,
    pub report_language: String,
    pub english: String,
    pub version: String,
}

impl AssessmentForm {
    /// The stored assessment, or an empty one in `lang` (the writer's own).
    pub fn from_row(row: &ApplicationRow, lang: Lang) -> Self {
        Self {
            objectives: row.report_objectives.clone(),
            activities: row.report_activities.clone(),
            people_reached: row
                .report_people_reached
                .map(|n| n.to_string())
                .unwrap_or_default(),
            contacts: row.report_contacts.clone(),
            follow_up: row.report_follow_up.clone(),
            report: row.report.clone(),
            report_language: if row.report_language.is_empty() {
                lang.code().to_owned()
            } else {
                row.report_language.clone()
            },
            english: row.report_english.clone(),
            version: row.version.to_string(),
        }
    }

    /// The assessment of a trip whose event began on `event_start`, filed on `today`; or
    /// every field's problem at once. The English version may be left for later: the
    /// report is then flagged until it is added.
    pub fn parse(
        &self,
        lang: Lang,
        event_start: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<Assessment, FieldErrors> {
        let mut errors = FieldErrors::default();
        let too_long = |max: usize| lang.t_args("err-too-long", &[("max", FluentValue::from(max))]);
        let mut text = |field: &'static str, value: &str, max: usize, required: bool| {
            let value = value.trim().to_owned();
            refuse_control_chars_in_block(field, &value, lang, &mut errors);
            if required && value.is_empty() {
                errors.add(field, lang.t(&format!("crop-err-assessment-{field}")));
            } else if value.chars().count() > max {
                errors.add(field, too_long(max));
            }
            value
        };
        let objectives = text("objectives", &self.objectives, TEXT_MAX, true);
        let activities = text("activities", &self.activities, TEXT_MAX, true);
        let contacts = text("contacts", &self.contacts, TEXT_MAX, true);
        let follow_up = text("follow_up", &self.follow_up, TEXT_MAX, true);
        let english = text("english", &self.english, ENGLISH_MAX, false);
        let results = self.report.trim().to_owned();
        if let Err(problem) = rules::check_report(event_start, today, &results) {
            errors.add("report", problem.explain(lang));
        }
        let people = self.people_reached.trim();
        let people_reached = match people.parse::<i64>() {
            Ok(n) if (0..=PEOPLE_MAX).contains(&n) => n,
            _ if people.is_empty() => {
                errors.add("people_reached", lang.t("crop-err-assessment-people"));
                0
            }
            _ => {
                errors.add(
                    "people_reached",
                    lang.t_args(
                        "crop-err-assessment-people-number",
                        &[("max", FluentValue::from(PEOPLE_MAX))],
                    ),
                );
                0
            }
        };
        // LACRALO's four languages, as webinars offer them.
        let language = WebinarLanguage::parse(&self.report_language).map(|l| l.as_str());
        if language.is_none() {
            errors.add("report_language", lang.t("err-choose-from-list"));
        }
        match language {
            Some(language) if errors.is_empty() => Ok(Assessment {
                objectives,
                activities,
                people_reached,
                contacts,
                follow_up,
                results,
                english: if language == "en" {
                    String::new()
                } else {
                    english
                },
                language,
            }),
            _ => Err(errors),
        }
    }
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
    /// "on" when the event is an ICANN meeting.
    pub icann_meeting: String,
    pub version: String,
}

impl OpportunityForm {
    pub fn is_icann_meeting(&self) -> bool {
        self.icann_meeting == "on"
    }

    pub fn from_row(row: &OpportunityRow) -> Self {
        Self {
            event: row.event_id.to_string(),
            fiscal_year: row.fiscal_year.to_string(),
            slots: row.slots.to_string(),
            priority_ends_on: row.priority_ends_on.clone(),
            deadline_on: row.deadline_on.clone(),
            time_zone: row.time_zone.clone(),
            notes: row.notes.clone(),
            icann_meeting: if row.icann_meeting { "on" } else { "" }.to_owned(),
            version: row.version.to_string(),
        }
    }

    /// The opportunity for `event` (none: not found), whose sub-region comes from its
    /// country through `subregion_of`; or every field's problem at once.
    pub fn parse(
        &self,
        event: Option<&EventRow>,
        subregion_of: impl Fn(&str) -> Option<SubRegion>,
        lang: Lang,
    ) -> Result<NewOpportunity, FieldErrors> {
        let mut errors = FieldErrors::default();
        let t = |k: &str| lang.t(k);
        let mut subregion = None;
        let mut event_start = None;
        match event {
            None => errors.add("event", t("crop-err-event-required")),
            Some(e) => {
                event_start = e
                    .start_date
                    .as_deref()
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
                if event_start.is_none() {
                    errors.add("event", t("crop-err-event-undated"));
                }
                subregion = e.country.as_deref().and_then(&subregion_of);
                if subregion.is_none() {
                    errors.add("event", t("crop-err-event-no-country"));
                }
            }
        }
        let fiscal_year = self
            .fiscal_year
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(FiscalYear::new);
        if fiscal_year.is_none() {
            errors.add("fiscal_year", t("crop-err-fiscal-year"));
        }
        let slots = self
            .slots
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=20).contains(n));
        if slots.is_none() {
            errors.add("slots", t("crop-err-slots"));
        }
        let day = |field: &'static str, value: &str, errors: &mut FieldErrors| match value.trim() {
            "" => {
                errors.add(field, t("err-start-date-required"));
                None
            }
            v => NaiveDate::parse_from_str(v, "%Y-%m-%d").ok().or_else(|| {
                errors.add(field, t("err-date-invalid"));
                None
            }),
        };
        let priority_ends_on = day("priority_ends_on", &self.priority_ends_on, &mut errors);
        let deadline_on = day("deadline_on", &self.deadline_on, &mut errors);
        if let (Some(p), Some(d)) = (priority_ends_on, deadline_on) {
            if p > d {
                errors.add("priority_ends_on", t("crop-err-window-after-deadline"));
            }
        }
        if let (Some(d), Some(start)) = (deadline_on, event_start) {
            if d >= start {
                errors.add("deadline_on", t("crop-err-deadline-after-event"));
            }
        }
        let zone = self.time_zone.trim().parse::<Tz>().ok();
        if zone.is_none() {
            errors.add("time_zone", t("err-zone-unknown"));
        }
        let notes = self.notes.trim().to_owned();
        refuse_control_chars_in_block("notes", &notes, lang, &mut errors);
        if notes.chars().count() > TEXT_MAX {
            errors.add(
                "notes",
                lang.t_args("err-too-long", &[("max", FluentValue::from(TEXT_MAX))]),
            );
        }
        match (
            event,
            fiscal_year,
            slots,
            subregion,
            priority_ends_on,
            deadline_on,
            zone,
        ) {
            (Some(e), Some(fy), Some(slots), Some(sub), Some(p), Some(d), Some(z))
                if errors.is_empty() =>
            {
                Ok(NewOpportunity {
                    event_id: e.id,
                    fiscal_year: fy,
                    slots,
                    subregion: sub,
                    priority_ends_on: p,
                    deadline_on: d,
                    time_zone: z.name().to_owned(),
                    deadline_at: rules::deadline_instant(d, z),
                    notes,
                    icann_meeting: self.is_icann_meeting(),
                })
            }
            _ => Err(errors),
        }
    }
}

/// The year's plan approval as typed.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct YearPlanForm {
    pub leadership_approver: String,
    pub gse_approver: String,
    pub approved_on: String,
    pub link: String,
    pub version: String,
}

impl YearPlanForm {
    pub fn from_row(row: &YearPlanRow) -> Self {
        Self {
            leadership_approver: row.leadership_approver.clone(),
            gse_approver: row.gse_approver.clone(),
            approved_on: row.approved_on.clone(),
            link: row.link.clone(),
            version: row.version.to_string(),
        }
    }

    /// Every field's problem at once; an approval dated after `today` has not happened.
    pub fn parse(&self, lang: Lang, today: NaiveDate) -> Result<NewYearPlan, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut name = |field: &'static str, value: &str| {
            let value = value.trim().to_owned();
            refuse_control_chars(field, &value, lang, &mut errors);
            if value.is_empty() {
                errors.add(field, lang.t("crop-err-plan-approver"));
            } else if value.chars().count() > 200 {
                errors.add(
                    field,
                    lang.t_args("err-too-long", &[("max", FluentValue::from(200))]),
                );
            }
            value
        };
        let leadership_approver = name("leadership_approver", &self.leadership_approver);
        let gse_approver = name("gse_approver", &self.gse_approver);
        let approved_on = match NaiveDate::parse_from_str(self.approved_on.trim(), "%Y-%m-%d") {
            Ok(d) if d <= today => Some(d),
            Ok(_) => {
                errors.add("approved_on", lang.t("crop-err-plan-future"));
                None
            }
            Err(_) if self.approved_on.trim().is_empty() => {
                errors.add("approved_on", lang.t("crop-err-plan-date"));
                None
            }
            Err(_) => {
                errors.add("approved_on", lang.t("err-date-invalid"));
                None
            }
        };
        let link = self.link.trim().to_owned();
        if !is_web_address(&link) || link.chars().count() > 2000 {
            errors.add("link", lang.t("crop-err-plan-link"));
        }
        match approved_on {
            Some(approved_on) if errors.is_empty() => Ok(NewYearPlan {
                leadership_approver,
                gse_approver,
                approved_on,
                link,
            }),
            _ => Err(errors),
        }
    }
}

/// A trip's costs as typed: the estimate before it, or the actual costs after it.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CostForm {
    pub kind: String,
    pub currency: String,
    pub airfare: String,
    pub hotel_nights: String,
    pub hotel_per_night: String,
    pub per_diem_days: String,
    pub visa: String,
    /// The stored costs' version (0: none yet).
    pub version: String,
}

impl CostForm {
    pub fn from_row(row: &CostRow) -> Self {
        Self {
            kind: row.kind.as_str().to_owned(),
            currency: row.currency.clone(),
            airfare: amount_text(row.airfare_cents),
            hotel_nights: row.hotel_nights.to_string(),
            hotel_per_night: amount_text(row.hotel_night_cents),
            per_diem_days: row.per_diem_days.to_string(),
            visa: amount_text(row.visa_cents),
            version: row.version.to_string(),
        }
    }

    pub fn empty(kind: CostKind) -> Self {
        Self {
            kind: kind.as_str().to_owned(),
            currency: "USD".to_owned(),
            version: "0".to_owned(),
            ..Self::default()
        }
    }

    /// The costs, or every field's problem at once: amounts as people type them, whole
    /// nights and days, and CROP's caps (hotel 3 nights, per diem 4 days, visa US$200).
    pub fn parse(&self, lang: Lang) -> Result<(CostKind, Currency, TripCosts), FieldErrors> {
        let mut errors = FieldErrors::default();
        let kind = CostKind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", lang.t("err-choose-from-list"));
        }
        let currency = Currency::parse(&self.currency);
        if currency.is_none() {
            errors.add("currency", lang.t("err-choose-from-list"));
        }
        let mut amount = |field: &'static str, typed: &str| match typed.trim() {
            "" => 0,
            t => parse_amount(t).unwrap_or_else(|e| {
                errors.add(field, lang.t(e.message_key()));
                0
            }),
        };
        let airfare = amount("airfare", &self.airfare);
        let hotel_per_night = amount("hotel_per_night", &self.hotel_per_night);
        let visa = amount("visa", &self.visa);
        let mut count = |field: &'static str, typed: &str| match typed.trim() {
            "" => 0,
            t => match t.parse::<i64>() {
                Ok(n) if (0..=366).contains(&n) => n,
                _ => {
                    errors.add(field, lang.t("crop-err-whole-number"));
                    0
                }
            },
        };
        let costs = TripCosts {
            airfare,
            hotel_nights: count("hotel_nights", &self.hotel_nights),
            hotel_per_night,
            per_diem_days: count("per_diem_days", &self.per_diem_days),
            visa,
        };
        for cap in costs.over_caps(currency.unwrap_or_default()) {
            if !errors.has(cap.field()) {
                errors.add(cap.field(), lang.t(cap.message_key()));
            }
        }
        match (kind, currency) {
            (Some(kind), Some(currency)) if errors.is_empty() => Ok((kind, currency, costs)),
            _ => Err(errors),
        }
    }
}
