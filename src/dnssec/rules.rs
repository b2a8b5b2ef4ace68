//! The stage rules of the pipeline, as plain functions:
//!
//! * moving forward, by any number of steps, needs no reason;
//! * moving back needs a reason (it is kept in the stage history);
//! * the same stage is no change;
//! * to be **at** a stage a contact needs what that stage implies: from "contacted" on, the
//!   ALS that made contact and the day it did; from "GSE follow-up" on, a GSE owner; from
//!   "training scheduled" on, the training event; at "signing", at least one signed zone.
//!
//! A broken rule is a [`RuleError`]: the form field it belongs to and the key of its message.

use super::model::{ContactRow, NewContact, Stage};

/// A rule a contact does not meet: shown next to `field`, saying `key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleError {
    pub field: &'static str,
    pub key: &'static str,
}

pub const REASON_REQUIRED: RuleError = RuleError {
    field: "reason",
    key: "dnssec-err-reason-required",
};
pub const ALS_REQUIRED: RuleError = RuleError {
    field: "als_id",
    key: "dnssec-err-als-required",
};
pub const CONTACTED_ON_REQUIRED: RuleError = RuleError {
    field: "contacted_on",
    key: "dnssec-err-contacted-on-required",
};
pub const OWNER_REQUIRED: RuleError = RuleError {
    field: "gse_owner_id",
    key: "dnssec-err-owner-required",
};
pub const EVENT_REQUIRED: RuleError = RuleError {
    field: "training_event_id",
    key: "dnssec-err-event-required",
};
pub const ZONES_REQUIRED: RuleError = RuleError {
    field: "signed_zones",
    key: "dnssec-err-zones-required",
};

/// Which way a stage change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Same,
    Forward,
    Backward,
}

pub fn movement(from: Stage, to: Stage) -> Move {
    match to.cmp(&from) {
        std::cmp::Ordering::Equal => Move::Same,
        std::cmp::Ordering::Greater => Move::Forward,
        std::cmp::Ordering::Less => Move::Backward,
    }
}

/// Whether a contact may move from `from` to `to` with this reason (blank counts as none).
pub fn check_move(from: Stage, to: Stage, reason: &str) -> Result<Move, RuleError> {
    match movement(from, to) {
        Move::Backward if reason.trim().is_empty() => Err(REASON_REQUIRED),
        m => Ok(m),
    }
}

/// What a contact has that the stages ask for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    pub als: bool,
    pub contacted_on: bool,
    pub owner: bool,
    pub training_event: bool,
    pub signed_zones: i64,
}

impl Facts {
    pub fn of_row(row: &ContactRow) -> Self {
        Self {
            als: row.als_id.is_some(),
            contacted_on: row.contacted_on.is_some(),
            owner: row.gse_owner_id.is_some(),
            training_event: row.training_event_id.is_some(),
            signed_zones: row.signed_zones,
        }
    }

    pub fn of_new(c: &NewContact) -> Self {
        Self {
            als: c.als_id.is_some(),
            contacted_on: c.contacted_on.is_some(),
            owner: c.gse_owner_id.is_some(),
            training_event: c.training_event_id.is_some(),
            signed_zones: c.signed_zones,
        }
    }
}

/// What a contact with these facts lacks to be at `stage`; empty when it may be there.
pub fn missing(stage: Stage, facts: &Facts) -> Vec<RuleError> {
    let mut missing = Vec::new();
    if stage >= Stage::Contacted {
        if !facts.als {
            missing.push(ALS_REQUIRED);
        }
        if !facts.contacted_on {
            missing.push(CONTACTED_ON_REQUIRED);
        }
    }
    if stage >= Stage::GseFollowUp && !facts.owner {
        missing.push(OWNER_REQUIRED);
    }
    if stage >= Stage::TrainingScheduled && !facts.training_event {
        missing.push(EVENT_REQUIRED);
    }
    if stage == Stage::Signing && facts.signed_zones < 1 {
        missing.push(ZONES_REQUIRED);
    }
    missing
}

