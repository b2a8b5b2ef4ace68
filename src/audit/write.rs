//! The one shape of an audited write: begin (taking the write lock), fetch, not found,
//! compare the version the form was read at, conflict, write, audit the row before and
//! after, commit. The edits of ALSs, members, DNSSEC contacts, events (and so webinars),
//! CROP opportunities and the notification settings go through `create` and `versioned`.
//! CROP's applications, decisions and phase moves check their rules (phase, deadline,
//! places) inside the statement that writes, so they keep their own statements, but answer
//! with the same `Written<T>`: one answer for every versioned write. (Attendance, an ALS's contact and its status change compare the
//! version in their own UPDATE, as CROP's do.)
//!
//! The domain supplies only what differs: how to fetch its row, and the statements that
//! write it. A write may refuse (a unique name taken, a rule checked in the statement):
//! then nothing is committed, and the refusal's message key says why.

use serde::Serialize;
use sqlx::sqlite::SqliteQueryResult;
use sqlx::{SqliteConnection, SqlitePool};

use super::{Actor, record};
use crate::db::BEGIN_WRITE;

/// What became of a write.
#[derive(Debug)]
pub enum Written<T> {
    /// Stored: the row's id.
    Done(i64),
    /// Someone saved first: what is stored now. Nothing was written.
    Conflict(Box<T>),
    NotFound,
    /// Refused by a rule checked in the write itself; the message key says which. Nothing
    /// was written.
    Refused(&'static str),
}

impl<T> Written<T> {
    /// `Done` of a write whose answer is only whether it was stored.
    pub fn is_done(&self) -> bool {
        matches!(self, Written::Done(_))
    }

    /// The id of the row written, if it was.
    pub fn done(&self) -> Option<i64> {
        match self {
            Written::Done(id) => Some(*id),
            _ => None,
        }
    }
}

/// A row that carries the version its writes compare.
pub trait Versioned: Serialize {
    fn version(&self) -> i64;
}

/// Which row a versioned write changes, and how the audit log names the change.
pub struct Target<'a> {
    pub actor: &'a Actor,
    /// The audit log's name for the kind of row (`"event"`, `"als"`, …).
    pub entity: &'static str,
    /// The audit log's name for the change (`"update"`, `"delete"`, `"change_stage"`, …).
    pub action: &'static str,
    pub id: i64,
    /// The version the person's form was read at.
    pub version: i64,
}

impl<'a> Target<'a> {
    /// The change `action` of the `entity` row `id`, made on `version`.
    pub fn new(
        actor: &'a Actor,
        (entity, action): (&'static str, &'static str),
        id: i64,
        version: i64,
    ) -> Self {
        Self {
            actor,
            entity,
            action,
            id,
            version,
        }
    }
}

/// A row type whose `version` field is the one its writes compare.
macro_rules! versioned_rows {
    ($($row:ty),+ $(,)?) => {
        $(impl $crate::audit::write::Versioned for $row {
            fn version(&self) -> i64 {
                self.version
            }
        })+
    };
}
pub(crate) use versioned_rows;

/// What a write's statements answer: written, or refused with a message key.
pub type Step = Result<(), &'static str>;

/// The refusal of a write whose statement found its row changed: unreachable inside the
/// write's transaction (the version was compared in it), but no write is ever reported
/// done that wrote nothing.
pub const STALE: &str = "error-409-text";

/// An UPDATE or DELETE of one row: done when it changed exactly one row; a unique
/// constraint's failure is refused with `unique`; any other failure stays an error.
pub fn one_row(
    result: sqlx::Result<SqliteQueryResult>,
    unique: &'static str,
) -> sqlx::Result<Step> {
    match result {
        Ok(r) if r.rows_affected() == 1 => Ok(Ok(())),
        Ok(_) => Ok(Err(STALE)),
        Err(e) if crate::db::is_unique_violation(&e) => Ok(Err(unique)),
        Err(e) => Err(e),
    }
}

