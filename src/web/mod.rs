//! What every page shares: the request context (language, CSRF token, flash), the layout
//! data, form helpers, and the middleware that sets them up.

pub mod auth;
pub mod charts;
pub mod conflict;
pub mod context;
pub mod cookie_prefix;
pub mod csrf;
pub mod flash;
pub mod forms;
pub mod i18n;
pub mod import;
pub mod page_cache;
pub mod pager;
pub mod security;
pub mod session_cache;
pub mod signing;
pub mod static_files;

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use fluent_templates::fluent_bundle::FluentValue;

pub use i18n::Lang;

/// Everything the base layout needs, extracted in every handler that renders a page.
#[derive(Clone, Debug)]
pub struct PageCtx {
    pub lang: Lang,
    pub csrf: String,
    /// Path and query of the current request, for the language switcher.
    pub path_and_query: String,
    /// The flash message to show on this page, already translated.
    pub flash: Option<String>,
    /// Who is logged in, if anyone.
    pub user: Option<auth::CurrentUser>,
}

impl PageCtx {
    /// The zone the viewer reads dates in (UTC for someone not logged in, or with no zone).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.user
            .as_ref()
            .and_then(|u| u.zone)
            .unwrap_or(chrono_tz::Tz::UTC)
    }

    /// The viewer's today at `now`: the day a form offers and the last day it accepts as
    /// past, in the viewer's zone (a leader in Bogotá at 22:00 is not yet on tomorrow).
    pub fn today(&self, now: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
        now.with_timezone(&self.zone()).date_naive()
    }

    pub fn new(lang: Lang, csrf: String, path_and_query: String, flash_key: Option<&str>) -> Self {
        let flash = flash_key.and_then(|v| flash::message(v, lang));
        Self {
            lang,
            csrf,
            path_and_query,
            flash,
            user: None,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A message with one numeric argument, e.g. for plurals: `ctx.tn("events-count", "count", n)`.
    /// Takes the count by value or by reference, as templates pass either.
    pub fn tn(&self, key: &str, name: &'static str, n: impl std::borrow::Borrow<i64>) -> String {
        self.lang
            .t_args(key, &[(name, FluentValue::from(*n.borrow()))])
    }

    /// A message with one text argument.
    /// The label of a form field (`field-<name>`, `_` as `-`), for the error summary to
    /// name the field each problem is in; `None` for a field without one.
    pub fn field_label(&self, field: &str) -> Option<String> {
        let key = format!("field-{}", field.replace('_', "-"));
        self.lang.has_own(&key).then(|| self.lang.t(&key))
    }

    pub fn ts(&self, key: &str, name: &'static str, value: &str) -> String {
        self.lang
            .t_args(key, &[(name, FluentValue::from(value.to_owned()))])
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// Links that show the current page in each language.
    pub fn language_links(&self) -> Vec<LanguageLink> {
        let (path, query) = self
            .path_and_query
            .split_once('?')
            .unwrap_or((&self.path_and_query, ""));
        Lang::all()
            .iter()
            .map(|&lang| {
                let mut serializer = form_urlencoded::Serializer::new(String::new());
                for (k, v) in form_urlencoded::parse(query.as_bytes()) {
                    if k != "lang" {
                        serializer.append_pair(&k, &v);
                    }
                }
                serializer.append_pair("lang", lang.code());
                LanguageLink {
                    code: lang.code(),
                    name: lang.native_name(),
                    href: format!("{path}?{}", serializer.finish()),
                    current: lang == self.lang,
                }
            })
            .collect()
    }

    /// Whether the navigation entry for `prefix` is the current section.
    pub fn is_section(&self, prefix: &str) -> bool {
        let path = self.path_and_query.split('?').next().unwrap_or("");
        if prefix == "/" {
            path == "/"
        } else {
            path == prefix || path.starts_with(&format!("{prefix}/"))
        }
    }

    /// The list and the pages of single events; the calendar, the new-event form and the
    /// import have navigation entries of their own.
    pub fn is_events_list(&self) -> bool {
        let path = self.path_and_query.split('?').next().unwrap_or("");
        path == "/events"
            || path
                .strip_prefix("/events/")
                .and_then(|rest| rest.split('/').next())
                .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    }

    /// The role of whoever is looking, for showing only what they may use.
    pub fn role(&self) -> auth::Role {
        self.user.as_ref().map_or(auth::Role::Anonymous, |u| u.role)
    }

    pub fn can_edit_events(&self) -> bool {
        self.role() >= auth::Role::GseStaff
    }

    pub fn is_leadership(&self) -> bool {
        self.role() >= auth::Role::Leadership
    }

    /// Leadership who have not enrolled their second factor yet: every page but the
    /// enrolment sends them back to it (`accounts::session`), so the navigation offers
    /// only that and logging out.
    pub fn needs_second_factor(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role == auth::Role::Leadership && !u.totp_enabled)
    }

    pub fn asset_version(&self) -> &'static str {
        security::asset_version()
    }
}

/// The two addresses of a calendar feed: `https://` (to copy) and `webcal://` (which calendar
/// apps open as a subscription). `partials/subscribe.html` shows them with instructions.
#[derive(Clone, Debug)]
pub struct FeedLinks {
    pub https: String,
    pub webcal: String,
}

impl FeedLinks {
    /// `path` is the feed's path and query, e.g. `/events.ics?kind=webinar`.
    pub fn new(base_url: &str, path: &str) -> Self {
        let https = format!("{}{path}", base_url.trim_end_matches('/'));
        let rest = https
            .strip_prefix("https://")
            .or_else(|| https.strip_prefix("http://"))
            .unwrap_or(&https);
        Self {
            webcal: format!("webcal://{rest}"),
            https,
        }
    }
}

pub struct LanguageLink {
    pub code: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<PageCtx>()
            .cloned()
            .unwrap_or_else(|| {
                // Only reachable if a route is mounted outside the context middleware.
                PageCtx::new(Lang::default(), String::new(), parts.uri.to_string(), None)
            }))
    }
}
