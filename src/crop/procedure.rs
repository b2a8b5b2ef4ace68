//! ICANN's own CROP procedure, which every trip passes after the plan's selection rules
//! (`rules.rs`): the year's outreach plan first, the approval chain (leadership select,
//! GSE endorse, submitted to CROP staff, confirmed by Constituency Travel), the clocks
//! counted back from departure, the assessment due after return, the year's place for an
//! ICANN meeting, and recusal of reviewers. Plain functions: the pages and queries call
//! them, and the tests below hold every boundary. Sources: ICANN's published CROP
//! procedures and FAQs, FY20 onwards.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::model::AppStatus;
use super::rules::deadline_instant;

/// Submitting the trip to CROP staff is recommended this many weeks before departure.
pub const RECOMMENDED_WEEKS: i64 = 8;
/// Constituency Travel needs the trip at least this many weeks before departure.
pub const TRAVEL_WEEKS: i64 = 6;
/// Regional GSE staff need this many days to endorse before the trip is submitted.
pub const GSE_DAYS: i64 = 7;
/// The trip assessment is due this many days after the traveller returns.
pub const ASSESSMENT_DAYS: i64 = 21;

text_enum!(TripStep, "crop-step", {
    Selected => "selected",
    Endorsed => "endorsed",
    Submitted => "submitted",
    Confirmed => "confirmed",
});

impl TripStep {
    /// The step after this one, if any.
    pub fn next(self) -> Option<Self> {
        match self {
            TripStep::Selected => Some(TripStep::Endorsed),
            TripStep::Endorsed => Some(TripStep::Submitted),
            TripStep::Submitted => Some(TripStep::Confirmed),
            TripStep::Confirmed => None,
        }
    }

    /// Who takes this step: GSE staff endorse; leadership do the rest.
    pub fn taken_by_gse(self) -> bool {
        self == TripStep::Endorsed
    }
}

/// Why a step of the chain cannot be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepError {
    /// Only an approved trip moves along the chain.
    NotApproved,
    /// Steps go one at a time, in order.
    OutOfOrder,
    /// Submitted after Constituency Travel's six weeks, with no exception recorded.
    TooLate,
}

impl StepError {
    pub fn message_key(self) -> &'static str {
        match self {
            StepError::NotApproved => "crop-err-step-not-approved",
            StepError::OutOfOrder => "crop-err-step-order",
            StepError::TooLate => "crop-err-step-too-late",
        }
    }
}

/// One date the procedure counts: its last day, and the instant that day ends in the
/// trip's zone (shown to each viewer in their own zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub last_day: NaiveDate,
    pub ends_at: DateTime<Utc>,
}

impl Clock {
    fn new(last_day: NaiveDate, zone: Tz) -> Self {
        Self {
            last_day,
            ends_at: deadline_instant(last_day, zone),
        }
    }

    /// Whether `now` is after the end of the last day.
    pub fn passed(&self, now: DateTime<Utc>) -> bool {
        now >= self.ends_at
    }
}

/// The procedure's clocks for a trip departing on `departure`, counted in `zone` (the
/// opportunity's: the event's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clocks {
    /// Submitting by the end of this day is what CROP staff recommend (8 weeks).
    pub recommended: Clock,
    /// GSE staff endorse by the end of this day, a week before the travel deadline.
    pub gse_endorse_by: Clock,
    /// Constituency Travel's limit (6 weeks): later, only with an exception.
    pub travel_deadline: Clock,
}

pub fn clocks(departure: NaiveDate, zone: Tz) -> Clocks {
    let travel = departure - Duration::weeks(TRAVEL_WEEKS);
    Clocks {
        recommended: Clock::new(departure - Duration::weeks(RECOMMENDED_WEEKS), zone),
        gse_endorse_by: Clock::new(travel - Duration::days(GSE_DAYS), zone),
        travel_deadline: Clock::new(travel, zone),
    }
}

