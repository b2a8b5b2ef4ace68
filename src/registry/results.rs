//! What followed outreach, per country: the counting rules as plain functions. An outreach
//! action (an event held there, a CROP trip there, a funded initiative there, a member from
//! there attending a webinar) is followed by an outcome (an ALS application, an
//! accreditation, a new individual member, a new active member) from the same country when
//! the outcome's day is on or after the action's day and within 6 (or 12) months of it.
//! Each outcome counts once, however many actions came before it.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};

/// The kinds of outreach action, in the order the page shows them.
pub const ACTIONS: [&str; 4] = [
    "event",
    "crop_trip",
    "funded_initiative",
    "webinar_attendance",
];

/// The kinds of outcome, in the order the page shows them.
pub const OUTCOMES: [&str; 4] = [
    "application",
    "accreditation",
    "individual_member",
    "active_member",
];

/// Something dated in a country: an action or an outcome, with its kind's index in
/// `ACTIONS` or `OUTCOMES`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub country: String,
    pub day: NaiveDate,
    pub kind: usize,
}

/// One country's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Actions of each kind (`ACTIONS`).
    pub actions: [i64; 4],
    /// Outcomes of each kind (`OUTCOMES`) that followed an action within 6 months …
    pub within_6: [i64; 4],
    /// … and within 12 months (which includes the 6).
    pub within_12: [i64; 4],
}

impl Tally {
    pub fn add(&mut self, other: &Tally) {
        for i in 0..4 {
            self.actions[i] += other.actions[i];
            self.within_6[i] += other.within_6[i];
            self.within_12[i] += other.within_12[i];
        }
    }

    pub fn total_actions(&self) -> i64 {
        self.actions.iter().sum()
    }
}

/// Whether `outcome` followed an action on `action` within `months`: on the action's day
/// or after, and no later than the same day `months` later.
pub fn follows(action: NaiveDate, outcome: NaiveDate, months: u32) -> bool {
    outcome >= action
        && action
            .checked_add_months(Months::new(months))
            .is_some_and(|end| outcome <= end)
}

/// Every country's figures, from the actions of the period and the outcomes.
pub fn tally(actions: &[Dated], outcomes: &[Dated]) -> BTreeMap<String, Tally> {
    let mut by_country: BTreeMap<String, Tally> = BTreeMap::new();
    // Each country's action days, sorted: an outcome follows if the latest action on or
    // before its day is within the window.
    let mut days: BTreeMap<&str, Vec<NaiveDate>> = BTreeMap::new();
    for a in actions {
        by_country.entry(a.country.clone()).or_default().actions[a.kind] += 1;
        days.entry(&a.country).or_default().push(a.day);
    }
    for d in days.values_mut() {
        d.sort();
    }
    for o in outcomes {
        let Some(days) = days.get(o.country.as_str()) else {
            continue;
        };
        let before = days.partition_point(|d| *d <= o.day);
        let Some(latest) = before.checked_sub(1).map(|i| days[i]) else {
            continue;
        };
        let t = by_country.entry(o.country.clone()).or_default();
        if follows(latest, o.day, 6) {
            t.within_6[o.kind] += 1;
        }
        if follows(latest, o.day, 12) {
            t.within_12[o.kind] += 1;
        }
    }
    by_country
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(country: &str, day: &str, kind: usize) -> Dated {
        Dated {
            country: country.to_owned(),
            day: d(day),
            kind,
        }
    }

    #[test]
    fn an_outcome_follows_from_the_action_day_to_the_same_day_months_later() {
        let action = d("2026-03-15");
        assert!(follows(action, d("2026-03-15"), 6));
        assert!(follows(action, d("2026-09-15"), 6));
        assert!(!follows(action, d("2026-09-16"), 6));
        assert!(follows(action, d("2026-09-16"), 12));
        assert!(follows(action, d("2027-03-15"), 12));
        assert!(!follows(action, d("2027-03-16"), 12));
        assert!(!follows(action, d("2026-03-14"), 12), "before the action");
        // The end of a short month: 31 August + 6 months is the last day of February.
        assert!(follows(d("2026-08-31"), d("2027-02-28"), 6));
        assert!(!follows(d("2026-08-31"), d("2027-03-01"), 6));
    }

    #[test]
    fn each_outcome_counts_once_in_its_own_country_after_an_action_there() {
        let actions = vec![
            at("GT", "2026-01-10", 0),
            at("GT", "2026-02-01", 1),
            at("BZ", "2026-05-01", 2),
        ];
        let outcomes = vec![
            // After both Guatemalan actions: counted once.
            at("GT", "2026-03-01", 0),
            // Eight months after the last Guatemalan action: within 12, not 6.
            at("GT", "2026-10-01", 1),
            // Before Belize's action: not a result of it.
            at("BZ", "2026-04-30", 2),
            // No action in Suriname.
            at("SR", "2026-06-01", 3),
        ];
        let t = tally(&actions, &outcomes);
        assert_eq!(t["GT"].actions, [1, 1, 0, 0]);
        assert_eq!(t["GT"].within_6, [1, 0, 0, 0]);
        assert_eq!(t["GT"].within_12, [1, 1, 0, 0]);
        assert_eq!(t["BZ"].actions, [0, 0, 1, 0]);
        assert_eq!(t["BZ"].within_12, [0, 0, 0, 0]);
        assert!(!t.contains_key("SR"));
    }
}
