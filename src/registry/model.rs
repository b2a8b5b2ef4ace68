//! The registry's vocabulary and rows.

use serde::Serialize;
use sqlx::FromRow;

text_enum!(AlsStatus, "als-status", {
    Active => "active",
    LessActive => "less_active",
    Standby => "standby",
    Decertified => "decertified",
});

text_enum!(EngagementKind, "engagement", {
    WebinarAttended => "webinar_attended",
    EventParticipation => "event_participation",
    CropTrip => "crop_trip",
    PolicyComment => "policy_comment",
    Meeting => "meeting",
    LocalActivity => "local_activity",
});

#[derive(Debug, Clone, FromRow, Serialize)]
pub struct AlsRow {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub accredited_on: Option<String>,
    pub status: AlsStatus,
    pub notes: String,
    /// The member messages about the ALS go to (nudges, status changes).
    pub contact_member_id: Option<i64>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl AlsRow {
    pub fn status(&self) -> AlsStatus {
        self.status
    }
}

/// An ALS with what the lists need beside it.
#[derive(Debug, Clone, FromRow)]
pub struct AlsSummary {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub accredited_on: Option<String>,
    pub status: AlsStatus,
    pub created_at: String,
    pub members: i64,
    pub last_engaged: Option<String>,
    /// `kind|description` of the latest engagement: the evidence the review queue shows.
    pub last_evidence: Option<String>,
}

#[derive(Debug, Clone, FromRow)]
pub struct StatusChangeRow {
    pub from_status: String,
    pub to_status: String,
    pub reason: String,
    pub changed_by: Option<String>,
    pub changed_at: String,
}

#[derive(Debug, Clone, FromRow, Serialize)]
pub struct EngagementRow {
    pub id: i64,
    pub als_id: Option<i64>,
    pub member_id: Option<i64>,
    pub event_id: Option<i64>,
    pub kind: String,
    pub happened_on: String,
    pub description: String,
    pub recorded_by: Option<String>,
    pub member_name: Option<String>,
    pub event_title: Option<String>,
}

/// An ALS ready to be stored.
#[derive(Debug, Clone)]
pub struct NewAls {
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub website: String,
    pub accredited_on: Option<chrono::NaiveDate>,
    pub notes: String,
}
