//! Drives the real Router on a fresh temporary database, as a browser would: it keeps
//! cookies, and sends every form with the CSRF token the site gave it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use lacralo_outreach::clock::TestClock;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use lacralo_outreach::accounts::{email::EmailAddress, password, queries, totp};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::config::Settings;
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::{AppState, app, bootstrap};
use tempfile::TempDir;
use tower::ServiceExt;

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    /// The database's URL, for a second server on the same file.
    pub database_url: String,
    /// The clock the scheduler reads, when the test set one.
    pub clock: Option<Arc<TestClock>>,
    cookies: Mutex<HashMap<String, String>>,
    extra_headers: Mutex<Vec<(String, String)>>,
    /// The client address the server sees (`use_address`); none by default.
    client: Mutex<Option<std::net::SocketAddr>>,
    _dir: TempDir,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_base_url("http://127.0.0.1:3000").await
    }

    /// An application as served at `base_url` (https turns on Secure cookies and HSTS).
    pub async fn with_base_url(base_url: &str) -> Self {
        Self::build(base_url, None).await
    }

    /// An application whose scheduler reads a clock the test sets, starting at `now`.
    pub async fn with_clock(now: DateTime<Utc>) -> Self {
        Self::build("http://127.0.0.1:3000", Some(Arc::new(TestClock::at(now)))).await
    }

    async fn build(base_url: &str, clock: Option<Arc<TestClock>>) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/test.db", dir.path().display());
        let mut settings = Settings::for_database(&url);
        settings.base_url = base_url.to_owned();
        let state = match &clock {
            Some(c) => bootstrap::open_with_clock(settings, c.clone()).await,
            None => bootstrap::open(settings).await,
        }
        .expect("the app starts on a fresh database");
        Self {
            router: app(state.clone()),
            state,
            database_url: url,
            clock,
            cookies: Mutex::new(HashMap::new()),
            extra_headers: Mutex::new(Vec::new()),
            client: Mutex::new(None),
            _dir: dir,
        }
    }

    /// Another browser on the same application and database (its own cookies).
    pub fn sharing(other: &TestApp) -> Self {
        Self {
            router: other.router.clone(),
            state: other.state.clone(),
            database_url: other.database_url.clone(),
            clock: other.clock.clone(),
            cookies: Mutex::new(HashMap::new()),
            extra_headers: Mutex::new(Vec::new()),
            client: Mutex::new(None),
            _dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A member of the registry without an account: in a new ALS of `als_status` in
    /// `country` (or an individual member when `als_status` is `None`), with an address
    /// and a language when given. Returns the member's id.
    pub async fn registry_member(
        &self,
        country: &str,
        name: &str,
        email: Option<&str>,
        language: Option<&str>,
        als_status: Option<&str>,
    ) -> i64 {
        let now = "2020-01-01T00:00:00Z";
        let als: Option<i64> = match als_status {
            Some(status) => Some(
                sqlx::query_scalar(
                    "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
                     VALUES (?, lower(?), ?, ?, ?, ?) RETURNING id",
                )
                .bind(format!("ALS of {name}"))
                .bind(format!("ALS of {name}"))
                .bind(country)
                .bind(status)
                .bind(now)
                .bind(now)
                .fetch_one(self.pool())
                .await
                .unwrap(),
            ),
            None => None,
        };
        let canonical = email.map(|e| {
            EmailAddress::parse(e)
                .expect("a valid test address")
                .canonical()
                .to_owned()
        });
        sqlx::query_scalar(
            "INSERT INTO members (name, email, email_canonical, country, als_id, language,
                created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(name)
        .bind(email)
        .bind(canonical)
        .bind(country)
        .bind(als)
        .bind(language)
        .bind(now)
        .bind(now)
        .fetch_one(self.pool())
        .await
        .unwrap()
    }

    /// An active ALS in `country` with one member who has an account (`<name>@example.org`,
    /// lower-cased); returns another browser logged in as that member, and the member's id.
    pub async fn member_account(
        &self,
        country: &str,
        name: &str,
        als_status: &str,
    ) -> (TestApp, i64) {
        let email = format!("{}@example.org", name.to_lowercase());
        let member = self
            .registry_member(country, name, Some(&email), None, Some(als_status))
            .await;
        let client = TestApp::sharing(self);
        let user = client
            .create_user(&email, Role::Member, TestApp::PASSWORD)
            .await;
        sqlx::query("UPDATE users SET member_id = ? WHERE id = ?")
            .bind(member)
            .bind(user)
            .execute(self.pool())
            .await
            .unwrap();
        let response = client.login(&email, TestApp::PASSWORD).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
        (client, member)
    }

    /// The test's clock (the application must have been made `with_clock`).
    pub fn clock(&self) -> &TestClock {
        self.clock
            .as_deref()
            .expect("an application made with_clock")
    }

    /// Another server process on the same database file, with the same clock: a restart,
    /// or a second server beside the first.
    pub async fn another_server(&self) -> AppState {
        let clock: Arc<dyn lacralo_outreach::clock::Clock> = match &self.clock {
            Some(c) => c.clone(),
            None => Arc::new(lacralo_outreach::clock::SystemClock),
        };
        bootstrap::open_with_clock(Settings::for_database(&self.database_url), clock)
            .await
            .expect("a second server on the same database")
    }

    /// A fresh application with a GSE staff member logged in: who keeps the calendar.
    pub async fn staff() -> Self {
        let app = Self::new().await;
        app.login_as(Role::GseStaff).await;
        app
    }

    /// Creates an account directly in the database and returns its id. Leadership gets a
    /// second factor already enrolled (its secret is returned by `totp_secret`).
    pub async fn create_user(&self, email: &str, role: Role, password_text: &str) -> i64 {
        let email = EmailAddress::parse(email).expect("a valid test address");
        let hash = password::hash(password_text).unwrap();
        let mut tx = self.pool().begin().await.unwrap();
        let id = queries::create_user(
            &mut tx,
            &Actor::system("test"),
            &queries::NewUser {
                email: &email,
                display_name: &format!("{} tester", role.as_str()),
                password_hash: &hash,
                role,
                locale: "en",
            },
        )
        .await
        .unwrap()
        .expect("a new address");
        tx.commit().await.unwrap();
        if role == Role::Leadership {
            sqlx::query("UPDATE users SET totp_secret = ? WHERE id = ?")
                .bind(totp::new_secret())
                .bind(id)
                .execute(self.pool())
                .await
                .unwrap();
        }
        id
    }

    pub async fn totp_secret(&self, id: i64) -> Option<String> {
        sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = ?")
            .bind(id)
            .fetch_one(self.pool())
            .await
            .unwrap()
    }

    /// Logs in through the real forms (and the second step when the account has one).
    pub async fn login(&self, email: &str, password_text: &str) -> TestResponse {
        let response = self
            .post_form(
                "/login",
                &[("email", email), ("password", password_text), ("next", "/")],
            )
            .await;
        if response.location() != "/login/2fa" {
            return response;
        }
        let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
            .bind(email)
            .fetch_one(self.pool())
            .await
            .unwrap();
        let secret = self
            .totp_secret(id)
            .await
            .expect("an enrolled second factor");
        let now = chrono::Utc::now().timestamp() as u64;
        let code = totp::code_at(&secret, now).unwrap();
        self.post_form("/login/2fa", &[("code", &code)]).await
    }

    pub const PASSWORD: &'static str = "marimba volcano lantern 1987";

    /// Creates `<role>@example.org` and logs in as them; returns the user id.
    pub async fn login_as(&self, role: Role) -> i64 {
        let email = format!("{}@example.org", role.as_str());
        let id = self.create_user(&email, role, Self::PASSWORD).await;
        let response = self.login(&email, Self::PASSWORD).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "login as {role:?}: {}",
            response.text()
        );
        assert!(
            self.cookie("lacralo_session").is_some(),
            "a session cookie after login"
        );
        id
    }

    /// Records fiscal year `fy`'s outreach plan as approved yesterday, as leadership would
    /// on `/crop/plans/{fy}`: ICANN approves no trip of a year without it. (The page
    /// itself is tested in `crop.rs`.)
    pub async fn record_year_plan(&self, fy: lacralo_outreach::crop::rules::FiscalYear) {
        let plan = lacralo_outreach::crop::model::NewYearPlan {
            leadership_approver: "LACRALO Chair".to_owned(),
            gse_approver: "LAC GSE".to_owned(),
            approved_on: chrono::Utc::now().date_naive() - chrono::Duration::days(1),
            link: "https://community.icann.org/lacralo-outreach-plan".to_owned(),
        };
        let written = lacralo_outreach::crop::queries::record_year_plan(
            self.pool(),
            &lacralo_outreach::audit::Actor::system("test"),
            fy,
            0,
            &plan,
        )
        .await
        .expect("record the year's plan");
        assert!(written.is_done(), "{written:?}");
    }

    pub fn pool(&self) -> &sqlx::SqlitePool {
        &self.state.pool
    }

    /// Sends this header with every later request (e.g. Accept-Language).
    pub fn always_send(&self, name: &str, value: &str) {
        self.extra_headers
            .lock()
            .unwrap()
            .push((name.to_owned(), value.to_owned()));
    }

    /// Later requests come from this address (as the socket would report it).
    pub fn use_address(&self, ip: &str) {
        *self.client.lock().unwrap() = Some(format!("{ip}:40000").parse().unwrap());
    }

    /// Replaces (or plants) a cookie in this browser's jar.
    pub fn set_cookie(&self, name: &str, value: &str) {
        self.cookies
            .lock()
            .unwrap()
            .insert(name.to_owned(), value.to_owned());
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().unwrap().get(name).cloned()
    }

    pub fn forget_cookie(&self, name: &str) {
        self.cookies.lock().unwrap().remove(name);
    }

    pub fn forget_cookies(&self) {
        self.cookies.lock().unwrap().clear();
    }

    pub async fn send(&self, mut request: Request<Body>) -> TestResponse {
        let cookie_header = self
            .cookies
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        if !cookie_header.is_empty() && !request.headers().contains_key(header::COOKIE) {
            request
                .headers_mut()
                .insert(header::COOKIE, cookie_header.parse().unwrap());
        }
        if let Some(addr) = *self.client.lock().unwrap() {
            request
                .extensions_mut()
                .insert(axum::extract::ConnectInfo(addr));
        }
        for (name, value) in self.extra_headers.lock().unwrap().iter() {
            request.headers_mut().insert(
                axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        for set in headers.get_all(header::SET_COOKIE) {
            let set = set.to_str().unwrap();
            let pair = set.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            let removed = set.to_ascii_lowercase().contains("max-age=0");
            let mut jar = self.cookies.lock().unwrap();
            if removed || value.is_empty() {
                jar.remove(name);
            } else {
                jar.insert(name.to_owned(), value.to_owned());
            }
        }
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec();
        TestResponse {
            status,
            headers,
            bytes,
        }
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    /// The CSRF token, fetching a page first if the site has not given one yet.
    pub async fn csrf(&self) -> String {
        if self.cookie("lacralo_csrf").is_none() {
            // A page or a redirect (leadership without a second factor go to enrol it).
            let page = self.get("/login").await;
            assert!(page.status.is_success() || page.status.is_redirection());
        }
        self.cookie("lacralo_csrf")
            .expect("the site sets a CSRF cookie")
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf().await;
        let mut body = form_urlencoded::Serializer::new(String::new());
        body.append_pair("_csrf", &token);
        for (k, v) in fields {
            body.append_pair(k, v);
        }
        self.post_raw(
            path,
            "application/x-www-form-urlencoded",
            body.finish().into_bytes(),
        )
        .await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> TestResponse {
        self.send(
            Request::post(path)
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// A multipart upload with text fields and one file field named `file`.
    pub async fn post_upload(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        filename: &str,
        file: &[u8],
    ) -> TestResponse {
        self.post_file(path, fields, ("file", filename), file).await
    }

    /// A multipart upload with text fields and one file in the field `field` (its declared
    /// type is text/csv whatever it holds: the server must read the content).
    pub async fn post_file(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        (field, filename): (&str, &str),
        file: &[u8],
    ) -> TestResponse {
        let token = self.csrf().await;
        let boundary = "----lacralo-test-boundary";
        let mut body: Vec<u8> = Vec::new();
        let text_part = |name: &str, value: &str, body: &mut Vec<u8>| {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        };
        text_part("_csrf", &token, &mut body);
        for (k, v) in fields {
            text_part(k, v, &mut body);
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\nContent-Type: text/csv\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.post_raw(
            path,
            &format!("multipart/form-data; boundary={boundary}"),
            body,
        )
        .await
    }

    /// Creates an event through the form and returns its id.
    pub async fn create_event(&self, fields: &[(&str, &str)]) -> i64 {
        let mut all: Vec<(&str, &str)> = vec![
            ("kind", "conference"),
            ("relevance", "unclassified"),
            ("status", "planned"),
            ("date_precision", "day"),
        ];
        for (k, v) in fields {
            all.retain(|(key, _)| key != k);
            all.push((k, v));
        }
        let response = self.post_form("/events", &all).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "event not created: {}",
            response.text()
        );
        response
            .location()
            .trim_start_matches("/events/")
            .parse()
            .expect("redirect to the new event")
    }

    pub async fn event_version(&self, id: i64) -> i64 {
        sqlx::query_scalar("SELECT version FROM events WHERE id = ?")
            .bind(id)
            .fetch_one(self.pool())
            .await
            .unwrap()
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(self.pool())
            .await
            .unwrap()
    }

    pub async fn event_id_by_title(&self, title: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM events WHERE title = ? ORDER BY id LIMIT 1")
            .bind(title)
            .fetch_one(self.pool())
            .await
            .unwrap_or_else(|_| panic!("no event titled {title}"))
    }
}

/// A message in the outbox, as the notification tests read it.
#[derive(Debug, sqlx::FromRow)]
pub struct Queued {
    pub recipient: String,
    pub language: String,
    pub link: String,
    pub dedup_key: String,
    pub subject: String,
    pub body: String,
    pub unsubscribe_url: Option<String>,
}

impl TestApp {
    /// The outbox's messages of one kind, oldest first.
    pub async fn outbox(&self, kind: &str) -> Vec<Queued> {
        sqlx::query_as(
            "SELECT recipient, language, link, dedup_key, subject, body, unsubscribe_url
             FROM outbox WHERE kind = ? ORDER BY id",
        )
        .bind(kind)
        .fetch_all(self.pool())
        .await
        .unwrap()
    }
}

/// The text of the first element with this class (a rough reader: enough for our pages).
pub fn texts_with_class(html: &str, class: &str) -> Vec<String> {
    let needle = format!("class=\"{class}");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let start = html[i..].find('>')? + i + 1;
            let end = html[start..].find('<')? + start;
            Some(html[start..end].trim().to_owned())
        })
        .collect()
}
