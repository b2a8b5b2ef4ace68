//! An ALS application's rows.

use serde::Serialize;
use sqlx::FromRow;

use super::rules::{Advice, Stage};
use crate::registry::sources::Source;

#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ApplicationRow {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub received_on: String,
    pub stage: Stage,
    pub advice: Option<Advice>,
    pub voted_on: Option<String>,
    pub als_id: Option<i64>,
    pub source_event_id: Option<i64>,
    pub source_crop_id: Option<i64>,
    pub source_fund_id: Option<i64>,
    pub notes: String,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl ApplicationRow {
    pub fn source(&self) -> Option<Source> {
        Source::from_columns(
            self.source_event_id,
            self.source_crop_id,
            self.source_fund_id,
        )
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct StepRow {
    pub stage: String,
    pub happened_on: String,
    pub note: String,
    pub recorded_by: Option<String>,
    pub recorded_at: String,
}

/// An application ready to be stored.
#[derive(Debug, Clone)]
pub struct NewApplication {
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub received_on: chrono::NaiveDate,
    pub source: Option<Source>,
    pub notes: String,
}

/// A step ready to be recorded.
#[derive(Debug, Clone)]
pub struct NewStep {
    pub outcome: super::rules::Outcome,
    pub day: chrono::NaiveDate,
    pub note: String,
}
