//! The funds' rows.

use chrono::NaiveDate;
use sqlx::FromRow;

use super::rules::{FundStatus, LineCategory};
use crate::crop::rules::FiscalYear;

/// A request with its ALS.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct RequestRow {
    pub id: i64,
    pub fiscal_year: FiscalYear,
    pub title: String,
    pub als_id: i64,
    pub country: String,
    pub held_on: String,
    pub objectives: String,
    pub expected_reach: i64,
    pub status: FundStatus,
    pub total_cents: i64,
    pub currency: String,
    pub requested_by: Option<i64>,
    pub approved_on: Option<String>,
    pub approval_ref: String,
    pub decline_reason: String,
    pub achieved: String,
    pub people_reached: Option<i64>,
    pub report_filed_at: Option<String>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub als_name: String,
    pub requester_name: Option<String>,
}

impl RequestRow {
    pub fn held_on(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(&self.held_on, "%Y-%m-%d").ok()
    }

    pub fn report_due(&self) -> Option<NaiveDate> {
        self.held_on().map(super::rules::report_due)
    }
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct LineRow {
    pub id: i64,
    pub request_id: i64,
    pub position: i64,
    pub category: LineCategory,
    pub justification: String,
    pub amount_cents: i64,
    pub currency: String,
    pub actual_cents: Option<i64>,
}

/// A receipt without its content.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct ReceiptRow {
    pub id: i64,
    pub request_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_by: Option<String>,
    pub uploaded_at: String,
}

/// A budget line, parsed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewLine {
    pub category: LineCategory,
    pub justification: String,
    pub amount_cents: i64,
}

/// A request, parsed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewRequest {
    pub title: String,
    pub als_id: i64,
    pub country: String,
    pub held_on: NaiveDate,
    pub objectives: String,
    pub expected_reach: i64,
    pub lines: Vec<NewLine>,
}

impl NewRequest {
    pub fn total(&self) -> i64 {
        self.lines.iter().map(|l| l.amount_cents).sum()
    }
}

/// A report, parsed: what was achieved, the people reached, and each line's actual spending
/// (by line id).
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewReport {
    pub achieved: String,
    pub people_reached: i64,
    pub actuals: Vec<(i64, i64)>,
}
