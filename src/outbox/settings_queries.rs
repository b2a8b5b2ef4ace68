//! SQL for leadership's notification defaults: one row, read by the scheduler and the
//! reminder finders, written through the one audited, versioned write.

use sqlx::{SqliteConnection, SqlitePool};

use crate::audit::Actor;
use crate::audit::write::{self, Target, Written};
use crate::db::now_text;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct NotificationSettings {
    pub crop_first_reminder_days: i64,
    pub crop_last_reminder_days: i64,
    pub report_reminder_days: i64,
    pub webinar_first_hours: i64,
    pub webinar_last_hours: i64,
    pub digest_weekday: i64,
    pub digest_hour: i64,
    pub als_nudges: bool,
    pub version: i64,
}

crate::audit::write::versioned_rows!(NotificationSettings);

pub async fn load(conn: &mut SqliteConnection) -> sqlx::Result<NotificationSettings> {
    sqlx::query_as(
        "SELECT crop_first_reminder_days, crop_last_reminder_days, report_reminder_days,
            webinar_first_hours, webinar_last_hours, digest_weekday, digest_hour, als_nudges,
            version
         FROM notification_settings WHERE id = 1",
    )
    .fetch_one(conn)
    .await
}

/// Saves `new` on the version it carries: `Conflict` when someone saved in between.
pub async fn save(
    pool: &SqlitePool,
    actor: &Actor,
    new: &NotificationSettings,
) -> sqlx::Result<Written<NotificationSettings>> {
    let target = Target::new(actor, ("notification_settings", "update"), 1, new.version);
    let fetch = async |conn: &mut SqliteConnection, _| load(conn).await.map(Some);
    write::versioned(pool, target, fetch, async |conn, _| {
        let updated = sqlx::query(
            "UPDATE notification_settings SET crop_first_reminder_days = ?,
                crop_last_reminder_days = ?, report_reminder_days = ?, webinar_first_hours = ?,
                webinar_last_hours = ?, digest_weekday = ?, digest_hour = ?, als_nudges = ?,
                version = version + 1, updated_by = ?, updated_at = ?
             WHERE id = 1 AND version = ?",
        )
        .bind(new.crop_first_reminder_days)
        .bind(new.crop_last_reminder_days)
        .bind(new.report_reminder_days)
        .bind(new.webinar_first_hours)
        .bind(new.webinar_last_hours)
        .bind(new.digest_weekday)
        .bind(new.digest_hour)
        .bind(new.als_nudges)
        .bind(&actor.email)
        .bind(now_text())
        .bind(new.version)
        .execute(conn)
        .await;
        write::one_row(updated, write::STALE)
    })
    .await
}
