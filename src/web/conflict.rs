//! The one page a stale write gets. When someone saved first, the person sees, field by
//! field, what is stored now beside what they typed; they may start again from the stored
//! version, or save theirs over it knowingly (the page carries their values and the new
//! version). Nothing of either is lost. Every form that edits a record's fields uses it:
//! events, webinars, ALSs, members, DNSSEC contacts and CROP opportunities. The forms
//! that take a decision or a count (a CROP decision, an allocation, attendance, the
//! notification settings) answer a stale one with the record as it is now and the
//! choice to make again.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::forms::Choice;
use super::{Lang, PageCtx};

/// One field that differs, by its label in the reader's language, with both values as
/// shown (a closed set by its label, a country by its name).
pub struct Difference {
    pub field: String,
    pub theirs: String,
    pub mine: String,
}

/// The fields that differ, collected in the form's order.
pub struct Differences {
    lang: Lang,
    rows: Vec<Difference>,
}

impl Differences {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            rows: Vec::new(),
        }
    }

    /// Adds the field labelled by `key` when its two values differ (blanks around them do
    /// not count).
    pub fn compare(&mut self, key: &str, theirs: impl Into<String>, mine: impl Into<String>) {
        let (theirs, mine) = (theirs.into(), mine.into());
        if theirs.trim() != mine.trim() {
            self.rows.push(Difference {
                field: self.lang.t(key),
                theirs,
                mine,
            });
        }
    }
}

/// The label a choice list gives a value; the value itself when it is not in the list,
/// and a dash for none.
pub fn label_in(choices: &[Choice], value: &str) -> String {
    let value = value.trim();
    if value.is_empty() {
        return "—".to_owned();
    }
    choices
        .iter()
        .find(|c| c.value == value)
        .map_or(value.to_owned(), |c| c.label.clone())
}

/// A ticked box as people read it.
pub fn tick(on: bool) -> &'static str {
    if on { "✓" } else { "—" }
}

/// The conflict page.
#[derive(Template, WebTemplate)]
#[template(path = "conflict.html")]
pub struct ConflictPage {
    pub ctx: PageCtx,
    pub title: String,
    pub intro: String,
    /// Where "edit the saved version" leads.
    pub edit: String,
    /// Where "see it" leads, and the link's words.
    pub view: String,
    pub view_label: String,
    /// Where "save mine" posts.
    pub action: String,
    pub differences: Vec<Difference>,
    /// The stored version, which "save mine" carries.
    pub version: i64,
    /// What was typed, field by field, as the form sends it.
    pub mine: Vec<(String, String)>,
}

/// What a domain says about its conflict: the words, the links, and the two versions.
pub struct Conflict<'a, F: Serialize> {
    pub title: String,
    pub intro: String,
    /// The row's page (`/events/7`): "see it" leads there, "edit again" to its `/edit`.
    pub page: String,
    pub view_label: String,
    /// Where the form posts (often the row's page itself).
    pub action: String,
    pub differences: Differences,
    pub version: i64,
    pub mine: &'a F,
}

impl<F: Serialize> Conflict<'_, F> {
    /// The page, answered with 409 Conflict.
    pub fn into_response(self, ctx: PageCtx) -> Response {
        let page = ConflictPage {
            ctx,
            title: self.title,
            intro: self.intro,
            edit: format!("{}/edit", self.page),
            view: self.page,
            view_label: self.view_label,
            action: self.action,
            differences: self.differences.rows,
            version: self.version,
            mine: form_fields(self.mine),
        };
        (StatusCode::CONFLICT, page).into_response()
    }
}

/// A form's fields as it would send them (a list as one field per value; an unticked box
/// not at all), without its version and token, which the page sets itself.
pub fn form_fields<F: Serialize>(form: &F) -> Vec<(String, String)> {
    let encoded = serde_html_form::to_string(form).unwrap_or_default();
    form_urlencoded::parse(encoded.as_bytes())
        .filter(|(name, _)| name != "version" && name != "_csrf")
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Default)]
    struct Form {
        title: String,
        online: Option<String>,
        languages: Vec<String>,
        version: String,
    }

    #[test]
    fn a_form_is_resent_field_by_field_without_its_version() {
        let form = Form {
            title: "Día & \"noche\"".into(),
            online: None,
            languages: vec!["es".into(), "pt".into()],
            version: "3".into(),
        };
        assert_eq!(
            form_fields(&form),
            [
                ("title".to_owned(), "Día & \"noche\"".to_owned()),
                ("languages".to_owned(), "es".to_owned()),
                ("languages".to_owned(), "pt".to_owned()),
            ]
        );
        let ticked = Form {
            online: Some("on".into()),
            ..Form::default()
        };
        assert!(form_fields(&ticked).contains(&("online".to_owned(), "on".to_owned())));
    }

    #[test]
    fn only_fields_that_differ_are_listed() {
        let mut d = Differences::new(Lang::default());
        d.compare("field-title", "A", " A ");
        d.compare("field-notes", "x", "y");
        assert_eq!(d.rows.len(), 1);
        assert_eq!(
            (d.rows[0].theirs.as_str(), d.rows[0].mine.as_str()),
            ("x", "y")
        );
    }
}
