//! The CSV export (the import's columns, one row per event), and the formula defusing
//! both directions share.

use super::COLUMNS;
use crate::events::dates::EventDates;
use crate::events::model::EventRow;

/// Spreadsheets run a cell that starts with = + - @ as a formula: the export prefixes such
/// text cells with an apostrophe (OWASP's advice), and the import takes it off again.
pub(super) fn defuse(cell: &str) -> String {
    if looks_like_formula(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Whether a spreadsheet would read the cell as a formula once its leading apostrophes are
/// gone. Text that itself begins with apostrophes before `=` gets one more on export and
/// loses exactly one on import, so every text survives the round trip.
fn looks_like_formula(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

pub(super) fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => cell,
    }
}

/// The CSV export: the import's columns, one row per event.
pub fn export(rows: &[EventRow]) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for row in rows {
        let dates = row.dates();
        let d = dates.columns();
        let (start, end, month, year) = match dates {
            EventDates::Day { .. } => (
                d.start_date.clone().unwrap_or_default(),
                d.end_date.clone().unwrap_or_default(),
                String::new(),
                String::new(),
            ),
            EventDates::Month { year, month } => (
                String::new(),
                String::new(),
                format!("{year:04}-{month:02}"),
                String::new(),
            ),
            EventDates::Tbd { year } => (
                String::new(),
                String::new(),
                String::new(),
                year.to_string(),
            ),
        };
        writer.write_record([
            row.uid.as_str(),
            &defuse(&row.title),
            row.kind.as_str(),
            row.relevance.as_str(),
            row.status.as_str(),
            &defuse(&row.organiser),
            &defuse(&row.city),
            row.country.as_deref().unwrap_or(""),
            if row.online { "yes" } else { "no" },
            "",
            &start,
            &end,
            &month,
            &year,
            d.start_time.as_deref().unwrap_or(""),
            d.time_zone.as_deref().unwrap_or(""),
            &row.url,
            &defuse(&row.notes),
        ])?;
    }
    Ok(writer.into_inner()?)
}
