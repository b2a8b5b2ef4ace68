//! The one pattern every form follows: raw strings as typed, plus field errors already
//! translated, so a refused form comes back exactly as the person left it.

use super::Lang;

/// Each field's problem, in the order the form's checks found them, which is the order of
/// the form: the error summary lists them so (GOV.UK's pattern), not alphabetically.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    /// Records the first problem of a field (later ones would only repeat it).
    pub fn add(&mut self, field: &'static str, message: String) {
        if !self.has(field) {
            self.0.push((field, message));
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|(f, _)| *f == field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.0.iter().map(|(k, v)| (*k, v.as_str()))
    }
}

/// A `<select>` option: value, label, whether selected.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>, current: &str) -> Self {
        let value = value.into();
        let selected = value == current;
        Self {
            value,
            label: label.into(),
            selected,
        }
    }
}

/// The version a form was read at, as its hidden field carries it. Only a page of ours
/// sends it, so one that does not parse is a bad request, not a person's mistake.
pub fn version(typed: &str) -> crate::error::AppResult<i64> {
    typed
        .trim()
        .parse()
        .map_err(|_| crate::error::AppError::BadRequest("error-400-text"))
}

/// Options for an enum-like field whose labels are Fluent keys `<prefix>-<value>`.
pub fn choices(lang: Lang, prefix: &str, values: &[&str], current: &str) -> Vec<Choice> {
    values
        .iter()
        .map(|v| {
            Choice::new(
                *v,
                lang.t(&format!("{prefix}-{}", v.replace('_', "-"))),
                current,
            )
        })
        .collect()
}

/// Trims a text field and caps nothing: length limits are checked by the parser.
pub fn clean(s: &str) -> String {
    s.trim().to_owned()
}

/// Whether a text holds a control character that has no business in what people type:
/// the C0 controls other than tab, line feed and carriage return, and DEL. NUL above all:
/// SQLite's `length()` stops at it, so the tables' CHECKs would count the text wrong.
pub fn has_control_chars(s: &str) -> bool {
    s.chars()
        .any(|c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{7f}')
}

/// Whether a one-line text holds a line break (or another control character): a title
/// with a bare CR would start a new line in a calendar feed for parsers that split on CR.
pub fn has_line_break(s: &str) -> bool {
    has_control_chars(s) || s.contains(['\r', '\n', '\u{2028}', '\u{2029}', '\u{85}'])
}

/// Refuses a one-line text (a name, a title, an address) with a control character or a
/// line break, under its field. Called before a field's other checks, so that this is the
/// message shown for it.
pub fn refuse_control_chars(field: &'static str, text: &str, lang: Lang, errors: &mut FieldErrors) {
    if has_control_chars(text) {
        errors.add(field, lang.t("err-control-chars"));
    } else if has_line_break(text) {
        errors.add(field, lang.t("err-line-break"));
    }
}

/// Refuses a multi-line text (a `<textarea>`) with control characters other than line
/// feeds and tabs. Its line breaks arrive as LF only (`web::csrf::one_line_feed`).
pub fn refuse_control_chars_in_block(
    field: &'static str,
    text: &str,
    lang: Lang,
    errors: &mut FieldErrors,
) {
    if has_control_chars(text) {
        errors.add(field, lang.t("err-control-chars"));
    }
}

/// An optional date field (`YYYY-MM-DD`, as date inputs send it); a wrong one is reported.
pub fn optional_date(
    field: &'static str,
    typed: &str,
    lang: Lang,
    errors: &mut FieldErrors,
) -> Option<chrono::NaiveDate> {
    match typed.trim() {
        "" => None,
        s => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) if s.len() == 10 => Some(d),
            _ => {
                errors.add(field, lang.t("err-date-invalid"));
                None
            }
        },
    }
}

/// An absolute http(s) address with a host and no spaces.
pub fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters() {
        for bad in ["\0", "a\0", "\u{1}b", "x\u{b}y", "\u{1f}", "del\u{7f}"] {
            assert!(has_control_chars(bad), "{bad:?}");
        }
        for fine in ["", "Ana", "two\nlines\r\n", "a\tb", "ñandú €", "\u{85}"] {
            assert!(!has_control_chars(fine), "{fine:?}");
        }
    }

    #[test]
    fn one_line_texts_have_no_line_breaks() {
        for bad in ["a\rb", "a\nb", "a\r\nb", "x\u{2028}", "\0"] {
            assert!(has_line_break(bad), "{bad:?}");
        }
        assert!(!has_line_break("Foro de Gobernanza\t2024 ñ"));
    }

    #[test]
    fn web_addresses() {
        assert!(is_web_address("https://icann.org/events"));
        assert!(is_web_address("http://lacnic.net"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://"));
        assert!(!is_web_address("https://a b.org"));
        assert!(!is_web_address("icann.org"));
    }
}