/// The furthest stage up to `wanted` that a contact with these facts may be at.
pub fn furthest_allowed(wanted: Stage, facts: &Facts) -> Stage {
    Stage::ALL
        .iter()
        .copied()
        .filter(|s| *s <= wanted && missing(*s, facts).is_empty())
        .max()
        .unwrap_or(Stage::Identified)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stage::*;

    #[test]
    fn moves_forward_freely_and_back_only_with_a_reason() {
        // (from, to, reason, expected)
        let cases: &[(Stage, Stage, &str, Result<Move, RuleError>)] = &[
            (Identified, Contacted, "", Ok(Move::Forward)),
            (Identified, Signing, "", Ok(Move::Forward)),
            (Contacted, TrainingScheduled, "", Ok(Move::Forward)),
            (Trained, Signing, "  ", Ok(Move::Forward)),
            (Trained, Signing, "They signed .example", Ok(Move::Forward)),
            (Contacted, Contacted, "", Ok(Move::Same)),
            (Signing, Signing, "why not", Ok(Move::Same)),
            (Contacted, Identified, "", Err(REASON_REQUIRED)),
            (Contacted, Identified, " \n\t ", Err(REASON_REQUIRED)),
            (Signing, Identified, "", Err(REASON_REQUIRED)),
            (Trained, TrainingScheduled, "", Err(REASON_REQUIRED)),
            (
                Trained,
                GseFollowUp,
                "Training cancelled",
                Ok(Move::Backward),
            ),
            (Signing, Trained, "Zones unsigned again", Ok(Move::Backward)),
        ];
        for (from, to, reason, expected) in cases {
            assert_eq!(
                check_move(*from, *to, reason),
                *expected,
                "{from:?} → {to:?} with {reason:?}"
            );
        }
    }

    #[test]
    fn each_stage_needs_what_it_implies() {
        let none = Facts::default();
        let contacted = Facts {
            als: true,
            contacted_on: true,
            ..none
        };
        let followed = Facts {
            owner: true,
            ..contacted
        };
        let scheduled = Facts {
            training_event: true,
            ..followed
        };
        let signed = Facts {
            signed_zones: 1,
            ..scheduled
        };
        // (stage, facts, what is missing)
        let cases: &[(Stage, Facts, &[RuleError])] = &[
            (Identified, none, &[]),
            (Contacted, none, &[ALS_REQUIRED, CONTACTED_ON_REQUIRED]),
            (
                Contacted,
                Facts { als: true, ..none },
                &[CONTACTED_ON_REQUIRED],
            ),
            (
                Contacted,
                Facts {
                    contacted_on: true,
                    ..none
                },
                &[ALS_REQUIRED],
            ),
            (Contacted, contacted, &[]),
            (GseFollowUp, contacted, &[OWNER_REQUIRED]),
            (GseFollowUp, followed, &[]),
            (
                GseFollowUp,
                none,
                &[ALS_REQUIRED, CONTACTED_ON_REQUIRED, OWNER_REQUIRED],
            ),
            (TrainingScheduled, followed, &[EVENT_REQUIRED]),
            (TrainingScheduled, scheduled, &[]),
            (Trained, followed, &[EVENT_REQUIRED]),
            (Trained, scheduled, &[]),
            (Signing, scheduled, &[ZONES_REQUIRED]),
            (
                Signing,
                Facts {
                    signed_zones: 0,
                    ..signed
                },
                &[ZONES_REQUIRED],
            ),
            (Signing, signed, &[]),
            (
                Signing,
                none,
                &[
                    ALS_REQUIRED,
                    CONTACTED_ON_REQUIRED,
                    OWNER_REQUIRED,
                    EVENT_REQUIRED,
                    ZONES_REQUIRED,
                ],
            ),
            // Zones reported early are allowed at any stage.
            (
                Identified,
                Facts {
                    signed_zones: 4,
                    ..none
                },
                &[],
            ),
        ];
        for (stage, facts, expected) in cases {
            assert_eq!(
                missing(*stage, facts),
                *expected,
                "{stage:?} with {facts:?}"
            );
        }
    }

    #[test]
    fn the_furthest_stage_the_facts_allow() {
        let contacted = Facts {
            als: true,
            contacted_on: true,
            ..Facts::default()
        };
        let cases: &[(Stage, Facts, Stage)] = &[
            (Signing, Facts::default(), Identified),
            (Signing, contacted, Contacted),
            (
                Trained,
                Facts {
                    owner: true,
                    ..contacted
                },
                GseFollowUp,
            ),
            (
                Contacted,
                Facts {
                    owner: true,
                    training_event: true,
                    signed_zones: 3,
                    ..contacted
                },
                Contacted,
            ),
            (
                Signing,
                Facts {
                    owner: true,
                    training_event: true,
                    signed_zones: 3,
                    ..contacted
                },
                Signing,
            ),
        ];
        for (wanted, facts, expected) in cases {
            assert_eq!(furthest_allowed(*wanted, facts), *expected, "{wanted:?}");
        }
    }
}
