//! What a message says, as data: every kind fills the same shape (a greeting, paragraphs,
//! facts such as "Deadline: …" or "Date: old → new", sections of linked items for the
//! digest, and one action), and the engine renders it into the text and the HTML part
//! with the two templates under `templates/mail/`. One look for every message, and no
//! HTML written by hand in the domains.

use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::kinds::Kind;
use crate::web::Lang;

#[derive(Debug, Clone, Default)]
pub struct Content {
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    pub facts: Vec<Fact>,
    pub sections: Vec<Section>,
    /// The page the message is about (also stored as the message's link).
    pub action: Option<Action>,
    /// Why this person gets this message ("You follow this event.").
    pub why: String,
}

/// "Label: value", or a change "Label: was → value".
#[derive(Debug, Clone)]
pub struct Fact {
    pub label: String,
    pub value: String,
    pub was: Option<String>,
}

impl Fact {
    pub fn new(label: String, value: String) -> Self {
        Self {
            label,
            value,
            was: None,
        }
    }

    pub fn change(label: String, was: String, value: String) -> Self {
        Self {
            label,
            value,
            was: Some(was),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub heading: String,
    pub items: Vec<Item>,
    /// Shown when there are no items.
    pub empty: String,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub text: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Action {
    pub label: String,
    pub url: String,
}

impl Content {
    /// A message with its subject, the usual greeting for `name`, and its action.
    pub fn new(lang: Lang, subject: String, name: &str, action: Action) -> Self {
        Self {
            subject,
            greeting: if name.trim().is_empty() {
                lang.t("mail-greeting-anonymous")
            } else {
                lang.t_args("mail-greeting", &[("name", name.trim().to_owned().into())])
            },
            action: Some(action),
            ..Self::default()
        }
    }

    pub fn paragraph(mut self, text: String) -> Self {
        self.paragraphs.push(text);
        self
    }

    pub fn fact(mut self, fact: Fact) -> Self {
        self.facts.push(fact);
        self
    }

    pub fn why(mut self, text: String) -> Self {
        self.why = text;
        self
    }
}

/// The end of every message: why it came, and how to stop it when it is optional.
pub struct Footer {
    pub why: String,
    pub mandatory_note: Option<String>,
    pub unsubscribe: Option<Action>,
    pub preferences: Action,
    pub signature: String,
}

impl Footer {
    pub fn new(
        lang: Lang,
        kind: Kind,
        why: &str,
        base_url: &str,
        unsubscribe_url: Option<&str>,
    ) -> Self {
        let base = base_url.trim_end_matches('/');
        Self {
            why: why.to_owned(),
            mandatory_note: kind.is_mandatory().then(|| lang.t("mail-footer-mandatory")),
            unsubscribe: unsubscribe_url.map(|url| Action {
                label: lang.t_args(
                    "mail-footer-unsubscribe",
                    &[("kind", lang.t(&kind.label_key()).into())],
                ),
                url: url.to_owned(),
            }),
            preferences: Action {
                label: lang.t("mail-footer-preferences"),
                url: format!("{base}/account/notifications"),
            },
            signature: lang.t("mail-signature"),
        }
    }
}

#[derive(Template)]
#[template(path = "mail/message.txt")]
pub struct TextPart<'a> {
    pub c: &'a Content,
    pub footer: &'a Footer,
}

#[derive(Template)]
#[template(path = "mail/message.html")]
pub struct HtmlPart<'a> {
    pub c: &'a Content,
    pub footer: &'a Footer,
    pub lang: &'a str,
}

/// An instant as a recipient reads it: their date and time, their zone and its offset,
/// e.g. "15 de marzo de 2027, 23:59 (America/Bogota, UTC-05:00)".
pub fn instant(lang: Lang, zone: Tz, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&zone);
    lang.t_args(
        "mail-instant",
        &[
            ("date", lang.date(local.date_naive()).into()),
            ("time", local.format("%H:%M").to_string().into()),
            ("zone", zone.name().to_owned().into()),
            ("offset", format!("UTC{}", local.format("%:z")).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_instant_is_written_in_the_recipients_zone_and_language() {
        let at = Utc.with_ymd_and_hms(2027, 3, 16, 4, 59, 0).unwrap();
        let es = Lang::from_code("es").unwrap();
        let text = instant(es, chrono_tz::America::Bogota, at);
        assert!(text.contains("15 de marzo de 2027"), "{text}");
        assert!(text.contains("23:59"), "{text}");
        assert!(text.contains("America/Bogota"), "{text}");
        assert!(text.contains("UTC-05:00"), "{text}");
    }
}
