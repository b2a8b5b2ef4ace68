//! CSV import and export of ALSs and members: every row checked before anything is
//! written (here: the columns, and each row's cells), then all rows in one transaction
//! (re-checked inside it), or none (`write.rs`); the export in the same columns
//! (`export.rs`).

mod export;
mod write;

pub use export::export;
pub use write::{confirm, write};

use std::collections::HashSet;

use chrono::NaiveDate;
use sqlx::SqliteConnection;

use super::member_queries::NewMember;
use super::model::{AlsStatus, NewAls};
use crate::accounts::email::EmailAddress;
use crate::countries::{Countries, fold};
use crate::web::Lang;
use crate::web::forms::has_control_chars;
use crate::web::forms::is_web_address;
use crate::web::import::CellError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Als,
    Members,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "als" => Some(Kind::Als),
            "members" => Some(Kind::Members),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Als => "als",
            Kind::Members => "members",
        }
    }

    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Kind::Als => &[
                "name",
                "acronym",
                "country",
                "website",
                "accredited_on",
                "status",
                "notes",
            ],
            Kind::Members => &[
                "name",
                "email",
                "country",
                "als",
                "active",
                "joined_on",
                "notes",
            ],
        }
    }

    /// The column every row must fill.
    pub fn key_column(self) -> &'static str {
        "name"
    }
}

/// What is wrong with the file's header.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderError {
    Unreadable,
    Missing(&'static str),
    Unknown(Vec<String>),
    Empty,
    TooManyRows,
}

