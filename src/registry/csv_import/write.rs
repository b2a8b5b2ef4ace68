//! The import's writing: every row or none, in one transaction, each audited.

use sqlx::{SqliteConnection, SqlitePool};

use crate::audit::{self, Actor};
use crate::countries::{Countries, fold};
use crate::db::now_text;
use crate::events::queries as batches;
use crate::web::import::Confirmed;

use super::{Kind, Parsed, Row, analyse, error_count};

/// Imports an uploaded file, every row or none, in one transaction: the rows are checked
/// again inside it, since the database may have changed since the preview.
pub async fn confirm(
    pool: &SqlitePool,
    actor: &Actor,
    kind: Kind,
    token: &str,
    countries: &Countries,
) -> sqlx::Result<Confirmed> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let Some(batch) = batches::load_batch(&mut tx, kind.as_str(), token).await? else {
        return Ok(Confirmed::Gone);
    };
    let Ok(rows) = analyse(&mut tx, kind, &batch.content, countries).await else {
        return Ok(Confirmed::Gone);
    };
    if error_count(&rows) > 0 {
        return Ok(Confirmed::HasErrors);
    }
    let count = write(&mut tx, actor, &rows).await?;
    batches::delete_batch(&mut tx, token).await?;
    tx.commit().await?;
    Ok(Confirmed::Imported { count, flagged: 0 })
}

/// Writes every row (the caller has checked there is no error), with an audit row each.
pub async fn write(
    conn: &mut SqliteConnection,
    actor: &Actor,
    rows: &[Row],
) -> sqlx::Result<usize> {
    let now = now_text();
    let mut count = 0;
    for row in rows {
        let Ok(parsed) = &row.result else { continue };
        match parsed {
            Parsed::Als(als, status) => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO als (name, name_key, acronym, country, website, accredited_on, status, notes, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                )
                .bind(&als.name)
                .bind(fold(&als.name))
                .bind(&als.acronym)
                .bind(&als.country)
                .bind(&als.website)
                .bind(als.accredited_on.map(|d| d.to_string()))
                .bind(status.as_str())
                .bind(&als.notes)
                .bind(&now)
                .bind(&now)
                .fetch_one(&mut *conn)
                .await?;
                audit::record(
                    &mut *conn,
                    actor,
                    "import",
                    "als",
                    Some(id),
                    audit::NOTHING,
                    Some(&als.name),
                )
                .await?;
            }
            Parsed::Member(m) => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO members (name, email, email_canonical, country, als_id, active, joined_on, notes, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                )
                .bind(&m.name)
                .bind(m.email.as_ref().map(|e| e.as_entered().to_owned()))
                .bind(m.email.as_ref().map(|e| e.canonical().to_owned()))
                .bind(&m.country)
                .bind(m.als_id)
                .bind(m.active)
                .bind(m.joined_on.map(|d| d.to_string()))
                .bind(&m.notes)
                .bind(&now)
                .bind(&now)
                .fetch_one(&mut *conn)
                .await?;
                audit::record(
                    &mut *conn,
                    actor,
                    "import",
                    "member",
                    Some(id),
                    audit::NOTHING,
                    Some(&m.name),
                )
                .await?;
            }
        }
        count += 1;
    }
    Ok(count)
}
