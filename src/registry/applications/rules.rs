//! The accreditation pipeline's rules, as plain functions: the stages in their order, the
//! one step each stage waits for, who may record it, and the dates a step may carry.

use chrono::NaiveDate;

use crate::web::auth::Role;

text_enum!(Stage, "application-stage", {
    Received => "received",
    DueDiligence => "due_diligence",
    RaloAdvice => "ralo_advice",
    Accredited => "accredited",
    Refused => "refused",
});

text_enum!(Advice, "application-advice", {
    Support => "support",
    Oppose => "oppose",
});

/// The step an application at a stage waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// ICANN staff's due diligence (the organisation exists, is independent, is in the
    /// region, its members are individuals…).
    DueDiligence,
    /// LACRALO leadership's recommendation to ALAC, with its reason.
    RaloAdvice,
    /// ALAC's vote: its day and its result.
    AlacVote,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::DueDiligence => "due_diligence",
            StepKind::RaloAdvice => "ralo_advice",
            StepKind::AlacVote => "alac_vote",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            StepKind::DueDiligence,
            StepKind::RaloAdvice,
            StepKind::AlacVote,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// What a recorded step says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    DueDiligenceDone,
    Advised(Advice),
    Voted { accredited: bool },
}

impl Outcome {
    pub fn kind(self) -> StepKind {
        match self {
            Outcome::DueDiligenceDone => StepKind::DueDiligence,
            Outcome::Advised(_) => StepKind::RaloAdvice,
            Outcome::Voted { .. } => StepKind::AlacVote,
        }
    }

    /// The stage the application is at once the step is recorded.
    pub fn stage_after(self) -> Stage {
        match self {
            Outcome::DueDiligenceDone => Stage::DueDiligence,
            Outcome::Advised(_) => Stage::RaloAdvice,
            Outcome::Voted { accredited: true } => Stage::Accredited,
            Outcome::Voted { accredited: false } => Stage::Refused,
        }
    }
}

/// The step an application at `stage` waits for; none once ALAC has voted.
pub fn next_step(stage: Stage) -> Option<StepKind> {
    match stage {
        Stage::Received => Some(StepKind::DueDiligence),
        Stage::DueDiligence => Some(StepKind::RaloAdvice),
        Stage::RaloAdvice => Some(StepKind::AlacVote),
        Stage::Accredited | Stage::Refused => None,
    }
}

/// Who records each step: due diligence is ICANN staff's work (GSE staff here); the RALO's
/// advice is LACRALO leadership's; ALAC's vote is recorded by staff or leadership, who both
/// follow ALAC's decisions. Applications are received by either.
pub fn may_record(kind: StepKind, role: Role) -> bool {
    match kind {
        StepKind::DueDiligence => role == Role::GseStaff,
        StepKind::RaloAdvice => role == Role::Leadership,
        StepKind::AlacVote => matches!(role, Role::GseStaff | Role::Leadership),
    }
}

/// A step's day: not before the step before it, and not in the future (a step is recorded
/// once it has happened). The message key says which.
pub fn check_day(
    day: NaiveDate,
    previous: NaiveDate,
    today: NaiveDate,
) -> Result<(), &'static str> {
    if day < previous {
        Err("application-err-before-previous")
    } else if day > today {
        Err("application-err-future")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_stages_follow_at_large_order_and_end_at_the_vote() {
        assert_eq!(next_step(Stage::Received), Some(StepKind::DueDiligence));
        assert_eq!(next_step(Stage::DueDiligence), Some(StepKind::RaloAdvice));
        assert_eq!(next_step(Stage::RaloAdvice), Some(StepKind::AlacVote));
        assert_eq!(next_step(Stage::Accredited), None);
        assert_eq!(next_step(Stage::Refused), None);
        assert_eq!(
            Outcome::Voted { accredited: true }.stage_after(),
            Stage::Accredited
        );
        assert_eq!(
            Outcome::Voted { accredited: false }.stage_after(),
            Stage::Refused
        );
        // Opposing advice still goes to ALAC, which decides.
        assert_eq!(
            Outcome::Advised(Advice::Oppose).stage_after(),
            Stage::RaloAdvice
        );
    }

    #[test]
    fn each_step_has_its_own_recorders() {
        use Role::*;
        assert!(may_record(StepKind::DueDiligence, GseStaff));
        assert!(!may_record(StepKind::DueDiligence, Leadership));
        assert!(may_record(StepKind::RaloAdvice, Leadership));
        assert!(!may_record(StepKind::RaloAdvice, GseStaff));
        assert!(may_record(StepKind::AlacVote, GseStaff));
        assert!(may_record(StepKind::AlacVote, Leadership));
        for kind in [
            StepKind::DueDiligence,
            StepKind::RaloAdvice,
            StepKind::AlacVote,
        ] {
            assert!(!may_record(kind, Member));
            assert!(!may_record(kind, Anonymous));
            assert_eq!(StepKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn a_step_day_is_between_the_previous_step_and_today() {
        let (prev, today) = (d("2026-03-10"), d("2026-04-01"));
        assert!(check_day(d("2026-03-10"), prev, today).is_ok());
        assert!(check_day(d("2026-04-01"), prev, today).is_ok());
        assert_eq!(
            check_day(d("2026-03-09"), prev, today),
            Err("application-err-before-previous")
        );
        assert_eq!(
            check_day(d("2026-04-02"), prev, today),
            Err("application-err-future")
        );
    }
}
