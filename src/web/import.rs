//! What every CSV import shares: the problem found in one cell, explained in the
//! visitor's language (the events, ALS and member imports all report this way).

use fluent_templates::fluent_bundle::FluentValue;

use super::Lang;

/// A problem with one cell of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct CellError {
    pub column: &'static str,
    pub key: &'static str,
    pub value: String,
}

impl CellError {
    pub fn explain(&self, lang: Lang) -> String {
        let message = lang.t_args(
            self.key,
            &[("value", FluentValue::from(self.value.clone()))],
        );
        format!("{}: {message}", self.column)
    }
}

/// What became of confirming an uploaded file (the events, ALS and member imports).
#[derive(Debug)]
pub enum Confirmed {
    /// Every row written: how many, and how many were flagged for review.
    Imported { count: usize, flagged: usize },
    /// A row is wrong now (the database changed since the preview): nothing written.
    HasErrors,
    /// The upload is gone (imported already, or too old): nothing written.
    Gone,
}
