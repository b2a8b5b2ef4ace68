//! CROP rows as the pages show them, in the reader's language.

use chrono::Utc;
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;

use super::model::{ApplicationRow, OpportunityRow};
use super::queries::PhaseChangeRow;
use super::{procedure, rules};
use crate::countries::Countries;
use crate::web::Lang;
use crate::web::i18n::timestamp;

/// A last day and the instant it ends, as every CROP date is shown: the day, the zone it is
/// counted in, and the instant in UTC.
pub fn day_in_zone(
    lang: Lang,
    zone: Tz,
    viewer: Tz,
    last_day: chrono::NaiveDate,
    ends_at: chrono::DateTime<Utc>,
) -> String {
    let yours = ends_at.with_timezone(&viewer);
    lang.t_args(
        "crop-deadline-text",
        &[
            ("day", FluentValue::from(lang.date(last_day))),
            ("zone", FluentValue::from(zone.name().to_owned())),
            (
                "yours",
                FluentValue::from(format!(
                    "{} {} {}",
                    lang.date_short(yours.date_naive()),
                    yours.format("%H:%M"),
                    viewer.name()
                )),
            ),
        ],
    )
}

/// ICANN's clocks for a trip, as (what, when) lines in the order they fall: 8 weeks, 7,
/// then 6 before departure.
pub fn clock_lines(
    lang: Lang,
    zone: Tz,
    viewer: Tz,
    clocks: &procedure::Clocks,
) -> Vec<(String, String)> {
    let line = |key: &str, c: procedure::Clock| {
        (
            lang.t(key),
            day_in_zone(lang, zone, viewer, c.last_day, c.ends_at),
        )
    };
    vec![
        line("crop-clock-recommended", clocks.recommended),
        line("crop-clock-gse", clocks.gse_endorse_by),
        line("crop-clock-travel", clocks.travel_deadline),
    ]
}

pub struct OpportunityView {
    pub id: i64,
    pub event_id: i64,
    pub title: String,
    pub event_dates: String,
    pub place: String,
    pub fiscal_year: crate::crop::rules::FiscalYear,
    pub subregion: String,
    pub subregion_label: String,
    pub phase: String,
    pub phase_label: String,
    pub announced_on: String,
    pub priority_ends_on: String,
    /// "March 10, 2027, end of day America/Bogota (05:00 UTC on March 11)".
    pub deadline: String,
    pub deadline_passed: bool,
    pub slots: i64,
    pub approved: i64,
    pub slots_left: i64,
    pub applications: i64,
    pub subregion_applications: i64,
    /// Set when the deadline leaves less than six weeks before the event.
    pub too_close_warning: Option<String>,
    pub notes: String,
    pub version: i64,
    /// ICANN's clocks for a trip leaving the day before the event starts.
    pub clocks: Vec<(String, String)>,
}

