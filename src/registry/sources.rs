//! Where an organisation or a person heard of LACRALO: the outreach action an ALS
//! application or an individual member came from. An event (a webinar is an event), a CROP
//! trip or a funded initiative; at most one, or none when nobody knows.
//! Its SQL is in `source_queries.rs`.

use crate::error::AppResult;
use crate::state::AppState;
use crate::web::Lang;
use crate::web::forms::Choice;

/// A form's source value that is not one our pages send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotASource;

/// An outreach action, by the row it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Event(i64),
    CropTrip(i64),
    FundedInitiative(i64),
}

impl Source {
    /// A form's value: `event:12`, `crop:3`, `fund:4`; empty is none. Anything else is not
    /// a value our pages send.
    pub fn parse(typed: &str) -> Result<Option<Source>, NotASource> {
        let typed = typed.trim();
        if typed.is_empty() {
            return Ok(None);
        }
        let (kind, id) = typed.split_once(':').ok_or(NotASource)?;
        let id: i64 = id.parse().map_err(|_| NotASource)?;
        match kind {
            "event" => Ok(Some(Source::Event(id))),
            "crop" => Ok(Some(Source::CropTrip(id))),
            "fund" => Ok(Some(Source::FundedInitiative(id))),
            _ => Err(NotASource),
        }
    }

    pub fn value(self) -> String {
        match self {
            Source::Event(id) => format!("event:{id}"),
            Source::CropTrip(id) => format!("crop:{id}"),
            Source::FundedInitiative(id) => format!("fund:{id}"),
        }
    }

    /// The three columns a row keeps it in: event, CROP trip, funded initiative.
    pub fn columns(source: Option<Source>) -> (Option<i64>, Option<i64>, Option<i64>) {
        match source {
            None => (None, None, None),
            Some(Source::Event(id)) => (Some(id), None, None),
            Some(Source::CropTrip(id)) => (None, Some(id), None),
            Some(Source::FundedInitiative(id)) => (None, None, Some(id)),
        }
    }

    pub fn from_columns(
        event: Option<i64>,
        crop: Option<i64>,
        fund: Option<i64>,
    ) -> Option<Source> {
        event
            .map(Source::Event)
            .or(crop.map(Source::CropTrip))
            .or(fund.map(Source::FundedInitiative))
    }
}

/// A source as a person reads it: what kind, its name and its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// `event`, `webinar`, `crop_trip` or `funded_initiative`: the label key's last part.
    pub kind: &'static str,
    pub label: String,
    pub href: String,
}

/// A form's sources of one kind.
pub struct SourceGroup {
    pub label: String,
    pub choices: Vec<Choice>,
}

/// The sources a form offers (`partials/source_select.html`), grouped by kind, the one
/// typed selected.
pub async fn groups(state: &AppState, lang: Lang, typed: &str) -> AppResult<Vec<SourceGroup>> {
    let today = state.clock.now().date_naive();
    let current = Source::parse(typed).ok().flatten();
    let all = super::source_queries::choices(&state.pool, today, current).await?;
    Ok(["event", "webinar", "crop_trip", "funded_initiative"]
        .into_iter()
        .map(|kind| SourceGroup {
            label: lang.t(&kind_key(kind)),
            choices: all
                .iter()
                .filter(|(_, n)| n.kind == kind)
                .map(|(s, n)| Choice::new(s.value(), n.label.clone(), typed.trim()))
                .collect(),
        })
        .filter(|g| !g.choices.is_empty())
        .collect())
}

/// The label key of a source's kind.
pub fn kind_key(kind: &str) -> String {
    format!("source-kind-{}", kind.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_round_trips_through_its_form_value_and_its_columns() {
        for s in [
            Source::Event(12),
            Source::CropTrip(3),
            Source::FundedInitiative(4),
        ] {
            assert_eq!(Source::parse(&s.value()), Ok(Some(s)));
            let (e, c, f) = Source::columns(Some(s));
            assert_eq!(Source::from_columns(e, c, f), Some(s));
        }
        assert_eq!(Source::parse(""), Ok(None));
        assert_eq!(Source::parse("  "), Ok(None));
        assert!(Source::parse("event:x").is_err());
        assert!(Source::parse("als:3").is_err());
        assert!(Source::parse("12").is_err());
    }
}
