//! The event's vocabulary: kinds, relevance classes and statuses, each a closed set
//! stored as text, and the row types read from the database.

use sqlx::FromRow;

use super::dates::EventDates;

text_enum!(EventKind, "kind", {
    Conference => "conference",
    Meeting => "meeting",
    Webinar => "webinar",
    Roadshow => "roadshow",
    Training => "training",
    Readout => "readout",
    Internal => "internal",
});

text_enum!(Relevance, "relevance", {
    LacraloInvolved => "lacralo_involved",
    CropCandidate => "crop_candidate",
    OutOfScope => "out_of_scope",
    Unclassified => "unclassified",
});

text_enum!(EventStatus, "status", {
    Planned => "planned",
    Confirmed => "confirmed",
    Held => "held",
    Cancelled => "cancelled",
});

/// An event as stored (and as the audit log shows it).
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct EventRow {
    pub id: i64,
    pub uid: String,
    pub title: String,
    pub kind: EventKind,
    pub relevance: Relevance,
    pub organiser: String,
    pub city: String,
    pub country: Option<String>,
    pub online: bool,
    pub date_precision: String,
    pub year: i64,
    pub month: Option<i64>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub start_time: Option<String>,
    pub time_zone: Option<String>,
    pub status: EventStatus,
    pub url: String,
    pub notes: String,
    pub needs_review: bool,
    pub review_note: String,
    pub sequence: i64,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    /// The series this event is an occurrence of (`series.rs`), and the day the series'
    /// rule gave it, which stays its identity in the feed when it is moved on its own.
    pub series_id: Option<i64>,
    pub recurrence_day: Option<String>,
}

impl EventRow {
    /// The stored dates; the table's CHECK constraints make a failure here impossible
    /// short of editing the file by hand, in which case the event shows as TBD.
    pub fn dates(&self) -> EventDates {
        EventDates::from_columns(
            &self.date_precision,
            self.year,
            self.month,
            self.start_date.as_deref(),
            self.end_date.as_deref(),
            self.start_time.as_deref(),
            self.time_zone.as_deref(),
        )
        .unwrap_or(EventDates::Tbd {
            year: self.year as i32,
        })
    }

    pub fn kind(&self) -> EventKind {
        self.kind
    }

    pub fn relevance(&self) -> Relevance {
        self.relevance
    }

    pub fn status(&self) -> EventStatus {
        self.status
    }
}

/// An event ready to be stored: every field already parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub title: String,
    pub kind: EventKind,
    pub relevance: Relevance,
    pub organiser: String,
    pub city: String,
    pub country: Option<String>,
    pub online: bool,
    pub dates: EventDates,
    pub status: EventStatus,
    pub url: String,
    pub notes: String,
    pub needs_review: bool,
    pub review_note: String,
}

/// One row of an event's date history.
#[derive(Debug, Clone, FromRow)]
pub struct DateChangeRow {
    pub id: i64,
    pub old_dates: String,
    pub new_dates: String,
    pub reason: String,
    pub changed_by: Option<String>,
    pub changed_at: String,
    /// The status the change set, when it set one (a cancellation).
    pub new_status: Option<String>,
    /// The account that made it, when it still exists: its name and role.
    pub by_name: Option<String>,
    pub by_role: Option<String>,
}

#[cfg(test)]
mod stored_text_tests {
    use super::*;

    /// A closed set read from a row: its own text decodes, any other is an error naming
    /// the value, never a silent default (`text_enum!`).
    #[tokio::test]
    async fn a_stored_text_outside_the_set_is_an_error_not_a_default() {
        let pool = sqlx::SqlitePool::connect("sqlite::memory:").await.unwrap();
        let known: EventKind = sqlx::query_scalar("SELECT 'webinar'")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(known, EventKind::Webinar);
        let unknown = sqlx::query_scalar::<_, EventKind>("SELECT 'festival'")
            .fetch_one(&pool)
            .await;
        let message = unknown.expect_err("not a kind").to_string();
        assert!(
            message.contains("\"festival\" is not one of the EventKind values"),
            "{message}"
        );
        let bound: String = sqlx::query_scalar("SELECT ?")
            .bind(Relevance::CropCandidate)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(bound, "crop_candidate");
    }
}
