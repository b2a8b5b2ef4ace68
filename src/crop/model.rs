//! CROP's vocabulary and rows.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::FromRow;

text_enum!(Phase, "crop-phase", {
    Draft => "draft",
    Subregion => "subregion",
    OpenToAll => "open_to_all",
    Closed => "closed",
});

text_enum!(AppStatus, "crop-status", {
    Submitted => "submitted",
    Shortlisted => "shortlisted",
    Approved => "approved",
    Declined => "declined",
    Withdrawn => "withdrawn",
    Revoked => "revoked",
});

impl AppStatus {
    /// Undecided: submitted or shortlisted.
    pub fn is_open(self) -> bool {
        matches!(self, AppStatus::Submitted | AppStatus::Shortlisted)
    }
}

// A trip's costs: estimated before it, actual after it.
text_enum!(CostKind, "crop-costs", {
    Estimate => "estimate",
    Actual => "actual",
});

/// An opportunity with its event.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct OpportunityRow {
    pub id: i64,
    pub event_id: i64,
    pub fiscal_year: super::rules::FiscalYear,
    pub slots: i64,
    pub subregion: crate::countries::SubRegion,
    pub phase: Phase,
    pub announced_on: Option<String>,
    pub priority_ends_on: String,
    pub deadline_on: String,
    pub time_zone: String,
    pub deadline_at: String,
    pub notes: String,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    /// The event is an ICANN Public Meeting or ICANN-organised regional meeting: CROP
    /// wants one of the year's trips to go to one.
    pub icann_meeting: bool,
    pub event_title: String,
    pub event_start: Option<String>,
    pub event_end: Option<String>,
    pub event_city: String,
    pub event_country: Option<String>,
    pub approved: i64,
    pub applications: i64,
    pub subregion_applications: i64,
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

impl OpportunityRow {
    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn deadline_at(&self) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(&self.deadline_at)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default()
    }

    pub fn priority_ends_on(&self) -> NaiveDate {
        date(&self.priority_ends_on).unwrap_or_default()
    }

    pub fn deadline_on(&self) -> NaiveDate {
        date(&self.deadline_on).unwrap_or_default()
    }

    pub fn event_start(&self) -> Option<NaiveDate> {
        self.event_start.as_deref().and_then(date)
    }

    pub fn event_end(&self) -> Option<NaiveDate> {
        self.event_end.as_deref().and_then(date)
    }

    pub fn slots_left(&self) -> i64 {
        (self.slots - self.approved).max(0)
    }
}

/// An application with who made it and for what.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct ApplicationRow {
    pub id: i64,
    pub opportunity_id: i64,
    pub member_id: i64,
    pub user_id: Option<i64>,
    pub in_subregion: bool,
    pub motivation: String,
    pub outreach_plan: String,
    pub languages: String,
    pub travel_needs: String,
    pub status: AppStatus,
    pub decision_reason: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    pub report: String,
    pub report_filed_at: Option<String>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub member_name: String,
    pub member_country: String,
    pub member_subregion: crate::countries::SubRegion,
    pub als_id: Option<i64>,
    pub als_name: Option<String>,
    pub event_id: i64,
    pub event_title: String,
    pub event_start: Option<String>,
    pub event_end: Option<String>,
    /// The opportunity's zone (the event's): where the procedure's clocks are counted.
    pub trip_zone: String,
    /// ICANN's step the approved trip has reached; none before approval.
    pub trip_step: Option<super::procedure::TripStep>,
    pub departure_on: Option<String>,
    pub return_on: Option<String>,
    /// The trip assessment's answers to ICANN's questions (`report` holds the results).
    pub report_objectives: String,
    pub report_activities: String,
    pub report_people_reached: Option<i64>,
    pub report_contacts: String,
    pub report_follow_up: String,
    /// The language the answers are written in ('' for a report from before the questions).
    pub report_language: String,
    /// The assessment in English, when written in another language (ICANN requires it).
    pub report_english: String,
    /// What leadership asked for, while the applicant has not yet resubmitted.
    pub info_request: String,
    pub info_requested_at: Option<String>,
}

impl ApplicationRow {
    pub fn event_start(&self) -> Option<NaiveDate> {
        self.event_start.as_deref().and_then(date)
    }

    pub fn departure_on(&self) -> Option<NaiveDate> {
        self.departure_on.as_deref().and_then(date)
    }

    pub fn return_on(&self) -> Option<NaiveDate> {
        self.return_on.as_deref().and_then(date)
    }

    /// When the trip assessment is due: three weeks after the traveller returns (ICANN's
    /// rule), or after the event's end for a trip approved before return dates were kept.
    pub fn assessment_due(&self) -> Option<NaiveDate> {
        self.return_on()
            .or_else(|| self.event_end())
            .map(super::procedure::assessment_due)
    }

    /// The trip's departure and return as stored, else the ones an approval proposes
    /// (`procedure::proposed_trip`); none for an undated event.
    pub fn trip_or_proposed(&self) -> Option<(NaiveDate, NaiveDate)> {
        if let (Some(d), Some(r)) = (self.departure_on(), self.return_on()) {
            return Some((d, r));
        }
        let start = self.event_start()?;
        Some(super::procedure::proposed_trip(
            start,
            self.event_end().unwrap_or(start),
        ))
    }

    /// The procedure's clocks, once the trip has a departure.
    pub fn clocks(&self) -> Option<super::procedure::Clocks> {
        let zone: chrono_tz::Tz = self.trip_zone.parse().ok()?;
        Some(super::procedure::clocks(self.departure_on()?, zone))
    }

    pub fn status(&self) -> AppStatus {
        self.status
    }

    /// Leadership asked for more information and the applicant has not resubmitted yet.
    pub fn info_pending(&self) -> bool {
        self.info_requested_at.is_some()
    }

    /// The assessment is filed but ICANN would not have it in English: written in another
    /// language (or before the language was asked) with no English version.
    pub fn english_missing(&self) -> bool {
        self.report_filed_at.is_some()
            && self.report_language != "en"
            && self.report_english.trim().is_empty()
    }

    pub fn event_end(&self) -> Option<NaiveDate> {
        self.event_end.as_deref().and_then(date)
    }
}

/// An application's own fields, parsed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewApplication {
    pub motivation: String,
    pub outreach_plan: String,
    pub languages: String,
    pub travel_needs: String,
}

/// A trip assessment, parsed: the answers to ICANN's questions, their language, and the
/// English version (empty when written in English, or not yet translated).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Assessment {
    pub objectives: String,
    pub activities: String,
    pub people_reached: i64,
    pub contacts: String,
    pub follow_up: String,
    pub results: String,
    pub language: &'static str,
    pub english: String,
}

/// A fiscal year's outreach strategic plan, as recorded approved.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct YearPlanRow {
    pub fiscal_year: super::rules::FiscalYear,
    pub leadership_approver: String,
    pub gse_approver: String,
    pub approved_on: String,
    pub link: String,
    pub recorded_by: Option<String>,
    pub version: i64,
    pub updated_at: String,
}

impl YearPlanRow {
    pub fn approved_on(&self) -> Option<NaiveDate> {
        date(&self.approved_on)
    }
}

/// A year's plan approval, parsed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewYearPlan {
    pub leadership_approver: String,
    pub gse_approver: String,
    pub approved_on: NaiveDate,
    pub link: String,
}
