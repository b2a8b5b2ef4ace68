//! ALS activity measured as At-Large measures it (issue 16): the LACRALO metrics document's
//! draft thresholds, the evidence counted for one ALS as of a day, the status they suggest
//! (Active, Less active, Standby: leadership still decide), and the quorum of a meeting,
//! from which Standby ALSs are left out (they lose their vote). Plain functions: the pages
//! and queries call them; the tests below hold every threshold boundary.

use chrono::{Months, NaiveDate};

use super::model::AlsStatus;

/// The thresholds, editable by leadership; `Default` is the metrics document's draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Thresholds {
    /// Participation: this many meetings (monthly-call roll calls) …
    pub meetings: i64,
    /// … within this many months; or
    pub meetings_months: u32,
    /// this many contributions (policy comments) …
    pub contributions: i64,
    /// … within this many months.
    pub contributions_months: u32,
    /// Voting: a vote in this many …
    pub votes: i64,
    /// … of the last this many polls.
    pub polls: i64,
    /// Local activity: this many reports …
    pub local_reports: i64,
    /// … within this many months.
    pub local_reports_months: u32,
}

impl Default for Thresholds {
    /// "2 meetings in 3 months or 3 contributions in 6 months; a vote in 2 of the last 4
    /// polls; 2 local activity reports in 6 months."
    fn default() -> Self {
        Self {
            meetings: 2,
            meetings_months: 3,
            contributions: 3,
            contributions_months: 6,
            votes: 2,
            polls: 4,
            local_reports: 2,
            local_reports_months: 6,
        }
    }
}

impl Thresholds {
    /// The day a window of `months` ending on `as_of` counts after: the window is the days
    /// after it, up to `as_of` included (three months to 31 May: 1 March to 31 May).
    pub fn window_start(as_of: NaiveDate, months: u32) -> NaiveDate {
        as_of
            .checked_sub_months(Months::new(months))
            .unwrap_or(NaiveDate::MIN)
    }
}

/// What one ALS did, counted as of a day in each criterion's window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Evidence {
    pub meetings: i64,
    pub contributions: i64,
    /// Of the last `Thresholds::polls` polls held, how many it voted in …
    pub votes: i64,
    /// … and how many polls there were (fewer than `polls` early on).
    pub polls_held: i64,
    pub local_reports: i64,
}

/// Which of the three criteria an ALS meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Criteria {
    pub participation: bool,
    pub voting: bool,
    pub local_activity: bool,
}

impl Criteria {
    pub fn met(&self) -> usize {
        [self.participation, self.voting, self.local_activity]
            .iter()
            .filter(|m| **m)
            .count()
    }
}

pub fn criteria(e: &Evidence, t: &Thresholds) -> Criteria {
    Criteria {
        participation: e.meetings >= t.meetings || e.contributions >= t.contributions,
        // With fewer polls held than asked for, the vote needed is no more than were held:
        // an ALS cannot miss a poll that did not take place.
        voting: e.votes >= t.votes.min(e.polls_held),
        local_activity: e.local_reports >= t.local_reports,
    }
}

/// The status the evidence suggests: all three criteria met, Active; one or two, Less
/// active; none, Standby. A decertified ALS stays decertified (that is not a metric).
pub fn suggested_status(current: AlsStatus, e: &Evidence, t: &Thresholds) -> AlsStatus {
    if current == AlsStatus::Decertified {
        return AlsStatus::Decertified;
    }
    match criteria(e, t).met() {
        3 => AlsStatus::Active,
        0 => AlsStatus::Standby,
        _ => AlsStatus::LessActive,
    }
}

/// Whether an ALS in `status` votes and counts for quorum: Standby ALSs lose their vote,
/// decertified ones are gone.
pub fn votes(status: AlsStatus) -> bool {
    matches!(status, AlsStatus::Active | AlsStatus::LessActive)
}

/// The quorum of a meeting of `voting` ALSs: 50% + 1 (a majority of them). None when no
/// ALS votes.
pub fn quorum(voting: i64) -> Option<i64> {
    (voting > 0).then_some(voting / 2 + 1)
}

/// One line of the quorum table: the ALSs of a sub-region (or of all of them) as of a day.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct QuorumLine {
    /// The sub-region's code; `None` for the overall line.
    pub subregion: Option<String>,
    /// ALSs that vote (Active and Less active) …
    pub voting: i64,
    /// … and those on Standby, who do not.
    pub standby: i64,
    pub quorum: Option<i64>,
}

