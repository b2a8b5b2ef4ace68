//! CSV import of events, used by the web import, the `import` command and the first-start
//! load of the plan's 2023 list. Rows are checked in full before anything is written, and
//! the write is one transaction: a file with any bad row imports nothing.

use std::collections::HashSet;

use fluent_templates::fluent_bundle::FluentValue;
use sqlx::{SqliteConnection, SqlitePool};

use super::model::NewEvent;
use super::queries;
use super::review::{self, ReviewFlag};
use crate::audit::Actor;
use crate::countries::Countries;
use crate::web::Lang;
use crate::web::import::{CellError, Confirmed};

mod export;
mod row;

pub use export::export;
use export::undefuse;
use row::check_row;
pub use row::kind_from_title;

pub const MAX_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_ROWS: usize = 5000;

/// The columns we read; the export writes the same ones, so an export imports back.
pub const COLUMNS: &[&str] = &[
    "uid",
    "title",
    "kind",
    "relevance",
    "status",
    "organiser",
    "city",
    "country",
    "online",
    "date",
    "start_date",
    "end_date",
    "month",
    "year",
    "start_time",
    "time_zone",
    "url",
    "notes",
];

const PLAN_2023_CSV: &str = include_str!("../../../data/seed/plan-2023-events.csv");

/// What is wrong with the file as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    TooLarge { bytes: usize },
    NotUtf8,
    Empty,
    NoTitleColumn,
    UnknownColumns(Vec<String>),
    DuplicateColumn(String),
    TooManyRows,
    Unreadable { line: u64 },
}

impl FileError {
    pub fn explain(&self, lang: Lang) -> String {
        match self {
            FileError::TooLarge { bytes } => lang.t_args(
                "import-err-too-large",
                &[
                    (
                        "size",
                        FluentValue::from(format!("{:.1}", *bytes as f64 / 1_048_576.0)),
                    ),
                    ("max", FluentValue::from((MAX_BYTES / 1_048_576) as i64)),
                ],
            ),
            FileError::NotUtf8 => lang.t("import-err-not-utf8"),
            FileError::Empty => lang.t("import-err-empty"),
            FileError::NoTitleColumn => lang.t_args(
                "import-err-no-title",
                &[("columns", FluentValue::from(COLUMNS.join(", ")))],
            ),
            FileError::UnknownColumns(cols) => lang.t_args(
                "import-err-unknown-columns",
                &[
                    ("unknown", FluentValue::from(cols.join(", "))),
                    ("columns", FluentValue::from(COLUMNS.join(", "))),
                ],
            ),
            FileError::DuplicateColumn(col) => lang.t_args(
                "import-err-duplicate-column",
                &[("column", FluentValue::from(col.clone()))],
            ),
            FileError::TooManyRows => lang.t_args(
                "import-err-too-many-rows",
                &[("max", FluentValue::from(MAX_ROWS as i64))],
            ),
            FileError::Unreadable { line } => lang.t_args(
                "import-err-unreadable",
                &[("line", FluentValue::from(*line as i64))],
            ),
        }
    }
}

/// One row after checking: the event it would create, or what is wrong with it.
#[derive(Debug, Clone)]
pub struct RowOutcome {
    /// Line in the file (the header is line 1).
    pub line: u64,
    pub title: String,
    pub written_date: String,
    pub result: Result<(NewEvent, Option<String>), Vec<CellError>>,
}

impl RowOutcome {
    pub fn flags(&self) -> Vec<ReviewFlag> {
        match &self.result {
            Ok((event, _)) => review::decode(&event.review_note),
            Err(_) => Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Analysis {
    pub rows: Vec<RowOutcome>,
}

impl Analysis {
    pub fn error_count(&self) -> usize {
        self.rows.iter().filter(|r| r.result.is_err()).count()
    }

    pub fn flagged_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(&r.result, Ok((e, _)) if e.needs_review))
            .count()
    }

    pub fn is_importable(&self) -> bool {
        self.error_count() == 0 && !self.rows.is_empty()
    }
}

/// Decodes an uploaded file: UTF-8 (with or without a byte-order mark) and not too large.
pub fn decode(bytes: &[u8]) -> Result<String, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    Ok(text.to_owned())
}

