//! The RALO discretionary funds' rules: the default yearly budget, the request's steps and
//! who takes each, the budget a request may not exceed, the report's due day, and what a
//! receipt may be (PDF, JPEG or PNG by its content, at most 5 MB).

use chrono::{Duration, NaiveDate};

/// The yearly amount past At-Large proposals used per RALO: US$2,000.
pub const DEFAULT_BUDGET_CENTS: i64 = 2_000 * 100;
/// The report is due this many days after the initiative.
pub const REPORT_DAYS: i64 = 30;
/// The largest receipt accepted.
pub const RECEIPT_MAX_BYTES: usize = 5 * 1024 * 1024;
/// The most budget lines a request holds.
pub const LINES_MAX: usize = 20;

text_enum!(FundStatus, "fund-status", {
    Submitted => "submitted",
    Endorsed => "endorsed",
    Approved => "approved",
    Reported => "reported",
    Closed => "closed",
    Declined => "declined",
});

text_enum!(LineCategory, "fund-category", {
    Venue => "venue",
    Catering => "catering",
    Travel => "travel",
    Materials => "materials",
    Communication => "communication",
    Other => "other",
});

/// A step leadership take on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// RALO leadership endorse it.
    Endorse,
    /// The ALAC finance subcommittee approved it (leadership record the date and reference).
    Approve,
    Decline,
    /// The report is accepted and the request closed.
    Close,
}

impl Step {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "endorse" => Some(Step::Endorse),
            "approve" => Some(Step::Approve),
            "decline" => Some(Step::Decline),
            "close" => Some(Step::Close),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Endorse => "endorse",
            Step::Approve => "approve",
            Step::Decline => "decline",
            Step::Close => "close",
        }
    }

    /// The status the request leaves with.
    pub fn status(self) -> FundStatus {
        match self {
            Step::Endorse => FundStatus::Endorsed,
            Step::Approve => FundStatus::Approved,
            Step::Decline => FundStatus::Declined,
            Step::Close => FundStatus::Closed,
        }
    }

    /// The status the request must be in for the step.
    pub fn from(self) -> &'static [FundStatus] {
        match self {
            Step::Endorse => &[FundStatus::Submitted],
            Step::Approve => &[FundStatus::Endorsed],
            Step::Decline => &[FundStatus::Submitted, FundStatus::Endorsed],
            Step::Close => &[FundStatus::Reported],
        }
    }
}

/// What the step needs that is missing (message keys).
pub fn check_step(
    status: FundStatus,
    step: Step,
    approval: Option<(NaiveDate, &str)>,
    reason: &str,
) -> Result<(), &'static str> {
    if !step.from().contains(&status) {
        return Err("fund-err-step-order");
    }
    match step {
        Step::Approve => match approval {
            Some((_, reference)) if !reference.trim().is_empty() => Ok(()),
            Some(_) => Err("fund-err-approval-ref"),
            None => Err("fund-err-approval-date"),
        },
        Step::Decline if reason.trim().is_empty() => Err("fund-err-decline-reason"),
        _ => Ok(()),
    }
}

/// What is left of a year's `budget` once `committed` (approved, reported and closed
/// requests) is taken out; never below zero.
pub fn remaining(budget: i64, committed: i64) -> i64 {
    (budget - committed).max(0)
}

/// Whether a request of `total` fits what is left of the year's budget.
pub fn fits(total: i64, budget: i64, committed: i64) -> bool {
    total <= remaining(budget, committed)
}

pub fn report_due(held_on: NaiveDate) -> NaiveDate {
    held_on + Duration::days(REPORT_DAYS)
}

/// Whether the initiative is running: approved and its day reached.
pub fn is_running(status: FundStatus, held_on: NaiveDate, today: NaiveDate) -> bool {
    status == FundStatus::Approved && held_on <= today
}

