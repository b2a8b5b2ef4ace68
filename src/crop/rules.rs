//! CROP's rules as plain functions: ICANN's fiscal years, the application deadline as an
//! instant in the event's zone, who may apply in which phase, how phases move, and which
//! decisions an application can take. The pages and queries only call these.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::model::{AppStatus, Phase};
use crate::countries::SubRegion;
use crate::registry::model::AlsStatus;

/// CROP approves trips at least six weeks before the event.
pub const APPROVAL_WEEKS: i64 = 6;
/// A trip assessment of a trip without kept dates is due three weeks after the event
/// ends (see `procedure::assessment_due` for the rule by return).
pub const REPORT_DAYS: i64 = 21;
/// Trips per fiscal year when leadership has set none: the recent CROP rules' three.
pub const DEFAULT_TRIPS: i64 = 3;

/// ICANN's fiscal year, named by the year it ends in: FY2027 runs from 1 July 2026 to
/// 30 June 2027. Stored as that year.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, sqlx::Type,
)]
#[serde(transparent)]
#[sqlx(transparent)]
pub struct FiscalYear(i64);

impl FiscalYear {
    /// The fiscal years a form accepts.
    pub const RANGE: std::ops::RangeInclusive<i64> = 1990..=2200;

    /// The fiscal year `year` names, if it is one a person could mean.
    pub fn new(year: i64) -> Option<Self> {
        Self::RANGE.contains(&year).then_some(Self(year))
    }

    /// The fiscal year a day falls in.
    pub fn of(day: NaiveDate) -> Self {
        Self(i64::from(if day.month() >= 7 {
            day.year() + 1
        } else {
            day.year()
        }))
    }

    pub fn next(self) -> Self {
        Self(self.0 + 1)
    }

    /// The year it ends in.
    pub fn year(self) -> i64 {
        self.0
    }

    /// The first and last day.
    pub fn span(self) -> (NaiveDate, NaiveDate) {
        let year = i32::try_from(self.0).unwrap_or_default();
        (
            NaiveDate::from_ymd_opt(year - 1, 7, 1).unwrap_or_default(),
            NaiveDate::from_ymd_opt(year, 6, 30).unwrap_or_default(),
        )
    }
}

impl std::fmt::Display for FiscalYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The fiscal year a day falls in.
pub fn fiscal_year(day: NaiveDate) -> FiscalYear {
    FiscalYear::of(day)
}

/// The instant the last day to apply ends in `zone`: the first moment of the next day
/// there (or the first that exists, when the clocks skip midnight, as Chile's do).
pub fn deadline_instant(last_day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let next = last_day + Duration::days(1);
    let mut time = NaiveTime::MIN;
    for _ in 0..8 {
        if let Some(t) = zone.from_local_datetime(&next.and_time(time)).earliest() {
            return t.with_timezone(&Utc);
        }
        time += Duration::minutes(30);
    }
    // No zone skips four hours; fall back to midnight UTC rather than fail.
    Utc.from_utc_datetime(&next.and_time(NaiveTime::MIN))
}

/// Whether the deadline leaves less than the six weeks CROP needs before the event.
pub fn too_close_to_event(deadline_on: NaiveDate, event_starts: NaiveDate) -> bool {
    (event_starts - deadline_on).num_days() < APPROVAL_WEEKS * 7
}

pub fn report_due(event_ends: NaiveDate) -> NaiveDate {
    event_ends + Duration::days(REPORT_DAYS)
}

/// The most characters a trip report holds.
pub const REPORT_MAX: usize = 20000;

/// Why a trip report cannot be filed as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportProblem {
    /// The trip's event has not begun (or has no day yet): a report is about a trip that
    /// happened.
    TooEarly,
    Missing,
    ControlChars,
    TooLong,
}

impl ReportProblem {
    /// What is wrong, in the person's language.
    pub fn explain(self, lang: crate::web::Lang) -> String {
        match self {
            ReportProblem::TooEarly => lang.t("crop-err-report-too-early"),
            ReportProblem::Missing => lang.t("crop-err-report-required"),
            ReportProblem::ControlChars => lang.t("err-control-chars"),
            ReportProblem::TooLong => lang.t_args(
                "err-too-long",
                &[(
                    "max",
                    fluent_templates::fluent_bundle::FluentValue::from(REPORT_MAX),
                )],
            ),
        }
    }
}

