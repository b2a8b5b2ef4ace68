//! The list filters, whose state lives in the URL so a filtered view is a link to share.
//! The same filter drives the list, the iCalendar feed and the CSV export.

use serde::Deserialize;
use sqlx::{QueryBuilder, Sqlite};

use super::model::{EventKind, Relevance};
use crate::countries::Countries;
use crate::countries::PlaceFilter;
use crate::error::AppError;

/// The query string as sent; every field optional and unparsed.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct FilterQuery {
    pub year: String,
    pub month: String,
    pub relevance: String,
    pub kind: String,
    pub country: String,
    pub subregion: String,
    pub q: String,
    pub review: String,
    /// The list's page (`web::pager`); the feeds ignore it.
    pub page: String,
}

/// A parsed filter. `year: None` means every year.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ListFilter {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub relevance: Option<Relevance>,
    pub kind: Option<EventKind>,
    pub country: Option<crate::countries::CountryCode>,
    pub subregion: Option<crate::countries::SubRegion>,
    pub q: Option<String>,
    pub needs_review: bool,
    /// Not in the query string: the calendar feed's window when no year is chosen.
    pub since_year: Option<i32>,
}

impl FilterQuery {
    /// Parses the filter; a value that cannot be one (a link edited by hand) is a bad request.
    pub fn parse(&self, countries: &Countries) -> Result<ListFilter, AppError> {
        let bad = || AppError::BadRequest("error-filter-text");
        let year = match self.year.trim() {
            "" | "all" => None,
            y => Some(
                y.parse::<i32>()
                    .ok()
                    .filter(|y| (1990..=2200).contains(y))
                    .ok_or_else(bad)?,
            ),
        };
        let month = match self.month.trim() {
            "" => None,
            m => Some(
                m.parse::<u32>()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(bad)?,
            ),
        };
        let relevance = match self.relevance.trim() {
            "" => None,
            r => Some(Relevance::parse(r).ok_or_else(bad)?),
        };
        let kind = match self.kind.trim() {
            "" => None,
            k => Some(EventKind::parse(k).ok_or_else(bad)?),
        };
        let PlaceFilter { country, subregion } =
            PlaceFilter::parse(countries, &self.country, &self.subregion).map_err(|_| bad())?;
        let q = Some(self.q.trim().to_owned()).filter(|q| !q.is_empty());
        if q.as_ref().is_some_and(|q| q.chars().count() > 200) {
            return Err(bad());
        }
        Ok(ListFilter {
            year,
            month,
            relevance,
            kind,
            country,
            subregion,
            q,
            needs_review: matches!(self.review.as_str(), "1" | "on" | "true"),
            since_year: None,
        })
    }
}

impl ListFilter {
    pub fn push_conditions(&self, query: &mut QueryBuilder<'_, Sqlite>) {
        if let Some(year) = self.year {
            query.push(" AND year = ").push_bind(year);
        }
        if let Some(year) = self.since_year {
            query.push(" AND year >= ").push_bind(year);
        }
        if let Some(month) = self.month {
            query.push(" AND month = ").push_bind(month);
        }
        if let Some(relevance) = self.relevance {
            query
                .push(" AND relevance = ")
                .push_bind(relevance.as_str());
        }
        if let Some(kind) = self.kind {
            query.push(" AND kind = ").push_bind(kind.as_str());
        }
        if let Some(country) = &self.country {
            query.push(" AND country = ").push_bind(country.clone());
        }
        if let Some(subregion) = &self.subregion {
            query
                .push(" AND country IN (SELECT iso2 FROM countries WHERE lacralo_subregion = ")
                .push_bind(*subregion)
                .push(")");
        }
        if let Some(q) = &self.q {
            let pattern = format!("%{}%", escape_like(q));
            query.push(" AND (");
            for (i, column) in ["title", "organiser", "city", "notes"].iter().enumerate() {
                if i > 0 {
                    query.push(" OR ");
                }
                query
                    .push(*column)
                    .push(" LIKE ")
                    .push_bind(pattern.clone())
                    .push(" ESCAPE '\\'");
            }
            query.push(")");
        }
        if self.needs_review {
            query.push(" AND needs_review = 1");
        }
    }

    /// The query string for this filter (without `?`), for links and the feed URLs.
    pub fn to_query(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        match self.year {
            Some(y) => s.append_pair("year", &y.to_string()),
            None => s.append_pair("year", "all"),
        };
        if let Some(m) = self.month {
            s.append_pair("month", &m.to_string());
        }
        if let Some(r) = self.relevance {
            s.append_pair("relevance", r.as_str());
        }
        if let Some(k) = self.kind {
            s.append_pair("kind", k.as_str());
        }
        if let Some(c) = &self.country {
            s.append_pair("country", c.as_str());
        }
        if let Some(r) = &self.subregion {
            s.append_pair("subregion", r.as_str());
        }
        if let Some(q) = &self.q {
            s.append_pair("q", q);
        }
        if self.needs_review {
            s.append_pair("review", "1");
        }
        s.finish()
    }

    /// The filters a calendar subscription keeps: all but the year and month, so the feed
    /// rolls on (from last year) instead of ending with the year it was made in.
    pub fn to_feed_query(&self) -> String {
        let rolling = ListFilter {
            year: None,
            month: None,
            ..self.clone()
        };
        form_urlencoded::parse(rolling.to_query().as_bytes())
            .filter(|(k, _)| k != "year")
            .fold(
                form_urlencoded::Serializer::new(String::new()),
                |mut s, (k, v)| {
                    s.append_pair(&k, &v);
                    s
                },
            )
            .finish()
    }

    pub fn is_narrowed(&self) -> bool {
        self.month.is_some()
            || self.relevance.is_some()
            || self.kind.is_some()
            || self.country.is_some()
            || self.subregion.is_some()
            || self.q.is_some()
            || self.needs_review
    }
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