/// The content type of a receipt, read from its first bytes (the name says nothing):
/// PDF, JPEG or PNG; `None` for anything else.
pub fn receipt_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// Why a receipt is refused (message keys), in the order a person fixes them.
pub fn check_receipt(bytes: &[u8]) -> Result<&'static str, &'static str> {
    if bytes.is_empty() {
        return Err("fund-err-receipt-empty");
    }
    if bytes.len() > RECEIPT_MAX_BYTES {
        return Err("fund-err-receipt-large");
    }
    receipt_type(bytes).ok_or("fund-err-receipt-type")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    type StepCase<'a> = (
        FundStatus,
        Step,
        Option<(NaiveDate, &'a str)>,
        &'a str,
        Result<(), &'a str>,
    );

    #[test]
    fn steps_go_in_order_and_say_what_is_missing() {
        use FundStatus::*;
        let on = Some((day(2027, 3, 1), "ALAC-FIN-2027-04"));
        let cases: &[StepCase] = &[
            (Submitted, Step::Endorse, None, "", Ok(())),
            (
                Endorsed,
                Step::Endorse,
                None,
                "",
                Err("fund-err-step-order"),
            ),
            (Submitted, Step::Approve, on, "", Err("fund-err-step-order")),
            (Endorsed, Step::Approve, on, "", Ok(())),
            (
                Endorsed,
                Step::Approve,
                None,
                "",
                Err("fund-err-approval-date"),
            ),
            (
                Endorsed,
                Step::Approve,
                Some((day(2027, 3, 1), " ")),
                "",
                Err("fund-err-approval-ref"),
            ),
            (
                Submitted,
                Step::Decline,
                None,
                "",
                Err("fund-err-decline-reason"),
            ),
            (Endorsed, Step::Decline, None, "Out of scope", Ok(())),
            (
                Approved,
                Step::Decline,
                None,
                "Late",
                Err("fund-err-step-order"),
            ),
            (Approved, Step::Close, None, "", Err("fund-err-step-order")),
            (Reported, Step::Close, None, "", Ok(())),
        ];
        for &(status, step, approval, reason, expected) in cases {
            assert_eq!(
                check_step(status, step, approval, reason),
                expected,
                "{status:?} {step:?}"
            );
        }
    }

    #[test]
    fn a_request_fits_up_to_the_last_cent_of_the_budget() {
        let budget = DEFAULT_BUDGET_CENTS;
        assert!(fits(150_000, budget, 50_000));
        assert!(!fits(150_001, budget, 50_000));
        assert!(fits(0, budget, budget));
        assert!(!fits(1, budget, budget));
        // Committed beyond the budget (it was lowered): nothing is left, not a negative.
        assert_eq!(remaining(budget, 250_000), 0);
    }

    #[test]
    fn the_report_is_due_thirty_days_after_and_the_initiative_runs_from_its_day() {
        assert_eq!(report_due(day(2027, 1, 31)), day(2027, 3, 2));
        assert!(!is_running(
            FundStatus::Approved,
            day(2027, 2, 1),
            day(2027, 1, 31)
        ));
        assert!(is_running(
            FundStatus::Approved,
            day(2027, 2, 1),
            day(2027, 2, 1)
        ));
        assert!(!is_running(
            FundStatus::Endorsed,
            day(2027, 2, 1),
            day(2027, 2, 2)
        ));
    }

    #[test]
    fn receipts_are_known_by_their_content_and_size() {
        assert_eq!(check_receipt(b"%PDF-1.7\n..."), Ok("application/pdf"));
        assert_eq!(
            check_receipt(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]),
            Ok("image/jpeg")
        );
        assert_eq!(
            check_receipt(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Ok("image/png")
        );
        // A script named receipt.pdf is still a script.
        assert_eq!(
            check_receipt(b"#!/bin/sh\nrm -rf /"),
            Err("fund-err-receipt-type")
        );
        assert_eq!(check_receipt(b"<html>"), Err("fund-err-receipt-type"));
        assert_eq!(check_receipt(b""), Err("fund-err-receipt-empty"));
        let mut at_limit = b"%PDF-".to_vec();
        at_limit.resize(RECEIPT_MAX_BYTES, b' ');
        assert!(check_receipt(&at_limit).is_ok());
        at_limit.push(b' ');
        assert_eq!(check_receipt(&at_limit), Err("fund-err-receipt-large"));
    }
}