/// Whether a trip report (`text`, trimmed) may be filed on `today` for an event that
/// starts on `event_start`: the first problem found, in the order a person fixes them.
pub fn check_report(
    event_start: Option<NaiveDate>,
    today: NaiveDate,
    text: &str,
) -> Result<(), ReportProblem> {
    if event_start.is_none_or(|start| start > today) {
        Err(ReportProblem::TooEarly)
    } else if text.is_empty() {
        Err(ReportProblem::Missing)
    } else if crate::web::forms::has_control_chars(text) {
        Err(ReportProblem::ControlChars)
    } else if text.chars().count() > REPORT_MAX {
        Err(ReportProblem::TooLong)
    } else {
        Ok(())
    }
}

/// Who is applying, as far as eligibility goes.
#[derive(Debug, Clone)]
pub struct Applicant {
    pub member_active: bool,
    /// The status of their ALS; `None` for an individual member.
    pub als: Option<AlsStatus>,
    /// The LACRALO sub-region of their country.
    pub subregion: SubRegion,
}

/// What of an opportunity eligibility depends on.
#[derive(Debug, Clone)]
pub struct Opening {
    pub phase: Phase,
    pub subregion: SubRegion,
    pub deadline_at: DateTime<Utc>,
}

/// Why someone may not apply; each is shown to them, before they type anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotAnnounced,
    Closed,
    DeadlinePassed,
    /// Their account is not linked to a member of the registry.
    NotAMember,
    MemberInactive,
    AlsNotActive,
    OutsideSubregion,
}

impl Refusal {
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::NotAnnounced => "crop-refusal-not-announced",
            Refusal::Closed => "crop-refusal-closed",
            Refusal::DeadlinePassed => "crop-refusal-deadline",
            Refusal::NotAMember => "crop-refusal-not-member",
            Refusal::MemberInactive => "crop-refusal-member-inactive",
            Refusal::AlsNotActive => "crop-refusal-als-inactive",
            Refusal::OutsideSubregion => "crop-refusal-outside-subregion",
        }
    }
}

/// Every reason `applicant` may not apply to `opening` at `now`; empty when they may.
/// The plan's rules: active LACRALO members (and, for ALS members, an active ALS) only;
/// the event's sub-region first, everyone only once leadership widens it; not after the
/// deadline.
pub fn refusals(
    applicant: Option<&Applicant>,
    opening: &Opening,
    now: DateTime<Utc>,
) -> Vec<Refusal> {
    let mut out = Vec::new();
    match opening.phase {
        Phase::Draft => out.push(Refusal::NotAnnounced),
        Phase::Closed => out.push(Refusal::Closed),
        Phase::Subregion | Phase::OpenToAll => {}
    }
    if now >= opening.deadline_at {
        out.push(Refusal::DeadlinePassed);
    }
    match applicant {
        None => out.push(Refusal::NotAMember),
        Some(a) => {
            if !a.member_active {
                out.push(Refusal::MemberInactive);
            }
            if a.als.is_some_and(|s| s != AlsStatus::Active) {
                out.push(Refusal::AlsNotActive);
            }
            if opening.phase == Phase::Subregion && a.subregion != opening.subregion {
                out.push(Refusal::OutsideSubregion);
            }
        }
    }
    out
}

/// Why a phase cannot move as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseError {
    NotAllowed,
    NoChange,
    ReasonRequired,
    /// Widening before the sub-region's window ends needs an explicit confirmation.
    NeedsConfirmation,
}

impl PhaseError {
    pub fn message_key(self) -> &'static str {
        match self {
            PhaseError::NotAllowed => "crop-err-phase-not-allowed",
            PhaseError::NoChange => "crop-err-phase-no-change",
            PhaseError::ReasonRequired => "crop-err-widen-reason",
            PhaseError::NeedsConfirmation => "crop-err-widen-confirm",
        }
    }
}

