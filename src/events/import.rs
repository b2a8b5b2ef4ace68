//! CSV import of events, used by the web import, the `import` command and the first-start
//! load of the plan's 2023 list. Rows are checked in full before anything is written, and
//! the write is one transaction: a file with any bad row imports nothing.

use std::collections::HashSet;

use chrono::NaiveTime;
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use sqlx::{SqliteConnection, SqlitePool};

use super::dates::{self, EventDates, LocalTime};
use super::form::{NOTES_MAX, SHORT_MAX, TITLE_MAX, URL_MAX};
use super::model::{EventKind, EventStatus, NewEvent, Relevance};
use super::queries;
use super::review::{self, ReviewFlag};
use crate::audit::Actor;
use crate::countries::Countries;
use crate::web::Lang;
use crate::web::forms::has_control_chars;
use crate::web::forms::is_web_address;
use crate::web::import::CellError;

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

const PLAN_2023_CSV: &str = include_str!("../../data/seed/plan-2023-events.csv");

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

fn check_row(
    cell: &dyn Fn(&str) -> String,
    list_year: Option<i32>,
    countries: &Countries,
) -> Result<(NewEvent, Option<String>), Vec<CellError>> {
    let mut errors = Vec::new();
    let mut flags: Vec<ReviewFlag> = Vec::new();
    let mut error = |column: &'static str, key: &'static str, value: &str| {
        errors.push(CellError {
            column,
            key,
            value: value.to_owned(),
        })
    };

    // Text that would be stored as typed: control characters have no place in it (a NUL
    // would even make the tables' length CHECKs count it wrong).
    for column in ["title", "organiser", "city", "notes", "url", "uid"] {
        if has_control_chars(&cell(column)) {
            error(column, "err-control-chars", "");
        }
    }
    let title = cell("title");
    if title.is_empty() {
        error("title", "err-title-required", "");
    } else if title.chars().count() > TITLE_MAX {
        error("title", "import-err-too-long", &TITLE_MAX.to_string());
    }
    let lower_title = title.to_lowercase();
    if lower_title.contains("place tbd") {
        flags.push(ReviewFlag::PlaceTbd);
    }
    if lower_title.contains("placeholder") {
        flags.push(ReviewFlag::TentativeTitle);
    }

    let kind = match cell("kind").as_str() {
        "" => Some(kind_from_title(&lower_title)),
        k => EventKind::parse(k).or_else(|| {
            error("kind", "import-err-not-one-of", k);
            None
        }),
    };
    let relevance = match cell("relevance").as_str() {
        "" => Some(Relevance::Unclassified),
        r => Relevance::parse(r).or_else(|| {
            error("relevance", "import-err-not-one-of", r);
            None
        }),
    };
    let status = match cell("status").as_str() {
        "" => Some(EventStatus::Planned),
        s => EventStatus::parse(s).or_else(|| {
            error("status", "import-err-not-one-of", s);
            None
        }),
    };
    let online = match cell("online").to_lowercase().as_str() {
        "" => kind == Some(EventKind::Webinar),
        "yes" | "true" | "1" | "sí" | "si" => true,
        "no" | "false" | "0" => false,
        other => {
            error("online", "import-err-yes-no", other);
            false
        }
    };
    let country = match cell("country").as_str() {
        "" => countries.named_in(&title).map(|c| {
            flags.push(ReviewFlag::CountryFromTitle {
                country: c.iso2.clone(),
            });
            c.iso2.clone()
        }),
        typed => match countries.resolve(typed) {
            Some(c) => Some(c.iso2.clone()),
            None => {
                error("country", "err-country-unknown", typed);
                None
            }
        },
    };
    for (column, max) in [
        ("organiser", SHORT_MAX),
        ("city", SHORT_MAX),
        ("notes", NOTES_MAX),
        ("url", URL_MAX),
    ] {
        if cell(column).chars().count() > max {
            error(column, "import-err-too-long", &max.to_string());
        }
    }
    let url = cell("url");
    if !url.is_empty() && !has_control_chars(&url) && !is_web_address(&url) {
        error("url", "import-err-url", &url);
    }
    let uid = Some(cell("uid")).filter(|u| !u.is_empty());
    if let Some(uid) = &uid {
        if uid.len() > 200 || uid.chars().any(char::is_whitespace) {
            error("uid", "import-err-uid", uid);
        }
    }

    let dates = row_dates(cell, list_year, &mut flags, &mut error);

    match (kind, relevance, status, dates) {
        (Some(kind), Some(relevance), Some(status), Some(dates)) if errors.is_empty() => Ok((
            NewEvent {
                title,
                kind,
                relevance,
                organiser: cell("organiser"),
                city: cell("city"),
                country,
                online,
                dates,
                status,
                url,
                notes: cell("notes"),
                needs_review: !flags.is_empty(),
                review_note: review::encode(&flags),
            },
            uid,
        )),
        _ => Err(errors),
    }
}

