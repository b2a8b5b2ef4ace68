//! Long lists come in pages: which page, how many there are, and the links between them.
//! The page number travels in the query string (`page=`), beside the list's filters, so a
//! page can be bookmarked and shared like any filtered list.

use fluent_templates::fluent_bundle::FluentValue;

use super::Lang;
use crate::error::AppError;

/// Rows per page of the long lists.
pub const PAGE_SIZE: i64 = 100;

pub struct Pager {
    /// 1-based, within `1..=pages`.
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    size: i64,
    /// The list's URL with its filters and without `page`, e.g. `/events?year=2023`.
    base: String,
    /// "Page 2 of 9", in the viewer's language.
    pub label: String,
}

impl Pager {
    /// The page asked for: blank is the first; anything but a positive number is a bad
    /// request (a link edited by hand), as for the lists' other filters.
    pub fn parse(page: &str) -> Result<i64, AppError> {
        match page.trim() {
            "" => Ok(1),
            p => p
                .parse::<i64>()
                .ok()
                .filter(|&n| n >= 1)
                .ok_or(AppError::BadRequest("error-filter-text")),
        }
    }

    /// `path` is the list's path; `query` its filters as a query string (may be empty).
    /// A page past the last shows the last one.
    pub fn new(lang: Lang, page: i64, total: i64, path: &str, query: &str) -> Self {
        let size = PAGE_SIZE;
        let pages = ((total + size - 1) / size).max(1);
        let page = page.clamp(1, pages);
        let base = if query.is_empty() {
            format!("{path}?")
        } else {
            format!("{path}?{query}&")
        };
        let label = lang.t_args(
            "page-of",
            &[
                ("page", FluentValue::from(page)),
                ("pages", FluentValue::from(pages)),
            ],
        );
        Self {
            page,
            pages,
            total,
            size,
            base,
            label,
        }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.size
    }

    pub fn limit(&self) -> i64 {
        self.size
    }

    /// `(limit, offset)` of this page, for `db::push_window`.
    pub fn window(&self) -> (i64, i64) {
        (self.limit(), self.offset())
    }

    /// This page's items out of all of them, for lists paged after they are read.
    pub fn page_of<T>(&self, items: impl IntoIterator<Item = T>) -> impl Iterator<Item = T> {
        items
            .into_iter()
            .skip(self.offset() as usize)
            .take(self.limit() as usize)
    }

    pub fn previous(&self) -> Option<String> {
        (self.page > 1).then(|| self.href(self.page - 1))
    }

    pub fn next(&self) -> Option<String> {
        (self.page < self.pages).then(|| self.href(self.page + 1))
    }

    fn href(&self, page: i64) -> String {
        format!("{}page={page}", self.base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_counted_clamped_and_linked() {
        let lang = Lang::default();
        for (total, asked, page, pages, offset) in [
            (0, 1, 1, 1, 0),
            (1, 1, 1, 1, 0),
            (100, 1, 1, 1, 0),
            (101, 2, 2, 2, 100),
            (250, 9, 3, 3, 200),
        ] {
            let p = Pager::new(lang, asked, total, "/events", "year=2023");
            assert_eq!(
                (p.page, p.pages, p.offset()),
                (page, pages, offset),
                "{total} {asked}"
            );
        }
        let p = Pager::new(lang, 2, 250, "/events", "year=2023");
        assert_eq!(p.previous().as_deref(), Some("/events?year=2023&page=1"));
        assert_eq!(p.next().as_deref(), Some("/events?year=2023&page=3"));
        let first = Pager::new(lang, 1, 250, "/audit", "");
        assert_eq!(first.previous(), None);
        assert_eq!(first.next().as_deref(), Some("/audit?page=2"));
        assert!(Pager::parse("0").is_err() && Pager::parse("x").is_err());
        assert_eq!(Pager::parse(" ").ok(), Some(1));
    }
}