/// Draft → sub-region (the announcement) → open to all (widening, with a reason, and
/// confirmed when the window has not ended) → closed; any open phase may close; a closed
/// opportunity stays closed.
pub fn move_phase(
    from: Phase,
    to: Phase,
    reason: &str,
    today: NaiveDate,
    priority_ends_on: NaiveDate,
    confirmed: bool,
) -> Result<(), PhaseError> {
    use Phase::*;
    if from == to {
        return Err(PhaseError::NoChange);
    }
    match (from, to) {
        (Draft, Subregion) | (Draft | Subregion | OpenToAll, Closed) => Ok(()),
        (Subregion, OpenToAll) => {
            if reason.trim().is_empty() {
                Err(PhaseError::ReasonRequired)
            } else if today <= priority_ends_on && !confirmed {
                Err(PhaseError::NeedsConfirmation)
            } else {
                Ok(())
            }
        }
        _ => Err(PhaseError::NotAllowed),
    }
}

/// A decision leadership takes on an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Shortlist,
    Approve,
    Decline,
    /// Takes back an approval (the trip will not happen); always with a reason.
    Revoke,
    /// Asks the applicant for more information (the reason is the question): they may
    /// change the application and resubmit; leadership may still decline meanwhile.
    RequestInfo,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "shortlist" => Some(Decision::Shortlist),
            "approve" => Some(Decision::Approve),
            "decline" => Some(Decision::Decline),
            "revoke" => Some(Decision::Revoke),
            "info" => Some(Decision::RequestInfo),
            _ => None,
        }
    }

    /// The status it gives the application; none for a request for information, which
    /// leaves the application where it was.
    pub fn status(self) -> Option<AppStatus> {
        match self {
            Decision::Shortlist => Some(AppStatus::Shortlisted),
            Decision::Approve => Some(AppStatus::Approved),
            Decision::Decline => Some(AppStatus::Declined),
            Decision::Revoke => Some(AppStatus::Revoked),
            Decision::RequestInfo => None,
        }
    }

    /// Its name in the audit log, the notification's keys and the logs.
    pub fn name(self) -> &'static str {
        match self.status() {
            Some(status) => status.as_str(),
            None => "info_requested",
        }
    }
}

/// Whether `decision` can be taken on an application in `status` (`info_pending`: more
/// information was asked for and not yet given), and whether a reason is missing: declining,
/// revoking and asking always say why (or what).
pub fn check_decision(
    status: AppStatus,
    info_pending: bool,
    decision: Decision,
    reason: &str,
) -> Result<(), &'static str> {
    let open = matches!(status, AppStatus::Submitted | AppStatus::Shortlisted);
    let allowed = match decision {
        Decision::Revoke => status == AppStatus::Approved,
        Decision::Shortlist => status == AppStatus::Submitted,
        Decision::Approve | Decision::Decline | Decision::RequestInfo => open,
    };
    if !allowed {
        return Err("crop-err-decision-not-allowed");
    }
    if info_pending && matches!(decision, Decision::Approve | Decision::Shortlist) {
        return Err("crop-err-info-pending");
    }
    if decision == Decision::RequestInfo && reason.trim().is_empty() {
        return Err("crop-err-info-question");
    }
    if matches!(decision, Decision::Decline | Decision::Revoke) && reason.trim().is_empty() {
        return Err("crop-err-decline-reason");
    }
    Ok(())
}

/// An applicant may change or withdraw their application while it is undecided (submitted
/// or shortlisted); changes stop at the deadline, withdrawing does not. When leadership
/// asked for more information (`info_pending`), the applicant may change it until they
/// resubmit, deadline or not: the question came from the selection.
pub fn may_edit(
    status: AppStatus,
    info_pending: bool,
    deadline_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    may_withdraw(status) && (info_pending || now < deadline_at)
}