/// A change of the row at `target.version`, in its own transaction, committed only when
/// done. `write` gets the row as stored and runs its statements; the row after it (none
/// for a delete) is audited beside the row before.
pub async fn versioned<T: Versioned>(
    pool: &SqlitePool,
    target: Target<'_>,
    fetch: impl AsyncFn(&mut SqliteConnection, i64) -> sqlx::Result<Option<T>>,
    write: impl AsyncFnOnce(&mut SqliteConnection, &T) -> sqlx::Result<Step>,
) -> sqlx::Result<Written<T>> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await?;
    let written = versioned_in(&mut tx, target, fetch, write).await?;
    if written.is_done() {
        tx.commit().await?;
    }
    Ok(written)
}

/// `versioned` inside the caller's transaction (a write that changes more than one row
/// kind, as a webinar's form changes its event); nothing is committed here, and the caller
/// commits only on `Done`.
pub async fn versioned_in<T: Versioned>(
    conn: &mut SqliteConnection,
    target: Target<'_>,
    fetch: impl AsyncFn(&mut SqliteConnection, i64) -> sqlx::Result<Option<T>>,
    write: impl AsyncFnOnce(&mut SqliteConnection, &T) -> sqlx::Result<Step>,
) -> sqlx::Result<Written<T>> {
    let Some(before) = fetch(&mut *conn, target.id).await? else {
        return Ok(Written::NotFound);
    };
    if before.version() != target.version {
        return Ok(Written::Conflict(Box::new(before)));
    }
    if let Err(key) = write(&mut *conn, &before).await? {
        return Ok(Written::Refused(key));
    }
    let after = fetch(&mut *conn, target.id).await?;
    if unchanged(&before, after.as_ref()) {
        // A write that had nothing to do (a move to the stage it is at) leaves no trace.
        return Ok(Written::Done(target.id));
    }
    record(
        &mut *conn,
        target.actor,
        target.action,
        target.entity,
        Some(target.id),
        Some(&before),
        after.as_ref(),
    )
    .await?;
    Ok(Written::Done(target.id))
}

/// Whether the row after a write is the row before it, to the letter (version included).
fn unchanged<T: Serialize>(before: &T, after: Option<&T>) -> bool {
    after.is_some_and(|a| serde_json::to_value(a).ok() == serde_json::to_value(before).ok())
}

/// A new row, in its own transaction: `insert` runs the statements and answers the new
/// id (or a refusal); the row as stored is audited.
pub async fn create<T: Serialize>(
    pool: &SqlitePool,
    actor: &Actor,
    entity: &'static str,
    fetch: impl AsyncFn(&mut SqliteConnection, i64) -> sqlx::Result<Option<T>>,
    insert: impl AsyncFnOnce(&mut SqliteConnection) -> sqlx::Result<Result<i64, &'static str>>,
) -> sqlx::Result<Written<T>> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await?;
    let written = create_in(&mut tx, actor, entity, fetch, insert).await?;
    if written.is_done() {
        tx.commit().await?;
    }
    Ok(written)
}

/// `create` inside the caller's transaction (an accredited application becomes an ALS in
/// the step's own write); nothing is committed here, and the caller commits only on `Done`.
pub async fn create_in<T: Serialize>(
    conn: &mut SqliteConnection,
    actor: &Actor,
    entity: &'static str,
    fetch: impl AsyncFn(&mut SqliteConnection, i64) -> sqlx::Result<Option<T>>,
    insert: impl AsyncFnOnce(&mut SqliteConnection) -> sqlx::Result<Result<i64, &'static str>>,
) -> sqlx::Result<Written<T>> {
    let id = match insert(&mut *conn).await? {
        Ok(id) => id,
        Err(key) => return Ok(Written::Refused(key)),
    };
    let after = fetch(&mut *conn, id).await?;
    record(
        &mut *conn,
        actor,
        "create",
        entity,
        Some(id),
        super::NOTHING,
        after.as_ref(),
    )
    .await?;
    Ok(Written::Done(id))
}

/// An insert's id, or a refusal with `key` when a unique constraint failed.
pub fn refuse_unique_id(
    result: sqlx::Result<i64>,
    key: &'static str,
) -> sqlx::Result<Result<i64, &'static str>> {
    match result {
        Ok(id) => Ok(Ok(id)),
        Err(e) if crate::db::is_unique_violation(&e) => Ok(Err(key)),
        Err(e) => Err(e),
    }
}