/// The quorum per sub-region (in the order given) and overall, from each ALS's
/// sub-region and status as of the day counted.
pub fn quorum_table(subregions: &[&str], alss: &[(String, AlsStatus)]) -> Vec<QuorumLine> {
    let line = |subregion: Option<&str>| {
        let of = || {
            alss.iter()
                .filter(move |(s, _)| subregion.is_none_or(|code| s == code))
        };
        let voting = of().filter(|(_, status)| votes(*status)).count() as i64;
        QuorumLine {
            subregion: subregion.map(str::to_owned),
            voting,
            standby: of()
                .filter(|(_, status)| *status == AlsStatus::Standby)
                .count() as i64,
            quorum: quorum(voting),
        }
    };
    subregions
        .iter()
        .map(|s| line(Some(s)))
        .chain(std::iter::once(line(None)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn evidence(meetings: i64, contributions: i64, votes: i64, local_reports: i64) -> Evidence {
        Evidence {
            meetings,
            contributions,
            votes,
            polls_held: 4,
            local_reports,
        }
    }

    #[test]
    fn each_criterion_is_met_from_its_threshold_and_not_one_below() {
        let t = Thresholds::default();
        // (evidence, participation, voting, local activity)
        let cases = [
            (evidence(2, 0, 0, 0), true, false, false),
            (evidence(1, 2, 0, 0), false, false, false),
            (evidence(1, 3, 0, 0), true, false, false),
            (evidence(0, 0, 2, 0), false, true, false),
            (evidence(0, 0, 1, 0), false, false, false),
            (evidence(0, 0, 0, 2), false, false, true),
            (evidence(0, 0, 0, 1), false, false, false),
        ];
        for (e, participation, voting, local_activity) in cases {
            assert_eq!(
                criteria(&e, &t),
                Criteria {
                    participation,
                    voting,
                    local_activity
                },
                "{e:?}"
            );
        }
    }

    #[test]
    fn the_suggested_status_counts_the_criteria_met() {
        use AlsStatus::*;
        let t = Thresholds::default();
        assert_eq!(suggested_status(Standby, &evidence(2, 0, 2, 2), &t), Active);
        assert_eq!(
            suggested_status(Active, &evidence(2, 0, 2, 1), &t),
            LessActive
        );
        assert_eq!(
            suggested_status(Active, &evidence(0, 0, 0, 2), &t),
            LessActive
        );
        assert_eq!(suggested_status(Active, &evidence(1, 2, 1, 1), &t), Standby);
        // Decertification is not a metric.
        assert_eq!(
            suggested_status(Decertified, &evidence(9, 9, 4, 9), &t),
            Decertified
        );
        // Thresholds leadership raised: the same evidence falls short.
        let strict = Thresholds { meetings: 3, ..t };
        assert_eq!(
            suggested_status(Active, &evidence(2, 0, 2, 2), &strict),
            LessActive
        );
    }

    #[test]
    fn fewer_polls_held_than_counted_ask_for_no_more_votes_than_there_were() {
        let t = Thresholds::default();
        let early = Evidence {
            votes: 1,
            polls_held: 1,
            ..Evidence::default()
        };
        assert!(criteria(&early, &t).voting);
        let none_held = Evidence::default();
        assert!(criteria(&none_held, &t).voting, "no poll, none missed");
        let missed = Evidence {
            votes: 0,
            polls_held: 1,
            ..Evidence::default()
        };
        assert!(!criteria(&missed, &t).voting);
    }

    #[test]
    fn windows_count_back_whole_months_even_from_a_months_end() {
        assert_eq!(
            Thresholds::window_start(day(2027, 5, 31), 3),
            day(2027, 2, 28)
        );
        assert_eq!(
            Thresholds::window_start(day(2028, 5, 31), 3),
            day(2028, 2, 29)
        );
        assert_eq!(
            Thresholds::window_start(day(2027, 1, 15), 6),
            day(2026, 7, 15)
        );
    }

    #[test]
    fn the_quorum_table_counts_each_subregion_and_all_without_standby_alss() {
        use AlsStatus::*;
        let alss: Vec<(String, AlsStatus)> = [
            ("A", Active),
            ("A", LessActive),
            ("A", Standby),
            ("B", Standby),
            ("C", Active),
            ("C", Decertified),
        ]
        .iter()
        .map(|(s, st)| ((*s).to_owned(), *st))
        .collect();
        let table = quorum_table(&["A", "B", "C", "D"], &alss);
        let got: Vec<(Option<&str>, i64, i64, Option<i64>)> = table
            .iter()
            .map(|l| (l.subregion.as_deref(), l.voting, l.standby, l.quorum))
            .collect();
        assert_eq!(
            got,
            [
                (Some("A"), 2, 1, Some(2)),
                (Some("B"), 0, 1, None),
                (Some("C"), 1, 0, Some(1)),
                (Some("D"), 0, 0, None),
                (None, 3, 2, Some(2)),
            ]
        );
    }

    #[test]
    fn quorum_is_a_majority_of_the_alss_that_vote() {
        assert_eq!(quorum(0), None);
        assert_eq!(quorum(1), Some(1));
        assert_eq!(quorum(2), Some(2));
        assert_eq!(quorum(3), Some(2));
        assert_eq!(quorum(10), Some(6));
        assert_eq!(quorum(11), Some(6));
        assert!(votes(AlsStatus::Active) && votes(AlsStatus::LessActive));
        assert!(!votes(AlsStatus::Standby) && !votes(AlsStatus::Decertified));
    }
}
