//! The funds' rows as pages show them, in the reader's language.

use chrono::{NaiveDate, Utc};

use super::model::{LineRow, RequestRow};
use super::rules::{self, FundStatus};
use crate::countries::Countries;
use crate::crop::money::amount_text;
use crate::web::Lang;

pub struct RequestView {
    pub id: i64,
    pub title: String,
    pub als_name: String,
    pub country: String,
    pub held_on: String,
    pub status: String,
    /// "Running" for an approved initiative whose day has come.
    pub status_label: String,
    pub total: String,
    pub requester: String,
    pub report_due: String,
    pub report_overdue: bool,
    pub report_filed: bool,
    pub version: i64,
}

pub fn usd(cents: i64) -> String {
    format!("USD {}", amount_text(cents))
}

impl RequestView {
    pub fn new(row: &RequestRow, lang: Lang, countries: &Countries) -> Self {
        let today = Utc::now().date_naive();
        let held = row.held_on();
        let running = held.is_some_and(|d| rules::is_running(row.status, d, today));
        let due = row.report_due();
        Self {
            id: row.id,
            title: row.title.clone(),
            als_name: row.als_name.clone(),
            country: countries.name_of(&row.country, lang),
            held_on: held.map(|d| lang.date(d)).unwrap_or_default(),
            status: if running {
                "running"
            } else {
                row.status.as_str()
            }
            .to_owned(),
            status_label: if running {
                lang.t("fund-status-running")
            } else {
                lang.t(&row.status.label_key())
            },
            total: format!("{} {}", row.currency, amount_text(row.total_cents)),
            requester: row.requester_name.clone().unwrap_or_default(),
            report_due: due.map(|d| lang.date(d)).unwrap_or_default(),
            report_overdue: row.status == FundStatus::Approved
                && due.is_some_and(|d: NaiveDate| d < today),
            report_filed: row.report_filed_at.is_some(),
            version: row.version,
        }
    }
}

pub struct LineView {
    pub category: String,
    pub justification: String,
    pub amount: String,
    pub actual: String,
}

impl LineView {
    pub fn new(row: &LineRow, lang: Lang) -> Self {
        Self {
            category: lang.t(&row.category.label_key()),
            justification: row.justification.clone(),
            amount: format!("{} {}", row.currency, amount_text(row.amount_cents)),
            actual: row
                .actual_cents
                .map(|c| format!("{} {}", row.currency, amount_text(c)))
                .unwrap_or_default(),
        }
    }
}
