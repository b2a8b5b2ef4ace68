//! Every ALS, or every member, as CSV in the import's columns (a file that imports back).

use sqlx::SqliteConnection;

use super::Kind;

#[derive(sqlx::FromRow)]
struct AlsExportRow {
    name: String,
    acronym: String,
    country: String,
    website: String,
    accredited_on: Option<String>,
    status: String,
    notes: String,
}

#[derive(sqlx::FromRow)]
struct MemberExportRow {
    name: String,
    email: Option<String>,
    country: String,
    als: Option<String>,
    active: bool,
    joined_on: Option<String>,
    notes: String,
}

/// Exports every ALS, or every member, in the import's columns.
pub async fn export(conn: &mut SqliteConnection, kind: Kind) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(kind.columns())?;
    match kind {
        Kind::Als => {
            let rows: Vec<AlsExportRow> = sqlx::query_as(
                "SELECT name, acronym, country, website, accredited_on, status, notes
                 FROM als ORDER BY country, name",
            )
            .fetch_all(&mut *conn)
            .await?;
            for r in rows {
                writer.write_record([
                    r.name.as_str(),
                    &r.acronym,
                    &r.country,
                    &r.website,
                    r.accredited_on.as_deref().unwrap_or(""),
                    &r.status,
                    &r.notes,
                ])?;
            }
        }
        Kind::Members => {
            let rows: Vec<MemberExportRow> = sqlx::query_as(
                "SELECT m.name, m.email, m.country, a.name AS als, m.active, m.joined_on, m.notes
                 FROM members m LEFT JOIN als a ON a.id = m.als_id ORDER BY m.name",
            )
            .fetch_all(&mut *conn)
            .await?;
            for r in rows {
                writer.write_record([
                    r.name.as_str(),
                    r.email.as_deref().unwrap_or(""),
                    &r.country,
                    r.als.as_deref().unwrap_or(""),
                    if r.active { "yes" } else { "no" },
                    r.joined_on.as_deref().unwrap_or(""),
                    &r.notes,
                ])?;
            }
        }
    }
    Ok(writer.into_inner()?)
}
