//! Loading the countries reference data.

use anyhow::Context;
use sqlx::SqlitePool;

use super::{Countries, Country};

const LAC_COUNTRIES_CSV: &str = include_str!("../../data/seed/lac_countries.csv");
/// Their names in Portuguese and French, kept apart from the reference list.
const COUNTRY_NAMES_CSV: &str = include_str!("../../data/seed/country_names.csv");

/// Fills the countries table from the bundled CSV when it is empty.
pub async fn load_reference_data(pool: &SqlitePool) -> anyhow::Result<()> {
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM countries")
        .fetch_one(pool)
        .await?;
    if count > 0 {
        return load_names(pool).await;
    }
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let mut reader = csv::Reader::from_reader(LAC_COUNTRIES_CSV.as_bytes());
    for record in reader.records() {
        let r = record.context("bad row in lac_countries.csv")?;
        let field = |i: usize| r.get(i).unwrap_or_default().to_owned();
        sqlx::query(
            "INSERT INTO countries (iso2, name_en, name_es, cctld, cctld_delegated,
                lacralo_subregion, kind, no_als_in_2023_plan)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(field(0))
        .bind(field(1))
        .bind(field(2))
        .bind(field(3))
        .bind(field(4) == "yes")
        .bind(field(5))
        .bind(field(7))
        .bind(field(8) == "yes")
        .execute(&mut *tx)
        .await
        .context("cannot load the countries")?;
    }
    tx.commit().await?;
    load_names(pool).await
}

/// Writes the Portuguese and French names (on every start: databases made before them get
/// them too, and corrections in the file arrive).
async fn load_names(pool: &SqlitePool) -> anyhow::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let mut reader = csv::Reader::from_reader(COUNTRY_NAMES_CSV.as_bytes());
    for record in reader.records() {
        let r = record.context("bad row in country_names.csv")?;
        sqlx::query(
            "UPDATE countries SET name_pt = ?, name_fr = ?
             WHERE iso2 = ? AND (name_pt != ? OR name_fr != ?)",
        )
        .bind(r.get(1).unwrap_or_default())
        .bind(r.get(2).unwrap_or_default())
        .bind(r.get(0).unwrap_or_default())
        .bind(r.get(1).unwrap_or_default())
        .bind(r.get(2).unwrap_or_default())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn all(pool: &SqlitePool) -> sqlx::Result<Countries> {
    let list: Vec<Country> = sqlx::query_as(
        "SELECT iso2, name_en, name_es, name_pt, name_fr, cctld, lacralo_subregion, kind FROM countries",
    )
    .fetch_all(pool)
    .await?;
    Ok(Countries::new(list))
}
