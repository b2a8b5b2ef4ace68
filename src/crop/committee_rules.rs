//! The selection committee's rules, where leadership want one (after NARALO's three-member
//! committee): the four criteria and their range, a score as typed, a first and second
//! choice, when a reviewer may see the others' scores, and the totals leadership decide
//! with. Plain functions: the pages and queries call them, the tests below hold every
//! boundary. Recusal is `procedure::recused`.

use std::collections::BTreeMap;

/// The lowest and the highest score of one criterion.
pub const SCORE_MIN: i64 = 0;
pub const SCORE_MAX: i64 = 5;

/// The four criteria: the form's field name and the label's key.
pub const CRITERIA: [(&str, &str); 4] = [
    ("outreach_plan", "crop-committee-criterion-outreach-plan"),
    ("subregion", "crop-committee-criterion-subregion"),
    ("reports_on_time", "crop-committee-criterion-reports"),
    ("engagement", "crop-committee-criterion-engagement"),
];

/// Why a typed score is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreError {
    Missing,
    NotWhole,
    OutOfRange,
}

impl ScoreError {
    pub fn message_key(self) -> &'static str {
        match self {
            ScoreError::Missing => "crop-committee-err-score-missing",
            ScoreError::NotWhole => "crop-committee-err-score-whole",
            ScoreError::OutOfRange => "crop-committee-err-score-range",
        }
    }
}

/// One criterion's score as typed: a whole number from 0 to 5.
pub fn parse_score(typed: &str) -> Result<i64, ScoreError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(ScoreError::Missing);
    }
    let n: i64 = typed.parse().map_err(|_| {
        // Digits too many for a number are still out of range; "2.5" or "four" are not
        // whole numbers.
        let digits = typed.strip_prefix(['-', '+']).unwrap_or(typed);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            ScoreError::OutOfRange
        } else {
            ScoreError::NotWhole
        }
    })?;
    if (SCORE_MIN..=SCORE_MAX).contains(&n) {
        Ok(n)
    } else {
        Err(ScoreError::OutOfRange)
    }
}

/// One reviewer's four scores of one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ScoreCard {
    pub outreach_plan: i64,
    pub subregion: i64,
    pub reports_on_time: i64,
    pub engagement: i64,
}

impl ScoreCard {
    pub fn total(&self) -> i64 {
        self.outreach_plan + self.subregion + self.reports_on_time + self.engagement
    }

    /// The four in the order of `CRITERIA`.
    pub fn values(&self) -> [i64; 4] {
        [
            self.outreach_plan,
            self.subregion,
            self.reports_on_time,
            self.engagement,
        ]
    }

    /// The four typed scores (in the order of `CRITERIA`), or each field's refusal.
    pub fn parse(typed: [&str; 4]) -> Result<Self, Vec<(&'static str, ScoreError)>> {
        let parsed: Vec<_> = typed.iter().map(|t| parse_score(t)).collect();
        let errors: Vec<_> = parsed
            .iter()
            .zip(CRITERIA)
            .filter_map(|(p, (field, _))| p.err().map(|e| (field, e)))
            .collect();
        match parsed.as_slice() {
            [Ok(a), Ok(b), Ok(c), Ok(d)] => Ok(Self {
                outreach_plan: *a,
                subregion: *b,
                reports_on_time: *c,
                engagement: *d,
            }),
            _ => Err(errors),
        }
    }
}

/// Why a ranking is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RankError {
    NoFirst,
    SameTwice,
    /// Not one of the applications this reviewer may rank (recused, withdrawn, another
    /// opportunity's).
    NotRankable,
}

impl RankError {
    pub fn message_key(self) -> &'static str {
        match self {
            RankError::NoFirst => "crop-committee-err-no-first",
            RankError::SameTwice => "crop-committee-err-same-twice",
            RankError::NotRankable => "crop-committee-err-not-rankable",
        }
    }
}

/// A first choice (required) and a second (optional, and another application), both among
/// the applications the reviewer may rank.
pub fn check_ranking(
    first: Option<i64>,
    second: Option<i64>,
    rankable: &[i64],
) -> Result<(i64, Option<i64>), RankError> {
    let first = first.ok_or(RankError::NoFirst)?;
    if second == Some(first) {
        return Err(RankError::SameTwice);
    }
    if !rankable.contains(&first) || second.is_some_and(|s| !rankable.contains(&s)) {
        return Err(RankError::NotRankable);
    }
    Ok((first, second))
}

/// Whether a reviewer may see the other reviewers' scores: once their own are in for every
/// application they are not recused from (`to_score`). A reviewer with nothing to score
/// (recused from all) may see them.
pub fn may_see_others(to_score: &[i64], scored: &[i64]) -> bool {
    to_score.iter().all(|a| scored.contains(a))
}