/// Whether a fiscal year's trips may be approved on `today`: only once that year's
/// outreach strategic plan is recorded as approved (by RALO leadership and regional GSE)
/// on or before today.
pub fn check_plan(
    plan_approved_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), &'static str> {
    match plan_approved_on {
        Some(day) if day <= today => Ok(()),
        Some(_) => Err("crop-err-plan-future"),
        None => Err("crop-err-no-plan"),
    }
}

/// How a submission to CROP staff at a given moment stands against the clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    OnTime,
    /// After the recommended 8 weeks: allowed, with a warning.
    Late,
    /// After Constituency Travel's 6 weeks: refused unless leadership record why.
    TooLate,
}

pub fn timing(clocks: &Clocks, now: DateTime<Utc>) -> Timing {
    if clocks.travel_deadline.passed(now) {
        Timing::TooLate
    } else if clocks.recommended.passed(now) {
        Timing::Late
    } else {
        Timing::OnTime
    }
}

/// Whether the trip of an application in `status`, at `current` step, may move to `to`
/// at `now`: approved trips only, one step at a time, and submission to CROP staff after
/// the travel deadline only with an exception reason.
pub fn check_step(
    status: AppStatus,
    current: Option<TripStep>,
    to: TripStep,
    timing: Timing,
    exception_reason: &str,
) -> Result<(), StepError> {
    if status != AppStatus::Approved {
        return Err(StepError::NotApproved);
    }
    let expected = match current {
        None => Some(TripStep::Selected),
        Some(step) => step.next(),
    };
    if expected != Some(to) {
        return Err(StepError::OutOfOrder);
    }
    if to == TripStep::Submitted && timing == Timing::TooLate && exception_reason.trim().is_empty()
    {
        return Err(StepError::TooLate);
    }
    Ok(())
}

/// Why a trip's dates are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TripDatesError {
    ReturnBeforeDeparture,
    /// The traveller must be there when the event starts.
    DepartsAfterStart,
    /// … and stay until it ends.
    ReturnsBeforeEnd,
    /// The dates can change until the traveller leaves, not after.
    AlreadyTravelling,
}

impl TripDatesError {
    pub fn message_key(self) -> &'static str {
        match self {
            TripDatesError::ReturnBeforeDeparture => "crop-err-return-before-departure",
            TripDatesError::DepartsAfterStart => "crop-err-departs-after-start",
            TripDatesError::ReturnsBeforeEnd => "crop-err-returns-before-end",
            TripDatesError::AlreadyTravelling => "crop-err-already-travelling",
        }
    }
}

/// The trip an approval proposes for an event from `start` to `end`: the day before it
/// begins to the day after it ends.
pub fn proposed_trip(start: NaiveDate, end: NaiveDate) -> (NaiveDate, NaiveDate) {
    (start - Duration::days(1), end + Duration::days(1))
}

/// A trip's departure and return, against its event's days, set or changed on `today`
/// (when the trip is already under way, `stored_departure` is the day it began).
pub fn check_trip_dates(
    departure: NaiveDate,
    return_on: NaiveDate,
    event: (NaiveDate, NaiveDate),
    stored_departure: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), TripDatesError> {
    if stored_departure.is_some_and(|d| d <= today) {
        return Err(TripDatesError::AlreadyTravelling);
    }
    if return_on < departure {
        return Err(TripDatesError::ReturnBeforeDeparture);
    }
    if departure > event.0 {
        return Err(TripDatesError::DepartsAfterStart);
    }
    if return_on < event.1 {
        return Err(TripDatesError::ReturnsBeforeEnd);
    }
    Ok(())
}

/// The trip assessment's due date: three weeks after return.
pub fn assessment_due(return_on: NaiveDate) -> NaiveDate {
    return_on + Duration::days(ASSESSMENT_DAYS)
}

/// Whether a trip has happened, and so counts as the ALS's engagement: the traveller is
/// back (the return day has passed), or has filed the assessment. Until then it is only
/// planned.
pub fn trip_happened(return_on: Option<NaiveDate>, today: NaiveDate, report_filed: bool) -> bool {
    report_filed || return_on.is_some_and(|r| r < today)
}