/// The row's dates, from the loose `date` column or the export's structured columns.
fn row_dates(
    cell: &dyn Fn(&str) -> String,
    list_year: Option<i32>,
    flags: &mut Vec<ReviewFlag>,
    error: &mut dyn FnMut(&'static str, &'static str, &str),
) -> Option<EventDates> {
    let loose = |column: &'static str,
                 written: &str,
                 flags: &mut Vec<ReviewFlag>,
                 error: &mut dyn FnMut(&'static str, &'static str, &str)| {
        match dates::parse_loose(written, list_year) {
            Ok((d, assumed)) => {
                flags.extend(assumed.into_iter().map(ReviewFlag::from));
                Some(d)
            }
            Err(e) => {
                error(column, e.message_key(), written);
                None
            }
        }
    };
    let (date, start, end, month, year) = (
        cell("date"),
        cell("start_date"),
        cell("end_date"),
        cell("month"),
        cell("year"),
    );
    let mut dates = if !date.is_empty() || (start.is_empty() && month.is_empty() && year.is_empty())
    {
        loose("date", &date, flags, error)?
    } else if !start.is_empty() {
        loose("start_date", &start, flags, error)?
    } else if !month.is_empty() {
        match dates::parse_iso(&month) {
            Ok(d @ EventDates::Month { .. }) => d,
            _ => {
                error("month", "import-err-month", &month);
                return None;
            }
        }
    } else {
        match dates::parse_iso(&year) {
            Ok(d @ EventDates::Tbd { .. }) => d,
            _ => {
                error("year", "err-year-required", &year);
                return None;
            }
        }
    };
    if let EventDates::Day { start, .. } = dates {
        if !end.is_empty() {
            match dates::parse_loose(&end, None) {
                Ok((EventDates::Day { start: end_day, .. }, _)) if end_day >= start => {
                    dates = EventDates::Day {
                        start,
                        end: end_day,
                        time: None,
                    };
                }
                Ok((EventDates::Day { .. }, _)) => {
                    error("end_date", "import-err-end-before-start", &end);
                    return None;
                }
                _ => {
                    error("end_date", "err-date-invalid", &end);
                    return None;
                }
            }
        }
    } else if !end.is_empty() {
        error("end_date", "import-err-end-without-start", &end);
        return None;
    }
    let (time, zone) = (cell("start_time"), cell("time_zone"));
    if !time.is_empty() || !zone.is_empty() {
        let parsed_time = NaiveTime::parse_from_str(&time, "%H:%M").ok();
        let parsed_zone = zone.parse::<Tz>().ok();
        if parsed_time.is_none() {
            error("start_time", "err-time-invalid", &time);
        }
        if parsed_zone.is_none() {
            error("time_zone", "err-zone-unknown", &zone);
        }
        match (&mut dates, parsed_time, parsed_zone) {
            (EventDates::Day { start, time: t, .. }, Some(time), Some(zone)) => {
                // As in the form: a local time the clocks skip names no instant.
                if chrono::TimeZone::from_local_datetime(&zone, &start.and_time(time))
                    .earliest()
                    .is_none()
                {
                    error(
                        "start_time",
                        "import-err-time-in-gap",
                        &time.format("%H:%M").to_string(),
                    );
                    return None;
                }
                *t = Some(LocalTime { time, zone });
            }
            (EventDates::Day { .. }, _, _) => return None,
            _ => {
                error("start_time", "import-err-time-without-day", &time);
                return None;
            }
        }
    }
    Some(dates)
}

/// The plan's list has no kinds; the title usually says. Not a review flag: a kind is easy
/// to see and to change, and flagging every row would bury the real doubts.
pub fn kind_from_title(lower_title: &str) -> EventKind {
    let has = |w: &str| lower_title.contains(w);
    if has("webinar") {
        EventKind::Webinar
    } else if has("roadshow") {
        EventKind::Roadshow
    } else if has("readout") {
        EventKind::Readout
    } else if has("all hands") {
        EventKind::Internal
    } else if has("training") || has("workshop") || has("icann101") {
        EventKind::Training
    } else if has("meeting") || has(" call") || has("assembly") || has("council") {
        EventKind::Meeting
    } else {
        EventKind::Conference
    }
}

/// Spreadsheets run a cell that starts with = + - @ as a formula: the export prefixes such
/// text cells with an apostrophe (OWASP's advice), and the import takes it off again.
fn defuse(cell: &str) -> String {
    if looks_like_formula(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Whether a spreadsheet would read the cell as a formula once its leading apostrophes are
/// gone. Text that itself begins with apostrophes before `=` gets one more on export and
/// loses exactly one on import, so every text survives the round trip.
fn looks_like_formula(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => cell,
    }
}

/// The CSV export: the import's columns, one row per event.
pub fn export(rows: &[super::model::EventRow]) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for row in rows {
        let dates = row.dates();
        let d = dates.columns();
        let (start, end, month, year) = match dates {
            EventDates::Day { .. } => (
                d.start_date.clone().unwrap_or_default(),
                d.end_date.clone().unwrap_or_default(),
                String::new(),
                String::new(),
            ),
            EventDates::Month { year, month } => (
                String::new(),
                String::new(),
                format!("{year:04}-{month:02}"),
                String::new(),
            ),
            EventDates::Tbd { year } => (
                String::new(),
                String::new(),
                String::new(),
                year.to_string(),
            ),
        };
        writer.write_record([
            row.uid.as_str(),
            &defuse(&row.title),
            &row.kind,
            &row.relevance,
            &row.status,
            &defuse(&row.organiser),
            &defuse(&row.city),
            row.country.as_deref().unwrap_or(""),
            if row.online { "yes" } else { "no" },
            "",
            &start,
            &end,
            &month,
            &year,
            d.start_time.as_deref().unwrap_or(""),
            d.time_zone.as_deref().unwrap_or(""),
            &row.url,
            &defuse(&row.notes),
        ])?;
    }
    Ok(writer.into_inner()?)
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