impl HeaderError {
    pub fn explain(&self, lang: Lang, kind: Kind) -> String {
        let columns = kind.columns().join(", ");
        match self {
            HeaderError::Unreadable => lang.t_args("import-err-unreadable", &[("line", 1.into())]),
            HeaderError::Missing(col) => lang.t_args(
                "registry-import-err-missing",
                &[("column", (*col).into()), ("columns", columns.into())],
            ),
            HeaderError::Unknown(cols) => lang.t_args(
                "import-err-unknown-columns",
                &[
                    ("unknown", cols.join(", ").into()),
                    ("columns", columns.into()),
                ],
            ),
            HeaderError::Empty => lang.t("import-err-empty"),
            HeaderError::TooManyRows => lang.t_args(
                "import-err-too-many-rows",
                &[("max", (crate::events::import::MAX_ROWS as i64).into())],
            ),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Parsed {
    Als(NewAls, AlsStatus),
    Member(NewMember),
}

#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    pub name: String,
    pub result: Result<Parsed, Vec<CellError>>,
}

pub fn error_count(rows: &[Row]) -> usize {
    rows.iter().filter(|r| r.result.is_err()).count()
}

/// Checks every row against the file and the database.
pub async fn analyse(
    conn: &mut SqliteConnection,
    kind: Kind,
    text: &str,
    countries: &Countries,
) -> Result<Vec<Row>, HeaderError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| HeaderError::Unreadable)?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let unknown: Vec<String> = headers
        .iter()
        .filter(|h| !kind.columns().contains(&h.as_str()))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(HeaderError::Unknown(unknown));
    }
    if !headers.iter().any(|h| h == kind.key_column()) {
        return Err(HeaderError::Missing(kind.key_column()));
    }
    if kind == Kind::Members && !headers.iter().any(|h| h == "country") {
        return Err(HeaderError::Missing("country"));
    }
    // What is already stored, to refuse duplicates before writing.
    // Every ALS, decertified ones too: the table's UNIQUE (country, name_key) holds for all
    // of them, though members are only attached to ALSs still in the registry.
    let existing_als: Vec<(i64, String, String, String, String)> =
        sqlx::query_as("SELECT id, name_key, acronym, country, status FROM als")
            .fetch_all(&mut *conn)
            .await
            .map_err(|_| HeaderError::Unreadable)?;
    let existing_emails: HashSet<String> = sqlx::query_scalar::<_, String>(
        "SELECT email_canonical FROM members WHERE email_canonical IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(|_| HeaderError::Unreadable)?
    .into_iter()
    .collect();
    let mut seen_keys = HashSet::new();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| HeaderError::Unreadable)?;
        if rows.len() >= crate::events::import::MAX_ROWS {
            return Err(HeaderError::TooManyRows);
        }
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |name: &str| -> String {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .unwrap_or("")
                .to_owned()
        };
        let mut errors = Vec::new();
        let mut error = |column: &'static str, key: &'static str, value: &str| {
            errors.push(CellError {
                column,
                key,
                value: value.to_owned(),
            })
        };
        // Text stored as written (a members file has no acronym or website): control
        // characters have no place in it, and a NUL would make the length CHECKs count wrong.
        for column in ["name", "acronym", "website", "notes"] {
            if has_control_chars(&cell(column)) {
                error(column, "err-control-chars", "");
            }
        }
        let name = cell("name");
        if name.is_empty() {
            error("name", "registry-import-err-name", "");
        } else if name.chars().count() > 200 {
            error("name", "import-err-too-long", "200");
        }
        let country = match countries.resolve(&cell("country")) {
            Some(c) => Some(c.iso2.clone()),
            None => {
                error("country", "err-country-unknown", &cell("country"));
                None
            }
        };
        let date = |column: &'static str,
                    error: &mut dyn FnMut(&'static str, &'static str, &str)| {
            let v = cell(column);
            if v.is_empty() {
                return None;
            }
            match NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    error(column, "err-date-invalid", &v);
                    None
                }
            }
        };
        let notes = cell("notes");
        let parsed = match kind {
            Kind::Als => {
                let website = cell("website");
                if !website.is_empty() && !has_control_chars(&website) && !is_web_address(&website)
                {
                    error("website", "import-err-url", &website);
                }
                let status = match cell("status").as_str() {
                    "" => Some(AlsStatus::Active),
                    s => AlsStatus::parse(s).or_else(|| {
                        error("status", "import-err-not-one-of", s);
                        None
                    }),
                };
                let accredited_on = date("accredited_on", &mut error);
                if let Some(country) = &country {
                    let key = (country.clone(), fold(&name));
                    let stored = existing_als
                        .iter()
                        .any(|(_, k, _, c, _)| c == country && *k == key.1);
                    if stored || !seen_keys.insert(format!("{}|{}", key.0, key.1)) {
                        error("name", "registry-import-err-duplicate-als", &name);
                    }
                }
                match (country, status) {
                    (Some(country), Some(status)) => Some(Parsed::Als(
                        NewAls {
                            name: name.clone(),
                            acronym: cell("acronym"),
                            country,
                            website,
                            accredited_on,
                            notes,
                        },
                        status,
                    )),
                    _ => None,
                }
            }
            Kind::Members => {
                let email = match cell("email").as_str() {
                    "" => None,
                    e => match EmailAddress::parse(e) {
                        Ok(email) => {
                            if existing_emails.contains(email.canonical())
                                || !seen_keys.insert(email.canonical().to_owned())
                            {
                                error("email", "registry-import-err-duplicate-email", e);
                            }
                            Some(email)
                        }
                        Err(err) => {
                            error("email", err.message_key(), e);
                            None
                        }
                    },
                };
                // An ALS by id, acronym or name; empty for an individual member.
                let als_cell = cell("als");
                let als_id = if als_cell.is_empty() {
                    None
                } else {
                    let folded = fold(&als_cell);
                    let found: Vec<i64> = existing_als
                        .iter()
                        .filter(|(id, key, acronym, _, status)| {
                            status != "decertified"
                                && (id.to_string() == als_cell
                                    || *key == folded
                                    || (!acronym.is_empty() && fold(acronym) == folded))
                        })
                        .map(|(id, ..)| *id)
                        .collect();
                    match found.as_slice() {
                        [one] => Some(*one),
                        [] => {
                            error("als", "registry-import-err-no-als", &als_cell);
                            None
                        }
                        _ => {
                            error("als", "registry-import-err-ambiguous-als", &als_cell);
                            None
                        }
                    }
                };
                let active = match cell("active").to_lowercase().as_str() {
                    "" | "yes" | "true" | "1" | "sí" | "si" => true,
                    "no" | "false" | "0" => false,
                    other => {
                        error("active", "import-err-yes-no", other);
                        true
                    }
                };
                let joined_on = date("joined_on", &mut error);
                country.map(|country| {
                    Parsed::Member(NewMember {
                        name: name.clone(),
                        email,
                        country,
                        als_id,
                        active,
                        joined_on,
                        notes,
                        language: None,
                        source: None,
                    })
                })
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let result = match parsed {
            Some(p) if errors.is_empty() => Ok(p),
            _ => Err(errors),
        };
        rows.push(Row { line, name, result });
    }
    if rows.is_empty() {
        return Err(HeaderError::Empty);
    }
    Ok(rows)
}