/// A fiscal year's trips as they stand before an approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearTrips {
    /// Trips the year allows.
    pub allowed: i64,
    /// Trips approved so far.
    pub approved: i64,
    /// Of those, trips to an ICANN Public Meeting or ICANN-organised regional meeting.
    pub to_icann_meetings: i64,
}

/// Whether approving one more trip, not to an ICANN meeting, would take the year's last
/// place while no trip goes to one: CROP wants one trip a year to an ICANN meeting.
pub fn leaves_no_place_for_icann_meeting(year: YearTrips, to_icann_meeting: bool) -> bool {
    !to_icann_meeting && year.to_icann_meetings == 0 && year.approved + 1 >= year.allowed
}

/// Who reviews, and who applies, as recusal sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person {
    /// Their member record, if they have one.
    pub member_id: Option<i64>,
    /// Their ALS, for ALS members.
    pub als_id: Option<i64>,
}

/// A reviewer sits out an application they made, or one from their own ALS.
pub fn recused(reviewer: Person, applicant: Person) -> bool {
    let same_member = reviewer.member_id.is_some() && reviewer.member_id == applicant.member_id;
    let same_als = reviewer.als_id.is_some() && reviewer.als_id == applicant.als_id;
    same_member || same_als
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_clocks_count_back_from_departure_eight_six_and_seven() {
        let c = clocks(day(2027, 6, 14), chrono_tz::America::Bogota);
        assert_eq!(c.recommended.last_day, day(2027, 4, 19));
        assert_eq!(c.travel_deadline.last_day, day(2027, 5, 3));
        assert_eq!(c.gse_endorse_by.last_day, day(2027, 4, 26));
        // Bogotá is UTC-5 all year: a day ends at 05:00 UTC the next.
        assert_eq!(c.travel_deadline.ends_at, at("2027-05-04T05:00:00Z"));
    }

    #[test]
    fn a_submission_is_on_time_late_or_too_late_at_each_clocks_last_instant() {
        // Departure 14 June 2027 from Bogotá (UTC-5): 8 weeks back is 19 April, 6 weeks
        // back 3 May; each day ends at 05:00 UTC the day after.
        let c = clocks(day(2027, 6, 14), chrono_tz::America::Bogota);
        for (now, expected) in [
            ("2027-04-20T04:59:59Z", Timing::OnTime),
            ("2027-04-20T05:00:00Z", Timing::Late),
            ("2027-05-04T04:59:59Z", Timing::Late),
            ("2027-05-04T05:00:00Z", Timing::TooLate),
        ] {
            assert_eq!(timing(&c, at(now)), expected, "{now}");
        }
    }

    #[test]
    fn the_clocks_keep_local_midnight_across_a_daylight_saving_change() {
        // Santiago leaves summer time (UTC-3 → UTC-4) on the first Sunday of April 2027
        // (4 April). Departure 26 May 2027: the 8-week day, 31 March, is still in summer
        // time, the 6-week day, 14 April, already in winter time.
        let c = clocks(day(2027, 5, 26), chrono_tz::America::Santiago);
        assert_eq!(c.recommended.last_day, day(2027, 3, 31));
        assert_eq!(c.recommended.ends_at, at("2027-04-01T03:00:00Z"));
        assert_eq!(c.travel_deadline.last_day, day(2027, 4, 14));
        assert_eq!(c.travel_deadline.ends_at, at("2027-04-15T04:00:00Z"));
        for (now, expected) in [
            ("2027-04-01T02:59:59Z", Timing::OnTime),
            ("2027-04-01T03:00:00Z", Timing::Late),
            // An hour later than it would be in summer time: still late, not too late.
            ("2027-04-15T03:30:00Z", Timing::Late),
            ("2027-04-15T04:00:00Z", Timing::TooLate),
        ] {
            assert_eq!(timing(&c, at(now)), expected, "{now}");
        }
        // New York enters summer time on 14 March 2027: a 6-week day after it ends at
        // 04:00 UTC, one before it at 05:00 UTC.
        let after = clocks(day(2027, 5, 3), chrono_tz::America::New_York);
        assert_eq!(after.travel_deadline.last_day, day(2027, 3, 22));
        assert_eq!(after.travel_deadline.ends_at, at("2027-03-23T04:00:00Z"));
        let before = clocks(day(2027, 4, 19), chrono_tz::America::New_York);
        assert_eq!(before.travel_deadline.last_day, day(2027, 3, 8));
        assert_eq!(before.travel_deadline.ends_at, at("2027-03-09T05:00:00Z"));
    }

    #[test]
    fn no_trip_is_approved_before_the_years_plan_is() {
        let today = day(2027, 3, 10);
        for (approved_on, expected) in [
            (None, Err("crop-err-no-plan")),
            (Some(day(2027, 3, 11)), Err("crop-err-plan-future")),
            (Some(day(2027, 3, 10)), Ok(())),
            (Some(day(2026, 7, 1)), Ok(())),
        ] {
            assert_eq!(check_plan(approved_on, today), expected, "{approved_on:?}");
        }
    }

    #[test]
    fn the_chain_goes_one_step_at_a_time_for_approved_trips_only() {
        use StepError::*;
        use TripStep::*;
        let approved = AppStatus::Approved;
        for (status, current, to, timing, reason, expected) in [
            (approved, None, Selected, Timing::OnTime, "", Ok(())),
            (
                approved,
                None,
                Endorsed,
                Timing::OnTime,
                "",
                Err(OutOfOrder),
            ),
            (
                approved,
                Some(Selected),
                Endorsed,
                Timing::OnTime,
                "",
                Ok(()),
            ),
            (
                approved,
                Some(Selected),
                Submitted,
                Timing::OnTime,
                "",
                Err(OutOfOrder),
            ),
            (
                approved,
                Some(Endorsed),
                Submitted,
                Timing::OnTime,
                "",
                Ok(()),
            ),
            (
                approved,
                Some(Endorsed),
                Submitted,
                Timing::Late,
                "",
                Ok(()),
            ),
            (
                approved,
                Some(Endorsed),
                Submitted,
                Timing::TooLate,
                "",
                Err(TooLate),
            ),
            (
                approved,
                Some(Endorsed),
                Submitted,
                Timing::TooLate,
                "  ",
                Err(TooLate),
            ),
            (
                approved,
                Some(Endorsed),
                Submitted,
                Timing::TooLate,
                "Visa came late; CROP staff agreed",
                Ok(()),
            ),
            // Confirmation follows whatever the clock says: the trip was submitted.
            (
                approved,
                Some(Submitted),
                Confirmed,
                Timing::TooLate,
                "",
                Ok(()),
            ),
            (
                approved,
                Some(Confirmed),
                Confirmed,
                Timing::OnTime,
                "",
                Err(OutOfOrder),
            ),
            (
                approved,
                Some(Endorsed),
                Selected,
                Timing::OnTime,
                "",
                Err(OutOfOrder),
            ),
            (
                AppStatus::Shortlisted,
                None,
                Selected,
                Timing::OnTime,
                "",
                Err(NotApproved),
            ),
            (
                AppStatus::Revoked,
                Some(Endorsed),
                Submitted,
                Timing::OnTime,
                "",
                Err(NotApproved),
            ),
        ] {
            assert_eq!(
                check_step(status, current, to, timing, reason),
                expected,
                "{status:?} {current:?} → {to:?} {timing:?} {reason:?}"
            );
        }
        assert!(TripStep::Endorsed.taken_by_gse());
        assert!(!TripStep::Submitted.taken_by_gse());
    }

    #[test]
    fn trip_dates_cover_the_event_and_freeze_once_travelling() {
        use TripDatesError::*;
        let event = (day(2027, 6, 14), day(2027, 6, 17));
        let proposed = proposed_trip(event.0, event.1);
        assert_eq!(proposed, (day(2027, 6, 13), day(2027, 6, 18)));
        assert_eq!(
            check_trip_dates(proposed.0, proposed.1, event, None, day(2027, 5, 1)),
            Ok(())
        );
        let today = day(2027, 5, 1);
        for (departure, return_on, stored, expected) in [
            (day(2027, 6, 13), day(2027, 6, 18), None, Ok(())),
            (day(2027, 6, 14), day(2027, 6, 17), None, Ok(())),
            (
                day(2027, 6, 15),
                day(2027, 6, 18),
                None,
                Err(DepartsAfterStart),
            ),
            (
                day(2027, 6, 13),
                day(2027, 6, 16),
                None,
                Err(ReturnsBeforeEnd),
            ),
            (
                day(2027, 6, 18),
                day(2027, 6, 13),
                None,
                Err(ReturnBeforeDeparture),
            ),
            // Changing planned dates before the trip starts: fine.
            (
                day(2027, 6, 12),
                day(2027, 6, 18),
                Some(day(2027, 5, 2)),
                Ok(()),
            ),
            // The stored departure is today or past: the trip is under way.
            (
                day(2027, 6, 12),
                day(2027, 6, 18),
                Some(day(2027, 5, 1)),
                Err(AlreadyTravelling),
            ),
        ] {
            assert_eq!(
                check_trip_dates(departure, return_on, event, stored, today),
                expected,
                "{departure} {return_on} {stored:?}"
            );
        }
    }

    #[test]
    fn the_assessment_is_due_three_weeks_after_return_and_the_trip_counts_once_back() {
        assert_eq!(assessment_due(day(2027, 6, 18)), day(2027, 7, 9));
        let back = day(2027, 6, 18);
        for (return_on, today, filed, happened) in [
            (Some(back), day(2027, 6, 18), false, false),
            (Some(back), day(2027, 6, 19), false, true),
            (Some(back), day(2027, 6, 10), true, true),
            (None, day(2027, 6, 19), false, false),
            (None, day(2027, 6, 19), true, true),
        ] {
            assert_eq!(
                trip_happened(return_on, today, filed),
                happened,
                "{return_on:?} {today} {filed}"
            );
        }
    }

    #[test]
    fn the_last_place_of_the_year_is_kept_for_an_icann_meeting() {
        let year = |allowed, approved, to_icann_meetings| YearTrips {
            allowed,
            approved,
            to_icann_meetings,
        };
        for (trips, to_meeting, warn) in [
            (year(3, 0, 0), false, false),
            (year(3, 1, 0), false, false),
            // The third of three, and none to a meeting yet.
            (year(3, 2, 0), false, true),
            (year(3, 2, 0), true, false),
            (year(3, 2, 1), false, false),
            (year(1, 0, 0), false, true),
            (year(1, 0, 0), true, false),
            // Over the allocation already (it was lowered): still no place.
            (year(2, 3, 0), false, true),
        ] {
            assert_eq!(
                leaves_no_place_for_icann_meeting(trips, to_meeting),
                warn,
                "{trips:?} {to_meeting}"
            );
        }
    }

    #[test]
    fn reviewers_sit_out_their_own_application_and_their_alss() {
        let p = |member_id, als_id| Person { member_id, als_id };
        for (reviewer, applicant, out) in [
            (p(Some(1), Some(10)), p(Some(1), Some(10)), true),
            (p(Some(1), None), p(Some(1), None), true),
            (p(Some(1), Some(10)), p(Some(2), Some(10)), true),
            (p(Some(1), Some(10)), p(Some(2), Some(11)), false),
            (p(Some(1), None), p(Some(2), None), false),
            // Neither in an ALS is not "the same ALS"; a reviewer with no member record
            // is nobody's colleague.
            (p(None, None), p(Some(2), None), false),
            (p(None, None), p(None, None), false),
        ] {
            assert_eq!(
                recused(reviewer, applicant),
                out,
                "{reviewer:?} {applicant:?}"
            );
        }
    }
}
