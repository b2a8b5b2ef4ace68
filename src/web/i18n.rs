//! The translation layer: Fluent files under `locales/<code>/`, compiled into the binary.
//!
//! Adding a language is adding one folder with its `main.ftl`: the list of languages is read
//! from the loaded bundles, and each file names its own chrono locale (`chrono-locale`, for
//! month and weekday names) and its own name (`language-name`, for the switcher).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

static_loader! {
    pub static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps arguments in Unicode isolation marks by default; our arguments are
        // plain text in left-to-right languages, and the marks would end up in attributes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages there are files for, English first, then by code.
static LANGUAGES: LazyLock<Vec<Lang>> = LazyLock::new(|| {
    let mut langs: Vec<Lang> = LOCALES.locales().map(Lang).collect();
    langs.sort_by_key(|l| (l.code() != "en", l.code().to_owned()));
    langs
});

static ENGLISH: LazyLock<Lang> = LazyLock::new(|| {
    *LANGUAGES
        .iter()
        .find(|l| l.code() == "en")
        .expect("locales/en is compiled in")
});

/// A language the interface speaks. Copyable handle onto a loaded Fluent bundle.
#[derive(Clone, Copy)]
pub struct Lang(&'static LanguageIdentifier);

impl PartialEq for Lang {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl Eq for Lang {}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lang({})", self.0)
    }
}

impl Default for Lang {
    fn default() -> Self {
        *ENGLISH
    }
}

impl Lang {
    pub fn all() -> &'static [Lang] {
        &LANGUAGES
    }

    /// The language for a code such as `es`, `es-MX` or `ES`; `None` when we do not speak it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        LANGUAGES
            .iter()
            .copied()
            .find(|l| l.0.language.as_str() == primary)
    }

    /// The best language for an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut ranges: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !tag.is_empty()).then_some((q, i, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges
            .into_iter()
            .find_map(|(_, _, tag)| Lang::from_code(tag))
    }

    pub fn code(self) -> &'static str {
        self.0.language.as_str()
    }

    pub fn langid(self) -> &'static LanguageIdentifier {
        self.0
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> String {
        self.t("language-name")
    }

    pub fn chrono_locale(self) -> chrono::Locale {
        chrono::Locale::try_from(self.t("chrono-locale").as_str()).unwrap_or(chrono::Locale::en_US)
    }

    /// The message for `key`, falling back to English, then to the key itself (which a
    /// test forbids: every key used must exist in English).
    pub fn t(self, key: &str) -> String {
        LOCALES.try_lookup(self.0, key).unwrap_or_else(|| {
            tracing::warn!(key, "missing translation key");
            key.to_owned()
        })
    }

    /// The message for `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES
            .try_lookup_with_args(self.0, key, &map)
            .unwrap_or_else(|| {
                tracing::warn!(key, "missing translation key");
                key.to_owned()
            })
    }

    /// Whether this language's own file has `key` (no fallback), for completeness tests.
    pub fn has_own(self, key: &str) -> bool {
        LOCALES
            .lookup_single_language::<&str>(self.0, key, None)
            .is_ok()
    }

    /// A date written out for this language, e.g. "March 11, 2023" or "11 de marzo de 2023".
    pub fn date(self, date: NaiveDate) -> String {
        self.format_date(date, "format-date")
    }

    /// A short date for dense lists, e.g. "Sat, Mar 11".
    pub fn date_short(self, date: NaiveDate) -> String {
        self.format_date(date, "format-date-short")
    }

    /// Month and year, e.g. "March 2023" or "marzo de 2023".
    pub fn month_year(self, year: i32, month: u32) -> String {
        match NaiveDate::from_ymd_opt(year, month, 1) {
            Some(d) => capitalise(&self.format_date(d, "format-month-year")),
            None => format!("{year}-{month:02}"),
        }
    }

    /// The month's name alone, e.g. "March" or "Marzo".
    pub fn month_name(self, month: u32) -> String {
        match NaiveDate::from_ymd_opt(2000, month, 1) {
            Some(d) => capitalise(&d.format_localized("%B", self.chrono_locale()).to_string()),
            None => month.to_string(),
        }
    }

    /// Abbreviated weekday names, Monday first.
    pub fn weekdays_short(self) -> Vec<String> {
        // 2024-01-01 was a Monday.
        (1..=7)
            .filter_map(|d| NaiveDate::from_ymd_opt(2024, 1, d))
            .map(|d| capitalise(&d.format_localized("%a", self.chrono_locale()).to_string()))
            .collect()
    }

    /// Full weekday names, Monday first.
    pub fn weekdays_long(self) -> Vec<String> {
        (1..=7)
            .filter_map(|d| NaiveDate::from_ymd_opt(2024, 1, d))
            .map(|d| capitalise(&d.format_localized("%A", self.chrono_locale()).to_string()))
            .collect()
    }

    fn format_date(self, date: NaiveDate, pattern_key: &str) -> String {
        let pattern = self.t(pattern_key);
        date.format_localized(&pattern, self.chrono_locale())
            .to_string()
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A stored UTC timestamp for people: the date in their language and the time, in UTC.
pub fn timestamp(stored: &str, lang: Lang) -> String {
    match chrono::DateTime::parse_from_rfc3339(stored) {
        Ok(t) => {
            let t = t.with_timezone(&chrono::Utc);
            let date: NaiveDate = t.date_naive();
            format!("{} {} UTC", lang.date(date), t.format("%H:%M"))
        }
        Err(_) => stored.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(
            Lang::from_accept_language("es-MX,es;q=0.9,en;q=0.8")
                .unwrap()
                .code(),
            "es"
        );
        assert_eq!(
            Lang::from_accept_language("de-DE,de;q=0.9,en;q=0.5")
                .unwrap()
                .code(),
            "en"
        );
        assert_eq!(
            Lang::from_accept_language("en;q=0.2, es;q=0.8")
                .unwrap()
                .code(),
            "es"
        );
        assert!(Lang::from_accept_language("de, ja;q=0.5").is_none());
        assert!(Lang::from_accept_language("es;q=0").is_none());
    }

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2023, 3, 11).unwrap();
        assert_eq!(Lang::from_code("en").unwrap().date(d), "March 11, 2023");
        assert_eq!(
            Lang::from_code("es").unwrap().date(d),
            "11 de marzo de 2023"
        );
        assert_eq!(
            Lang::from_code("es").unwrap().month_year(2023, 3),
            "Marzo de 2023"
        );
    }
}
