//! SQL for series: creating one with its occurrences, the edits of several occurrences
//! ("this and following", "all") and the deletions by scope, each in one transaction and
//! each occurrence's change through the same audited `update_in` / `insert` as any event,
//! so its date history, its followers' messages and its webinar row follow.

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::{QueryBuilder, SqliteConnection, SqlitePool};

use super::{COLUMNS, Written, fetch, insert, new_uid, update_in};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::events::model::{EventRow, EventStatus, NewEvent};
use crate::events::recurrence::{Rule, Schedule};
use crate::events::series::{
    Scope, SeriesRow, apply_changes, day, exdates_text, rule_before, schedule_after,
};

const SERIES_COLUMNS: &str = "id, uid, rrule, first_day, start_time, time_zone, extra_days, \
    exdates, sequence, updated_at";

pub async fn get_series(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<SeriesRow>> {
    sqlx::query_as(&format!(
        "SELECT {SERIES_COLUMNS} FROM event_series WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(pool)
    .await
}

async fn series_in(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<SeriesRow>> {
    sqlx::query_as(&format!(
        "SELECT {SERIES_COLUMNS} FROM event_series WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// The series the given events belong to, by id (for a feed).
pub async fn series_of(
    pool: &SqlitePool,
    events: &[EventRow],
) -> sqlx::Result<HashMap<i64, SeriesRow>> {
    let mut ids: Vec<i64> = events.iter().filter_map(|e| e.series_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut found = HashMap::new();
    for chunk in ids.chunks(500) {
        let mut query = QueryBuilder::new(format!(
            "SELECT {SERIES_COLUMNS} FROM event_series WHERE id IN ("
        ));
        let mut list = query.separated(", ");
        for id in chunk {
            list.push_bind(*id);
        }
        query.push(")");
        let rows: Vec<SeriesRow> = query.build_query_as().fetch_all(pool).await?;
        found.extend(rows.into_iter().map(|s| (s.id, s)));
    }
    Ok(found)
}

/// Every occurrence of a series, in the order the rule gives them.
pub async fn occurrences(pool: &SqlitePool, series_id: i64) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM events WHERE series_id = ? ORDER BY recurrence_day, id"
    ))
    .bind(series_id)
    .fetch_all(pool)
    .await
}

async fn occurrences_in(
    conn: &mut SqliteConnection,
    series_id: i64,
) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM events WHERE series_id = ? ORDER BY recurrence_day, id"
    ))
    .bind(series_id)
    .fetch_all(conn)
    .await
}

async fn insert_series(
    conn: &mut SqliteConnection,
    schedule: &Schedule,
    exdates: &[NaiveDate],
) -> sqlx::Result<i64> {
    let now = now_text();
    sqlx::query_scalar(
        "INSERT INTO event_series (uid, rrule, first_day, start_time, time_zone, extra_days,
            exdates, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(new_uid())
    .bind(schedule.rule.text())
    .bind(schedule.first_day.format("%Y-%m-%d").to_string())
    .bind(schedule.time.map(|t| t.time.format("%H:%M").to_string()))
    .bind(schedule.time.map(|t| t.zone.name().to_owned()))
    .bind(schedule.extra_days)
    .bind(exdates_text(exdates))
    .bind(&now)
    .bind(&now)
    .fetch_one(conn)
    .await
}

async fn save_schedule(
    conn: &mut SqliteConnection,
    series_id: i64,
    schedule: &Schedule,
    exdates: &[NaiveDate],
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE event_series SET rrule = ?, first_day = ?, start_time = ?, time_zone = ?,
            extra_days = ?, exdates = ?, sequence = sequence + 1, updated_at = ?
         WHERE id = ?",
    )
    .bind(schedule.rule.text())
    .bind(schedule.first_day.format("%Y-%m-%d").to_string())
    .bind(schedule.time.map(|t| t.time.format("%H:%M").to_string()))
    .bind(schedule.time.map(|t| t.zone.name().to_owned()))
    .bind(schedule.extra_days)
    .bind(exdates_text(exdates))
    .bind(now_text())
    .bind(series_id)
    .execute(conn)
    .await?;
    Ok(())
}

async fn tie(
    conn: &mut SqliteConnection,
    event_id: i64,
    series_id: i64,
    day: NaiveDate,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE events SET series_id = ?, recurrence_day = ? WHERE id = ?")
        .bind(series_id)
        .bind(day.format("%Y-%m-%d").to_string())
        .bind(event_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A new series: `event` on each day of `schedule`, in one transaction; the first
/// occurrence's id, or the key of what is wrong with the schedule.
pub async fn create_series(
    pool: &SqlitePool,
    actor: &Actor,
    event: &NewEvent,
    schedule: &Schedule,
) -> sqlx::Result<Result<i64, &'static str>> {
    let occurrences = match schedule.occurrences() {
        Ok(o) => o,
        Err(key) => return Ok(Err(key)),
    };
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let series_id = insert_series(&mut tx, schedule, &[]).await?;
    let mut first = None;
    for (day, dates) in occurrences {
        let one = NewEvent {
            dates,
            ..event.clone()
        };
        let id = insert(&mut tx, actor, &one, &new_uid()).await?;
        tie(&mut tx, id, series_id, day).await?;
        first.get_or_insert(id);
    }
    tx.commit().await?;
    Ok(first.ok_or("recurrence-err-empty"))
}

/// A plain event made the first occurrence of a new series: the edit saved as any edit,
/// then the occurrences after it added, in one transaction.
#[allow(clippy::too_many_arguments)]
pub async fn make_series(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    event: &NewEvent,
    schedule: &Schedule,
    reason: &str,
) -> sqlx::Result<Written> {
    let occurrences = match schedule.occurrences() {
        Ok(o) => o,
        Err(key) => return Ok(Written::Refused(key)),
    };
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let saved = update_in(&mut tx, site, actor, id, version, event, reason).await?;
    if !saved.is_done() {
        return Ok(saved);
    }
    let series_id = insert_series(&mut tx, schedule, &[]).await?;
    for (i, (day, dates)) in occurrences.into_iter().enumerate() {
        // The first is the event itself (the form checked the rule gives its day).
        let occurrence = if i == 0 {
            id
        } else {
            let one = NewEvent {
                dates,
                ..event.clone()
            };
            insert(&mut tx, actor, &one, &new_uid()).await?
        };
        tie(&mut tx, occurrence, series_id, day).await?;
    }
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// An edit of the occurrence `id`, read at `version`, reaching `scope`. "This one" is the
/// plain edit. The others write the fields the person changed into every occurrence they
/// reach, and, when the schedule changed (the occurrence moved, its time or length, or
/// the rule), give those occurrences the new schedule's dates in order, deleting those
/// past its end and adding those it adds; "this and following" then starts a new series
/// from this occurrence and ends the old one before it. Nothing is committed unless all of
/// it is written.
#[allow(clippy::too_many_arguments)]
pub async fn update_series(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    scope: Scope,
    event: &NewEvent,
    rule: &Rule,
    reason: &str,
) -> sqlx::Result<Written> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let (edited, series) = match read_occurrence(&mut tx, id, version).await? {
        Ok(read) => read,
        Err(written) => return Ok(written),
    };
    let (Some(series), Some(old)) = (series.as_ref(), series.as_ref().and_then(|s| s.schedule()))
    else {
        // Not (or no longer) part of a series: the plain edit.
        let saved = update_in(&mut tx, site, actor, id, version, event, reason).await?;
        if saved.is_done() {
            tx.commit().await?;
        }
        return Ok(saved);
    };
    if scope == Scope::This {
        let saved = update_in(&mut tx, site, actor, id, version, event, reason).await?;
        if saved.is_done() {
            tx.commit().await?;
        }
        return Ok(saved);
    }
    let all = occurrences_in(&mut tx, series.id).await?;
    let this_day = edited.recurrence_day.as_deref().and_then(day);
    let index = all.iter().position(|o| o.id == id).unwrap_or(0);
    // Where the rule puts this occurrence, counting those deleted on their own.
    let rule_index = rule_index(&old, this_day).unwrap_or(index);
    // "This and following" from the first occurrence is the whole series.
    let scope = if index == 0 { Scope::All } else { scope };
    let (reached, base) = match (scope, this_day) {
        (Scope::Following, Some(d)) => (all[index..].to_vec(), d),
        _ => (all.clone(), old.first_day),
    };
    // The form shows the whole series' end: left as it was, "this and following" keeps
    // the occurrences that are left, whatever else changed.
    let rule = if scope == Scope::Following
        && rule.count() == old.rule.count()
        && rule.until() == old.rule.until()
    {
        crate::events::series::rule_from(rule, rule_index)
    } else {
        rule.clone()
    };
    let Some(new) = schedule_after(&old, base, &edited.dates(), &event.dates, rule) else {
        return Ok(Written::Refused("series-err-needs-day"));
    };
    let shift = new.first_day - base;
    let old_from_base = Schedule {
        rule: match scope {
            Scope::Following => crate::events::series::rule_from(&old.rule, rule_index),
            _ => old.rule.clone(),
        },
        first_day: base,
        ..old.clone()
    };
    let schedule_changed = new != old_from_base;
    let (kept_exdates, moved_exdates): (Vec<NaiveDate>, Vec<NaiveDate>) = series
        .exdates()
        .into_iter()
        .partition(|d| scope == Scope::Following && *d < base);
    let moved_exdates: Vec<NaiveDate> = moved_exdates.into_iter().map(|d| d + shift).collect();
    let targets: Vec<(NaiveDate, crate::events::dates::EventDates)> = if schedule_changed {
        match new.occurrences() {
            Ok(o) => o
                .into_iter()
                .filter(|(d, _)| !moved_exdates.contains(d))
                .collect(),
            Err(key) => return Ok(Written::Refused(key)),
        }
    } else {
        reached
            .iter()
            .filter_map(|o| Some((o.recurrence_day.as_deref().and_then(day)?, o.dates())))
            .collect()
    };
    // The series the reached occurrences belong to from now on.
    let target_series = if scope == Scope::Following && schedule_changed {
        let cut = Schedule {
            rule: rule_before(&old.rule, rule_index, base),
            ..old.clone()
        };
        save_schedule(&mut tx, series.id, &cut, &kept_exdates).await?;
        insert_series(&mut tx, &new, &moved_exdates).await?
    } else {
        if schedule_changed {
            save_schedule(&mut tx, series.id, &new, &moved_exdates).await?;
        }
        series.id
    };
    // Each occurrence keeps its day when the new schedule still has it (moved by the
    // shift), so one cancelled or moved on its own stays with its day; the others take
    // the new days left, in order, keeping their rows (and so their followers and links),
    // but one cancelled on its own goes with its day rather than cancel another.
    let mut taken = vec![false; targets.len()];
    let mut paired: Vec<(EventRow, usize)> = Vec::new();
    let mut unpaired: Vec<EventRow> = Vec::new();
    for row in reached {
        let key = row
            .recurrence_day
            .as_deref()
            .and_then(day)
            .map(|d| d + shift);
        match key.and_then(|k| targets.iter().position(|(d, _)| *d == k)) {
            Some(i) if !taken[i] => {
                taken[i] = true;
                paired.push((row, i));
            }
            _ => unpaired.push(row),
        }
    }
    let free: Vec<usize> = (0..targets.len()).filter(|i| !taken[*i]).collect();
    let mut free = free.into_iter();
    let mut leftover = Vec::new();
    for row in unpaired {
        let cancelled_alone = row.status == EventStatus::Cancelled && row.id != id;
        match free.next().filter(|_| !cancelled_alone) {
            Some(i) => {
                taken[i] = true;
                paired.push((row, i));
            }
            None => leftover.push(row),
        }
    }
    for (row, i) in paired {
        let (target_day, dates) = targets[i];
        let mut changed = apply_changes(&edited, event, &row);
        changed.dates = dates;
        let row_version = if row.id == id { version } else { row.version };
        let saved = update_in(&mut tx, site, actor, row.id, row_version, &changed, reason).await?;
        if !saved.is_done() {
            // Not expected (the rows were read in this transaction): nothing is committed.
            return Ok(saved);
        }
        tie(&mut tx, row.id, target_series, target_day).await?;
    }
    for (i, (target_day, dates)) in targets.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let added = NewEvent {
            dates: *dates,
            ..apply_changes(&edited, event, &edited)
        };
        let new_id = insert(&mut tx, actor, &added, &new_uid()).await?;
        tie(&mut tx, new_id, target_series, *target_day).await?;
    }
    // Days the new schedule no longer has: gone, each deletion audited.
    for row in leftover {
        if !delete_row(&mut tx, actor, &row).await? {
            return Ok(Written::Refused(super::LINKED));
        }
    }
    // The page to show next: the occurrence edited, or the first of its series if the
    // new schedule has no day for it.
    let shown = match fetch(&mut tx, id).await? {
        Some(_) => id,
        None => occurrences_in(&mut tx, target_series)
            .await?
            .first()
            .map_or(id, |o| o.id),
    };
    tx.commit().await?;
    Ok(Written::Done(shown))
}

/// Deletes one occurrence, audited; `Ok(false)` when records tied to it refuse.
async fn delete_row(
    conn: &mut SqliteConnection,
    actor: &Actor,
    row: &EventRow,
) -> sqlx::Result<bool> {
    let deleted = sqlx::query("DELETE FROM events WHERE id = ?")
        .bind(row.id)
        .execute(&mut *conn)
        .await;
    match deleted {
        Err(e) if crate::db::is_foreign_key_violation(&e) => return Ok(false),
        other => {
            other?;
        }
    }
    audit::record(
        conn,
        actor,
        "delete",
        "event",
        Some(row.id),
        Some(row),
        audit::NOTHING,
    )
    .await?;
    Ok(true)
}

/// Deletes the occurrence `id` (read at `version`) and, by `scope`, those after it or the
/// whole series. A deleted occurrence stays out of the series (`EXDATE`); a shortened
/// series ends before it; a series left with nothing is deleted.
pub async fn delete_by_scope(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    scope: Scope,
) -> sqlx::Result<Written> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let (row, series) = match read_occurrence(&mut tx, id, version).await? {
        Ok(read) => read,
        Err(written) => return Ok(written),
    };
    let Some(series) = series else {
        if !delete_row(&mut tx, actor, &row).await? {
            return Ok(Written::Refused(super::LINKED));
        }
        tx.commit().await?;
        return Ok(Written::Done(id));
    };
    let all = occurrences_in(&mut tx, series.id).await?;
    let index = all.iter().position(|o| o.id == id).unwrap_or(0);
    let this_day = row.recurrence_day.as_deref().and_then(day);
    let doomed: Vec<&EventRow> = match scope {
        Scope::This => vec![&row],
        Scope::Following => all[index..].iter().collect(),
        Scope::All => all.iter().collect(),
    };
    for gone in &doomed {
        if !delete_row(&mut tx, actor, gone).await? {
            return Ok(Written::Refused(super::LINKED));
        }
    }
    if doomed.len() == all.len() {
        sqlx::query("DELETE FROM event_series WHERE id = ?")
            .bind(series.id)
            .execute(&mut *tx)
            .await?;
    } else if let (Some(schedule), Some(this_day)) = (series.schedule(), this_day) {
        let mut exdates = series.exdates();
        let schedule = match scope {
            Scope::This => {
                exdates.push(this_day);
                exdates.sort_unstable();
                schedule
            }
            _ => {
                exdates.retain(|d| *d < this_day);
                let index = rule_index(&schedule, Some(this_day)).unwrap_or(index);
                Schedule {
                    rule: rule_before(&schedule.rule, index, this_day),
                    ..schedule
                }
            }
        };
        save_schedule(&mut tx, series.id, &schedule, &exdates).await?;
    }
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// The position of the occurrence given on `day` in the schedule's expansion.
fn rule_index(schedule: &Schedule, day: Option<NaiveDate>) -> Option<usize> {
    let day = day?;
    schedule
        .occurrences()
        .ok()?
        .iter()
        .position(|(d, _)| *d == day)
}

/// The event `id` as read at `version` and the series it belongs to, inside the write's
/// transaction; or what the write answers when it is gone or someone saved first.
async fn read_occurrence(
    tx: &mut SqliteConnection,
    id: i64,
    version: i64,
) -> sqlx::Result<Result<(EventRow, Option<SeriesRow>), Written>> {
    let Some(row) = fetch(&mut *tx, id).await? else {
        return Ok(Err(Written::NotFound));
    };
    if row.version != version {
        return Ok(Err(Written::Conflict(Box::new(row))));
    }
    let series = match row.series_id {
        Some(s) => series_in(&mut *tx, s).await?,
        None => None,
    };
    Ok(Ok((row, series)))
}