/// Checks every row of a CSV text. `list_year` is the year the list is about, if any.
pub async fn analyse(
    conn: &mut SqliteConnection,
    text: &str,
    list_year: Option<i32>,
    countries: &Countries,
) -> Result<Analysis, FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| FileError::Unreadable { line: 1 })?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let unknown: Vec<String> = headers
        .iter()
        .filter(|h| !COLUMNS.contains(&h.as_str()))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(FileError::UnknownColumns(unknown));
    }
    let mut seen = HashSet::new();
    for h in &headers {
        if !seen.insert(h) {
            return Err(FileError::DuplicateColumn(h.clone()));
        }
    }
    if !headers.iter().any(|h| h == "title") {
        return Err(FileError::NoTitleColumn);
    }

    let mut rows = Vec::new();
    let mut uids_in_file = HashSet::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileError::Unreadable {
            line: e.position().map_or(0, |p| p.line()),
        })?;
        if rows.len() >= MAX_ROWS {
            return Err(FileError::TooManyRows);
        }
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line());
        let cell = |name: &str| -> String {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .map(undefuse)
                .unwrap_or("")
                .to_owned()
        };
        let mut result = check_row(&cell, list_year, countries);
        if let Ok((_, Some(uid))) = &result {
            let uid = uid.clone();
            let clash = if !uids_in_file.insert(uid.clone()) {
                Some("import-err-uid-repeated")
            } else if queries::uid_exists(conn, &uid).await.unwrap_or(false) {
                Some("import-err-uid-exists")
            } else {
                None
            };
            if let Some(key) = clash {
                result = Err(vec![CellError {
                    column: "uid",
                    key,
                    value: uid,
                }]);
            }
        }
        rows.push(RowOutcome {
            line,
            title: cell("title"),
            written_date: {
                let d = cell("date");
                if d.is_empty() { cell("start_date") } else { d }
            },
            result,
        });
    }
    if rows.is_empty() {
        return Err(FileError::Empty);
    }
    Ok(Analysis { rows })
}

/// Writes every row of an analysis that has no errors, in one transaction.
pub async fn write(
    conn: &mut SqliteConnection,
    actor: &Actor,
    analysis: &Analysis,
) -> sqlx::Result<usize> {
    let mut count = 0;
    for row in &analysis.rows {
        if let Ok((event, uid)) = &row.result {
            let uid = uid.clone().unwrap_or_else(queries::new_uid);
            queries::insert(&mut *conn, actor, event, &uid).await?;
            count += 1;
        }
    }
    Ok(count)
}

/// First start: the plan's "List of events of 2023", every row as written.
pub async fn load_plan_2023(pool: &SqlitePool) -> anyhow::Result<usize> {
    let countries = crate::countries::queries::all(pool).await?;
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let analysis = analyse(&mut tx, PLAN_2023_CSV, Some(2023), &countries)
        .await
        .map_err(|e| anyhow::anyhow!("the bundled plan list is unreadable: {e:?}"))?;
    anyhow::ensure!(
        analysis.error_count() == 0,
        "the bundled plan list has rows that do not import: {:?}",
        analysis
            .rows
            .iter()
            .filter(|r| r.result.is_err())
            .collect::<Vec<_>>()
    );
    let count = write(&mut tx, &Actor::system("plan-2023"), &analysis).await?;
    tx.commit().await?;
    Ok(count)
}

/// Imports an uploaded file, every row or none, in one transaction: the rows are checked
/// again inside it, since the database may have changed since the preview (an event with
/// the same UID).
pub async fn confirm(
    pool: &SqlitePool,
    actor: &Actor,
    token: &str,
    countries: &Countries,
) -> sqlx::Result<Confirmed> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let Some(batch) = queries::load_batch(&mut tx, "events", token).await? else {
        return Ok(Confirmed::Gone);
    };
    let year = batch.list_year.and_then(|y| i32::try_from(y).ok());
    let Ok(analysis) = analyse(&mut tx, &batch.content, year, countries).await else {
        return Ok(Confirmed::Gone);
    };
    if !analysis.is_importable() {
        return Ok(Confirmed::HasErrors);
    }
    let count = write(&mut tx, actor, &analysis).await?;
    queries::delete_batch(&mut tx, token).await?;
    tx.commit().await?;
    Ok(Confirmed::Imported {
        count,
        flagged: analysis.flagged_count(),
    })
}

/// The `import` command: the same checks as the web import, all rows or none.
pub async fn import_file(
    state: &crate::state::AppState,
    bytes: &[u8],
    list_year: Option<i32>,
) -> anyhow::Result<usize> {
    if let Some(year) = list_year {
        if !(super::dates::MIN_YEAR..=super::dates::MAX_YEAR).contains(&year) {
            anyhow::bail!(
                "the list year must be between {} and {}",
                super::dates::MIN_YEAR,
                super::dates::MAX_YEAR
            );
        }
    }
    let text = decode(bytes).map_err(|e| anyhow::anyhow!(e.explain(Lang::default())))?;
    let mut tx = state.pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let analysis = analyse(&mut tx, &text, list_year, &state.countries)
        .await
        .map_err(|e| anyhow::anyhow!(e.explain(Lang::default())))?;
    if !analysis.is_importable() {
        let problems: Vec<String> = analysis
            .rows
            .iter()
            .filter_map(|r| match &r.result {
                Err(errors) => Some(format!(
                    "line {}: {}",
                    r.line,
                    errors
                        .iter()
                        .map(|e| e.explain(Lang::default()))
                        .collect::<Vec<_>>()
                        .join("; ")
                )),
                Ok(_) => None,
            })
            .collect();
        anyhow::bail!("nothing imported:\n{}", problems.join("\n"));
    }
    let count = write(&mut tx, &Actor::system("cli-import"), &analysis).await?;
    tx.commit().await?;
    Ok(count)
}
