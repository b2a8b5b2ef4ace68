//! Properties' support: what a refusal's message must be (translated text, never a raw
//! Fluent key).

use super::*;

/// How the Fluent keys of messages begin: a message that shows one of these as a word is a
/// key that was never translated.
pub(crate) const KEY_PREFIXES: &[&str] = &[
    "err-",
    "import-err-",
    "registry-import-err-",
    "email-err-",
    "password-err-",
    "als-err-",
    "member-err-",
    "dnssec-err-",
    "crop-err-",
    "engagement-err-",
    "account-err-",
    "error-",
    "review-",
    "date-",
];

pub(crate) fn looks_like_key(token: &str) -> bool {
    token.contains('-')
        && token
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && KEY_PREFIXES.iter().any(|p| token.starts_with(p))
}

/// A message for a person: not empty, every argument filled, no raw key. Messages may quote
/// what the person typed, so that is taken out of the message before looking.
pub(crate) fn translated(message: &str, typed: &[&str]) -> TestCaseResult {
    prop_assert!(!message.trim().is_empty(), "an empty message");
    let whole = message.trim();
    prop_assert!(
        !(whole.contains('-')
            && whole
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')),
        "the message is a raw key: {message:?}"
    );
    let mut typed: Vec<String> = typed
        .iter()
        .flat_map(|t| [t.to_string(), t.trim().to_owned(), t.trim().to_lowercase()])
        .filter(|t| !t.is_empty())
        .collect();
    typed.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut rest = message.to_owned();
    for t in &typed {
        rest = rest.replace(t.as_str(), " ");
    }
    prop_assert!(
        !rest.contains("{$") && !rest.contains("{ $"),
        "an argument left unfilled in {message:?}"
    );
    for token in rest.split(|c: char| {
        c.is_whitespace() || matches!(c, ':' | ',' | ';' | '(' | ')' | '"' | '«' | '»' | '“' | '”')
    }) {
        let token = token.trim_end_matches('.');
        prop_assert!(
            !looks_like_key(token),
            "a raw message key {token:?} in {message:?}"
        );
    }
    Ok(())
}

/// The message of a date error, as the importer shows it (with what was written).
pub(crate) fn date_error_message(e: dates::DateError, lang: Lang, written: &str) -> String {
    lang.t_args(
        e.message_key(),
        &[("value", FluentValue::from(written.to_owned()))],
    )
}

/// The cells of a file as messages may quote them: trimmed, and lower-cased as headers are.
pub(crate) fn pieces(text: &str) -> Vec<&str> {
    text.split([',', '\n', '\r', '"']).collect()
}

pub(crate) fn field_errors_translated(
    errors: &FieldErrors,
    fields: &[&str],
    typed: &[&str],
) -> TestCaseResult {
    prop_assert!(!errors.is_empty(), "refused without a single message");
    for (field, message) in errors.iter() {
        prop_assert!(
            fields.contains(&field),
            "a message under {field:?}, which is no field of the form"
        );
        translated(message, typed)?;
    }
    Ok(())
}

pub(crate) fn cell_error_translated(e: &CellError, lang: Lang) -> TestCaseResult {
    let message = e.explain(lang);
    prop_assert!(
        message.starts_with(&format!("{}: ", e.column)),
        "{message:?}"
    );
    let text = &message[e.column.len() + 2..];
    prop_assert!(
        text.trim() != e.key,
        "cell message left as its key: {message:?}"
    );
    translated(text, &[&e.value])
}
