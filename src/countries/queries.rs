//! Loading the countries reference data.

use anyhow::Context;
use sqlx::SqlitePool;

use super::{Countries, Country};

const LAC_COUNTRIES_CSV: &str = include_str!("../../data/seed/lac_countries.csv");

/// Fills the countries table from the bundled CSV when it is empty.
pub async fn load_reference_data(pool: &SqlitePool) -> anyhow::Result<()> {
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM countries")
        .fetch_one(pool)
        .await?;
    if count > 0 {
        return Ok(());
    }
    let mut tx = pool.begin().await?;
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
    Ok(())
}

pub async fn all(pool: &SqlitePool) -> sqlx::Result<Countries> {
    let list: Vec<Country> = sqlx::query_as(
        "SELECT iso2, name_en, name_es, cctld, lacralo_subregion, kind FROM countries",
    )
    .fetch_all(pool)
    .await?;
    Ok(Countries::new(list))
}
