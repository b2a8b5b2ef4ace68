//! The pipeline's vocabulary (stages, kinds of organisation) and its rows.

use std::cmp::Ordering;

use serde::Serialize;
use sqlx::FromRow;

text_enum!(Stage, "dnssec-stage", {
    Identified => "identified",
    Contacted => "contacted",
    GseFollowUp => "gse_follow_up",
    TrainingScheduled => "training_scheduled",
    Trained => "trained",
    Signing => "signing",
});

impl Stage {
    /// The position of the stage in the pipeline, from 0 (identified).
    pub fn rank(self) -> usize {
        Stage::ALL
            .iter()
            .position(|s| *s == self)
            .expect("every stage is in ALL")
    }

    /// The stage after this one, if any.
    pub fn next(self) -> Option<Stage> {
        Stage::ALL.get(self.rank() + 1).copied()
    }

    /// This stage and every later one: "contacted or later".
    pub fn and_later(self) -> &'static [Stage] {
        &Stage::ALL[self.rank()..]
    }
}

impl PartialOrd for Stage {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Stage {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

text_enum!(OrgKind, "dnssec-kind", {
    Isp => "isp",
    NetworkOperator => "network_operator",
    Other => "other",
});

/// A contact as stored (and as the audit log shows it).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ContactRow {
    pub id: i64,
    pub organisation: String,
    pub kind: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub als_id: Option<i64>,
    pub contacted_on: Option<String>,
    pub gse_owner_id: Option<i64>,
    pub stage: Stage,
    pub training_event_id: Option<i64>,
    pub signed_zones: i64,
    pub notes: String,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl ContactRow {
    pub fn stage(&self) -> Stage {
        self.stage
    }
}

/// A contact with the names of what it points to, for lists, the board and its page.
#[derive(Debug, Clone, FromRow)]
pub struct ContactSummary {
    pub id: i64,
    pub organisation: String,
    pub kind: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub als_id: Option<i64>,
    pub als_name: Option<String>,
    pub contacted_on: Option<String>,
    pub gse_owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub stage: Stage,
    pub training_event_id: Option<i64>,
    pub event_title: Option<String>,
    pub event_date: Option<String>,
    pub signed_zones: i64,
    pub notes: String,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl ContactSummary {
    pub fn stage(&self) -> Stage {
        self.stage
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct StageChangeRow {
    /// `None` for the stage the contact was created at.
    pub from_stage: Option<String>,
    pub to_stage: String,
    pub reason: String,
    pub changed_by: Option<String>,
    pub changed_at: String,
}

/// A contact ready to be stored: every field parsed and the stage rules met.
#[derive(Debug, Clone, PartialEq)]
pub struct NewContact {
    pub organisation: String,
    pub kind: OrgKind,
    pub country: String,
    pub contact_name: String,
    /// As entered (NFC), already checked.
    pub contact_email: String,
    pub als_id: Option<i64>,
    pub contacted_on: Option<chrono::NaiveDate>,
    pub gse_owner_id: Option<i64>,
    pub stage: Stage,
    pub training_event_id: Option<i64>,
    pub signed_zones: i64,
    pub notes: String,
}

/// The pipeline's numbers for one country or sub-region: never a name.
#[derive(Debug, Clone, Default, FromRow, PartialEq, Eq)]
pub struct Tally {
    /// The ISO code of the country, or the letter of the sub-region.
    pub place: String,
    pub organisations: i64,
    /// At "contacted" or later.
    pub contacted: i64,
    /// At "trained" or later.
    pub trained: i64,
    pub signing: i64,
    pub signed_zones: i64,
}

impl Tally {
    /// The sum of several tallies, under `place`.
    pub fn total<'a>(place: &str, parts: impl IntoIterator<Item = &'a Tally>) -> Tally {
        parts.into_iter().fold(
            Tally {
                place: place.to_owned(),
                ..Default::default()
            },
            |mut sum, t| {
                sum.organisations += t.organisations;
                sum.contacted += t.contacted;
                sum.trained += t.trained;
                sum.signing += t.signing;
                sum.signed_zones += t.signed_zones;
                sum
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_ordered_as_the_pipeline() {
        assert!(Stage::Identified < Stage::Contacted);
        assert!(Stage::Contacted < Stage::GseFollowUp);
        assert!(Stage::GseFollowUp < Stage::TrainingScheduled);
        assert!(Stage::TrainingScheduled < Stage::Trained);
        assert!(Stage::Trained < Stage::Signing);
        assert_eq!(Stage::Identified.next(), Some(Stage::Contacted));
        assert_eq!(Stage::Signing.next(), None);
        assert_eq!(
            Stage::Trained.and_later(),
            &[Stage::Trained, Stage::Signing]
        );
        assert_eq!(Stage::GseFollowUp.label_key(), "dnssec-stage-gse-follow-up");
    }

    #[test]
    fn totals_add_up() {
        let a = Tally {
            place: "A".into(),
            organisations: 2,
            contacted: 1,
            trained: 1,
            signing: 0,
            signed_zones: 0,
        };
        let b = Tally {
            place: "B".into(),
            organisations: 3,
            contacted: 3,
            trained: 2,
            signing: 1,
            signed_zones: 7,
        };
        let t = Tally::total("all", [&a, &b]);
        assert_eq!(
            (
                t.organisations,
                t.contacted,
                t.trained,
                t.signing,
                t.signed_zones
            ),
            (5, 4, 3, 1, 7)
        );
        assert_eq!(t.place, "all");
    }
}