pub fn may_withdraw(status: AppStatus) -> bool {
    matches!(status, AppStatus::Submitted | AppStatus::Shortlisted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_trip_report_waits_for_the_trip_and_needs_plain_text_of_a_bounded_length() {
        let today = day(2027, 3, 10);
        let longest = "x".repeat(REPORT_MAX);
        let too_long = "é".repeat(REPORT_MAX + 1);
        for (start, text, expected) in [
            (None, "Met three ALSs", Err(ReportProblem::TooEarly)),
            (
                Some(day(2027, 3, 11)),
                "Met three ALSs",
                Err(ReportProblem::TooEarly),
            ),
            (Some(day(2027, 3, 10)), "Met three ALSs", Ok(())),
            (Some(day(2027, 1, 1)), "", Err(ReportProblem::Missing)),
            (
                Some(day(2027, 1, 1)),
                "a\u{7}b",
                Err(ReportProblem::ControlChars),
            ),
            (Some(day(2027, 1, 1)), "line one\nline two", Ok(())),
            (Some(day(2027, 1, 1)), longest.as_str(), Ok(())),
            (
                Some(day(2027, 1, 1)),
                too_long.as_str(),
                Err(ReportProblem::TooLong),
            ),
            // The trip comes first: an early, empty report is early.
            (Some(day(2027, 4, 1)), "", Err(ReportProblem::TooEarly)),
        ] {
            assert_eq!(
                check_report(start, today, text),
                expected,
                "{start:?} {}",
                text.len()
            );
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn fiscal_years_run_july_to_june_named_by_their_end() {
        for (date, fy) in [
            (day(2026, 6, 30), 2026),
            (day(2026, 7, 1), 2027),
            (day(2026, 12, 31), 2027),
            (day(2027, 1, 1), 2027),
            (day(2027, 6, 30), 2027),
            (day(2027, 7, 1), 2028),
        ] {
            assert_eq!(fiscal_year(date).year(), fy, "{date}");
        }
        let fy2027 = FiscalYear::new(2027).unwrap();
        assert_eq!(fy2027.span(), (day(2026, 7, 1), day(2027, 6, 30)));
        assert_eq!(fy2027.next().year(), 2028);
        assert_eq!(FiscalYear::new(1989), None);
        assert_eq!(FiscalYear::new(2201), None);
    }

    #[test]
    fn the_deadline_ends_with_its_day_in_the_events_zone() {
        let cases = [
            // Bogotá, UTC-5 all year: the 10th ends at 05:00 UTC on the 11th.
            (
                day(2027, 3, 10),
                chrono_tz::America::Bogota,
                "2027-03-11T05:00:00Z",
            ),
            // São Paulo, UTC-3.
            (
                day(2027, 3, 10),
                chrono_tz::America::Sao_Paulo,
                "2027-03-11T03:00:00Z",
            ),
            // Santiago in summer (UTC-3) and in winter (UTC-4).
            (
                day(2027, 1, 10),
                chrono_tz::America::Santiago,
                "2027-01-11T03:00:00Z",
            ),
            (
                day(2027, 7, 10),
                chrono_tz::America::Santiago,
                "2027-07-11T04:00:00Z",
            ),
            // Chile skipped midnight on 3 September 2023: the 2nd ended at 01:00 (UTC-3).
            (
                day(2023, 9, 2),
                chrono_tz::America::Santiago,
                "2023-09-03T04:00:00Z",
            ),
            (day(2027, 3, 10), Tz::UTC, "2027-03-11T00:00:00Z"),
        ];
        for (last, zone, end) in cases {
            assert_eq!(deadline_instant(last, zone), at(end), "{last} {zone}");
        }
    }

    #[test]
    fn six_weeks_before_the_event() {
        let event = day(2027, 5, 1);
        assert!(!too_close_to_event(event - Duration::days(42), event));
        assert!(too_close_to_event(event - Duration::days(41), event));
        assert!(too_close_to_event(event, event));
        assert_eq!(report_due(day(2027, 5, 3)), day(2027, 5, 24));
    }

    fn opening(phase: Phase) -> Opening {
        Opening {
            phase,
            subregion: SubRegion::parse("C").unwrap(),
            deadline_at: at("2027-03-11T05:00:00Z"),
        }
    }

    fn member(subregion: &str, als: Option<AlsStatus>) -> Applicant {
        Applicant {
            member_active: true,
            als,
            subregion: SubRegion::parse(subregion).unwrap(),
        }
    }

    #[test]
    fn who_may_apply_at_every_boundary() {
        use AlsStatus::*;
        use Refusal::*;
        let before = at("2027-03-11T04:59:59Z");
        let deadline = at("2027-03-11T05:00:00Z");
        let inactive = Applicant {
            member_active: false,
            ..member("C", Some(Active))
        };
        // Each case: its name, the applicant, the phase, the moment, the reasons expected.
        type Case<'a> = (
            &'a str,
            Option<Applicant>,
            Phase,
            DateTime<Utc>,
            Vec<Refusal>,
        );
        let cases: Vec<Case> = vec![
            (
                "sub-region member, sub-region phase",
                Some(member("C", Some(Active))),
                Phase::Subregion,
                before,
                vec![],
            ),
            (
                "the last second before the deadline",
                Some(member("C", Some(Active))),
                Phase::OpenToAll,
                before,
                vec![],
            ),
            (
                "the deadline instant itself",
                Some(member("C", Some(Active))),
                Phase::Subregion,
                deadline,
                vec![DeadlinePassed],
            ),
            (
                "sub-region A in C's phase",
                Some(member("A", Some(Active))),
                Phase::Subregion,
                before,
                vec![OutsideSubregion],
            ),
            (
                "sub-region B in C's phase",
                Some(member("B", Some(Active))),
                Phase::Subregion,
                before,
                vec![OutsideSubregion],
            ),
            (
                "sub-region D in C's phase",
                Some(member("D", Some(Active))),
                Phase::Subregion,
                before,
                vec![OutsideSubregion],
            ),
            (
                "sub-region D once widened",
                Some(member("D", Some(Active))),
                Phase::OpenToAll,
                before,
                vec![],
            ),
            (
                "an individual member of the sub-region",
                Some(member("C", None)),
                Phase::Subregion,
                before,
                vec![],
            ),
            (
                "an inactive individual member",
                Some(Applicant {
                    als: None,
                    ..inactive.clone()
                }),
                Phase::Subregion,
                before,
                vec![MemberInactive],
            ),
            (
                "an inactive member",
                Some(inactive),
                Phase::OpenToAll,
                before,
                vec![MemberInactive],
            ),
            (
                "a less active ALS",
                Some(member("C", Some(LessActive))),
                Phase::Subregion,
                before,
                vec![AlsNotActive],
            ),
            (
                "a standby ALS",
                Some(member("C", Some(Standby))),
                Phase::Subregion,
                before,
                vec![AlsNotActive],
            ),
            (
                "a decertified ALS, outside, late",
                Some(member("A", Some(Decertified))),
                Phase::Subregion,
                deadline,
                vec![DeadlinePassed, AlsNotActive, OutsideSubregion],
            ),
            (
                "no member record",
                None,
                Phase::OpenToAll,
                before,
                vec![NotAMember],
            ),
            (
                "a draft",
                Some(member("C", Some(Active))),
                Phase::Draft,
                before,
                vec![NotAnnounced],
            ),
            (
                "closed",
                Some(member("C", Some(Active))),
                Phase::Closed,
                before,
                vec![Closed],
            ),
        ];
        for (name, applicant, phase, now, expected) in cases {
            assert_eq!(
                refusals(applicant.as_ref(), &opening(phase), now),
                expected,
                "{name}"
            );
        }
    }

    #[test]
    fn phases_move_forward_and_widening_is_deliberate() {
        use Phase::*;
        let window_end = day(2027, 2, 1);
        let inside = day(2027, 2, 1);
        let after = day(2027, 2, 2);
        let cases = [
            (Draft, Subregion, "", inside, false, Ok(())),
            (
                Draft,
                OpenToAll,
                "why",
                after,
                true,
                Err(PhaseError::NotAllowed),
            ),
            (
                Subregion,
                OpenToAll,
                "",
                after,
                false,
                Err(PhaseError::ReasonRequired),
            ),
            (
                Subregion,
                OpenToAll,
                "  ",
                after,
                true,
                Err(PhaseError::ReasonRequired),
            ),
            (
                Subregion,
                OpenToAll,
                "Nobody can go",
                inside,
                false,
                Err(PhaseError::NeedsConfirmation),
            ),
            (Subregion, OpenToAll, "Nobody can go", inside, true, Ok(())),
            (Subregion, OpenToAll, "Window over", after, false, Ok(())),
            (Subregion, Closed, "", inside, false, Ok(())),
            (OpenToAll, Closed, "", after, false, Ok(())),
            (Draft, Closed, "", after, false, Ok(())),
            (
                OpenToAll,
                Subregion,
                "back",
                after,
                true,
                Err(PhaseError::NotAllowed),
            ),
            (
                Closed,
                OpenToAll,
                "reopen",
                after,
                true,
                Err(PhaseError::NotAllowed),
            ),
            (
                Closed,
                Subregion,
                "",
                after,
                true,
                Err(PhaseError::NotAllowed),
            ),
            (
                Subregion,
                Subregion,
                "",
                after,
                true,
                Err(PhaseError::NoChange),
            ),
        ];
        for (from, to, reason, today, confirmed, expected) in cases {
            assert_eq!(
                move_phase(from, to, reason, today, window_end, confirmed),
                expected,
                "{from} → {to} on {today}"
            );
        }
    }

    #[test]
    fn decisions_on_undecided_applications_only() {
        use AppStatus::*;
        use Decision::*;
        assert!(check_decision(Submitted, false, Shortlist, "").is_ok());
        assert!(check_decision(Submitted, false, Approve, "").is_ok());
        assert!(check_decision(Shortlisted, false, Approve, "").is_ok());
        assert_eq!(
            check_decision(Shortlisted, false, Decline, " "),
            Err("crop-err-decline-reason")
        );
        assert!(check_decision(Shortlisted, false, Decline, "Budget").is_ok());
        for done in [Approved, Declined, Withdrawn] {
            assert!(check_decision(done, false, Approve, "x").is_err(), "{done}");
        }
        assert!(check_decision(Shortlisted, false, Shortlist, "").is_err());
        // Only an approval can be revoked, and only with a reason.
        assert!(check_decision(Approved, false, Revoke, "The event moved online").is_ok());
        assert_eq!(
            check_decision(Approved, false, Revoke, ""),
            Err("crop-err-decline-reason")
        );
        for other in [Submitted, Shortlisted, Declined, Withdrawn, Revoked] {
            assert!(
                check_decision(other, false, Revoke, "x").is_err(),
                "{other}"
            );
        }
        assert!(check_decision(Revoked, false, Approve, "").is_err());
        let deadline = at("2027-03-11T05:00:00Z");
        assert!(may_edit(
            Submitted,
            false,
            deadline,
            at("2027-03-11T04:59:59Z")
        ));
        assert!(!may_edit(Submitted, false, deadline, deadline));
        assert!(!may_edit(
            Approved,
            false,
            deadline,
            at("2027-01-01T00:00:00Z")
        ));
        // Asked for more information: changeable after the deadline, until resubmitted;
        // still not once decided.
        assert!(may_edit(Submitted, true, deadline, deadline));
        assert!(may_edit(
            Shortlisted,
            true,
            deadline,
            at("2027-04-01T00:00:00Z")
        ));
        assert!(!may_edit(
            Declined,
            true,
            deadline,
            at("2027-01-01T00:00:00Z")
        ));
        assert!(may_withdraw(Shortlisted));
        assert!(!may_withdraw(Declined));
        // More information asked for: not approved (or shortlisted) before the answer, but
        // declined still can be; asking needs the question, and only on an open one.
        assert_eq!(
            check_decision(Submitted, true, Approve, ""),
            Err("crop-err-info-pending")
        );
        assert_eq!(
            check_decision(Submitted, true, Shortlist, ""),
            Err("crop-err-info-pending")
        );
        assert!(check_decision(Shortlisted, true, Decline, "No answer").is_ok());
        assert!(check_decision(Submitted, false, RequestInfo, "Which ISPs?").is_ok());
        assert_eq!(
            check_decision(Submitted, false, RequestInfo, " "),
            Err("crop-err-info-question")
        );
        assert_eq!(
            check_decision(Approved, false, RequestInfo, "Why?"),
            Err("crop-err-decision-not-allowed")
        );
    }
}