/// What leadership decide with, per application.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Every criterion of every reviewer who scored it.
    pub sum: i64,
    pub scored_by: i64,
    pub first_choices: i64,
    pub second_choices: i64,
}

/// The totals of each application from the reviewers' scores (application, card) and
/// rankings (first, second).
pub fn totals(
    scores: &[(i64, ScoreCard)],
    rankings: &[(i64, Option<i64>)],
) -> BTreeMap<i64, Totals> {
    let mut all: BTreeMap<i64, Totals> = BTreeMap::new();
    for (app, card) in scores {
        let t = all.entry(*app).or_default();
        t.sum += card.total();
        t.scored_by += 1;
    }
    for (first, second) in rankings {
        all.entry(*first).or_default().first_choices += 1;
        if let Some(second) = second {
            all.entry(*second).or_default().second_choices += 1;
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_is_a_whole_number_from_zero_to_five() {
        for (typed, expected) in [
            ("0", Ok(0)),
            ("5", Ok(5)),
            (" 3 ", Ok(3)),
            ("", Err(ScoreError::Missing)),
            ("  ", Err(ScoreError::Missing)),
            ("-1", Err(ScoreError::OutOfRange)),
            ("6", Err(ScoreError::OutOfRange)),
            ("99999999999999999999", Err(ScoreError::OutOfRange)),
            ("2.5", Err(ScoreError::NotWhole)),
            ("four", Err(ScoreError::NotWhole)),
        ] {
            assert_eq!(parse_score(typed), expected, "{typed:?}");
        }
    }

    #[test]
    fn a_card_names_every_refused_criterion_and_totals_the_four() {
        let card = ScoreCard::parse(["5", "4", "0", "3"]).unwrap();
        assert_eq!(card.total(), 12);
        assert_eq!(card.values(), [5, 4, 0, 3]);
        assert_eq!(
            ScoreCard::parse(["6", "4", "", "x"]),
            Err(vec![
                ("outreach_plan", ScoreError::OutOfRange),
                ("reports_on_time", ScoreError::Missing),
                ("engagement", ScoreError::NotWhole),
            ])
        );
    }

    #[test]
    fn a_ranking_needs_a_first_and_two_different_rankable_applications() {
        let rankable = [10, 11, 12];
        for (first, second, expected) in [
            (Some(10), Some(11), Ok((10, Some(11)))),
            (Some(10), None, Ok((10, None))),
            (None, Some(11), Err(RankError::NoFirst)),
            (None, None, Err(RankError::NoFirst)),
            (Some(10), Some(10), Err(RankError::SameTwice)),
            // 13: recused from it, or another opportunity's.
            (Some(13), Some(10), Err(RankError::NotRankable)),
            (Some(10), Some(13), Err(RankError::NotRankable)),
        ] {
            assert_eq!(
                check_ranking(first, second, &rankable),
                expected,
                "{first:?} {second:?}"
            );
        }
    }

    #[test]
    fn others_scores_show_once_ones_own_are_in_for_every_application_not_recused_from() {
        for (to_score, scored, expected) in [
            (&[1, 2][..], &[][..], false),
            (&[1, 2], &[1], false),
            (&[1, 2], &[2, 1], true),
            // A score of an application since recused from (or withdrawn) does not matter.
            (&[1], &[1, 3], true),
            (&[], &[], true),
        ] {
            assert_eq!(
                may_see_others(to_score, scored),
                expected,
                "{to_score:?} {scored:?}"
            );
        }
    }

    #[test]
    fn totals_add_every_reviewers_scores_and_count_choices() {
        let card = |a, b, c, d| ScoreCard {
            outreach_plan: a,
            subregion: b,
            reports_on_time: c,
            engagement: d,
        };
        let t = totals(
            &[
                (1, card(5, 5, 5, 5)),
                (1, card(1, 2, 3, 4)),
                (2, card(0, 0, 0, 0)),
            ],
            &[(1, Some(2)), (2, Some(1)), (1, None), (3, None)],
        );
        assert_eq!(
            t[&1],
            Totals {
                sum: 30,
                scored_by: 2,
                first_choices: 2,
                second_choices: 1
            }
        );
        assert_eq!(
            t[&2],
            Totals {
                sum: 0,
                scored_by: 1,
                first_choices: 1,
                second_choices: 1
            }
        );
        // Ranked first without a score yet.
        assert_eq!(
            t[&3],
            Totals {
                sum: 0,
                scored_by: 0,
                first_choices: 1,
                second_choices: 0
            }
        );
        assert!(!t.contains_key(&4));
    }
}