impl OpportunityView {
    /// The opportunity for a reader of `lang` who reads times in `viewer`'s zone.
    pub fn new(row: &OpportunityRow, lang: Lang, viewer: Tz, countries: &Countries) -> Self {
        let deadline_at = row.deadline_at();
        let zone: Tz = row.time_zone.parse().unwrap_or(Tz::UTC);
        let deadline = day_in_zone(lang, zone, viewer, row.deadline_on(), deadline_at);
        let event_dates = match (row.event_start(), row.event_end()) {
            (Some(s), Some(e)) if s != e => format!("{} – {}", lang.date(s), lang.date(e)),
            (Some(s), _) => lang.date(s),
            _ => String::new(),
        };
        let place = [
            Some(row.event_city.clone()).filter(|c| !c.is_empty()),
            row.event_country
                .as_deref()
                .and_then(|c| countries.get(c))
                .map(|c| c.name(lang).to_owned()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        let too_close_warning = row.event_start().and_then(|start| {
            rules::too_close_to_event(row.deadline_on(), start).then(|| {
                lang.t_args(
                    "crop-warn-too-close",
                    &[(
                        "days",
                        FluentValue::from((start - row.deadline_on()).num_days()),
                    )],
                )
            })
        });
        let phase = row.phase();
        Self {
            id: row.id,
            event_id: row.event_id,
            title: row.event_title.clone(),
            event_dates,
            place,
            fiscal_year: row.fiscal_year,
            subregion: row.subregion.to_string(),
            subregion_label: lang.t(&row.subregion.label_key()),
            phase: phase.as_str().to_owned(),
            phase_label: lang.t(&phase.label_key()),
            announced_on: row
                .announced_on
                .as_deref()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| lang.date(d))
                .unwrap_or_default(),
            priority_ends_on: lang.date(row.priority_ends_on()),
            deadline,
            deadline_passed: Utc::now() >= deadline_at,
            slots: row.slots,
            approved: row.approved,
            slots_left: row.slots_left(),
            applications: row.applications,
            subregion_applications: row.subregion_applications,
            too_close_warning,
            notes: row.notes.clone(),
            version: row.version,
            clocks: row
                .event_start()
                .map(|start| {
                    let (departure, _) =
                        procedure::proposed_trip(start, row.event_end().unwrap_or(start));
                    clock_lines(lang, zone, viewer, &procedure::clocks(departure, zone))
                })
                .unwrap_or_default(),
        }
    }

    pub fn is_draft(&self) -> bool {
        self.phase == "draft"
    }

    pub fn is_subregion(&self) -> bool {
        self.phase == "subregion"
    }

    pub fn is_closed(&self) -> bool {
        self.phase == "closed"
    }
}

pub struct PhaseChangeView {
    pub when: String,
    pub from: String,
    pub to: String,
    pub reason: String,
    pub who: String,
    pub subregion_applications: i64,
}

impl PhaseChangeView {
    pub fn new(row: &PhaseChangeRow, lang: Lang) -> Self {
        let label = |p: &str| {
            super::model::Phase::parse(p).map_or(p.to_owned(), |p| lang.t(&p.label_key()))
        };
        Self {
            when: timestamp(&row.changed_at, lang),
            from: label(&row.from_phase),
            to: label(&row.to_phase),
            reason: row.reason.clone(),
            who: row.changed_by.clone().unwrap_or_default(),
            subregion_applications: row.subregion_applications,
        }
    }
}

pub struct ApplicationView {
    pub id: i64,
    pub opportunity_id: i64,
    pub event_title: String,
    pub member_name: String,
    pub member_country: String,
    pub als_name: String,
    pub in_subregion: bool,
    pub motivation: String,
    pub outreach_plan: String,
    pub languages: Vec<String>,
    pub travel_needs: String,
    pub status: String,
    pub status_label: String,
    pub decision_reason: String,
    pub decided: String,
    pub submitted: String,
    pub report: String,
    pub report_filed: String,
    /// "Due May 24, 2027", for approved trips of events with an end.
    pub report_due: String,
    pub report_overdue: bool,
    /// ICANN's questions (in the reader's language) with the traveller's answers (in the
    /// assessment's), the results last; empty before one is filed.
    pub assessment: Vec<(String, String)>,
    /// The language the answers are written in ("" for a report from before the questions).
    pub report_language: String,
    pub report_language_label: String,
    /// The assessment in English, when written in another language.
    pub english: String,
    /// Filed, but ICANN would not have it in English.
    pub english_missing: bool,
    /// What leadership asked for, while the applicant has not resubmitted.
    pub info_request: String,
    pub info_pending: bool,
    pub version: i64,
}

impl ApplicationView {
    pub fn new(row: &ApplicationRow, lang: Lang, countries: &Countries) -> Self {
        let status = row.status();
        let due = row.assessment_due();
        Self {
            id: row.id,
            opportunity_id: row.opportunity_id,
            event_title: row.event_title.clone(),
            member_name: row.member_name.clone(),
            member_country: countries
                .get(&row.member_country)
                .map_or(row.member_country.clone(), |c| c.name(lang).to_owned()),
            als_name: row.als_name.clone().unwrap_or_default(),
            in_subregion: row.in_subregion,
            motivation: row.motivation.clone(),
            outreach_plan: row.outreach_plan.clone(),
            languages: crate::webinars::model::parse_languages(&row.languages)
                .iter()
                .map(|l| lang.t(&l.label_key()))
                .collect(),
            travel_needs: row.travel_needs.clone(),
            status: status.as_str().to_owned(),
            status_label: lang.t(&status.label_key()),
            decision_reason: row.decision_reason.clone(),
            decided: row
                .decided_at
                .as_deref()
                .map(|t| timestamp(t, lang))
                .unwrap_or_default(),
            submitted: timestamp(&row.created_at, lang),
            report: row.report.clone(),
            report_filed: row
                .report_filed_at
                .as_deref()
                .map(|t| timestamp(t, lang))
                .unwrap_or_default(),
            report_due: due.map(|d| lang.date(d)).unwrap_or_default(),
            report_overdue: status == super::model::AppStatus::Approved
                && row.report_filed_at.is_none()
                && due.is_some_and(|d| d < Utc::now().date_naive()),
            assessment: assessment_answers(row, lang),
            report_language: row.report_language.clone(),
            report_language_label: crate::webinars::model::WebinarLanguage::parse(
                &row.report_language,
            )
            .map(|l| lang.t(&l.label_key()))
            .unwrap_or_default(),
            english: row.report_english.clone(),
            english_missing: row.english_missing(),
            info_request: row.info_request.clone(),
            info_pending: row.info_pending() && status.is_open(),
            version: row.version,
        }
    }

    pub fn is_approved(&self) -> bool {
        self.status == "approved"
    }
}

/// ICANN's assessment questions in `lang`, each with its answer as filed; a report from
/// before the questions has only its results.
fn assessment_answers(row: &ApplicationRow, lang: Lang) -> Vec<(String, String)> {
    if row.report_filed_at.is_none() {
        return Vec::new();
    }
    let people = row
        .report_people_reached
        .map(|n| n.to_string())
        .unwrap_or_default();
    [
        ("crop-assessment-objectives", row.report_objectives.as_str()),
        ("crop-assessment-activities", row.report_activities.as_str()),
        ("crop-assessment-people", people.as_str()),
        ("crop-assessment-contacts", row.report_contacts.as_str()),
        ("crop-assessment-follow-up", row.report_follow_up.as_str()),
        ("crop-assessment-results", row.report.as_str()),
    ]
    .into_iter()
    .filter(|(_, answer)| !answer.trim().is_empty())
    .map(|(key, answer)| (lang.t(key), answer.to_owned()))
    .collect()
}
