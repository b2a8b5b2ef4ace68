//! Who is asking: roles, the current user, and the session's rules. Whether they may is
//! `routing`'s business (every route declares its least role there).

use serde::{Deserialize, Serialize};

/// The session cookie's name (with `__Host-` before it over https, `web::cookie_prefix`).
pub const SESSION_COOKIE: &str = "lacralo_session";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Anonymous,
    Member,
    GseStaff,
    Leadership,
}

impl Role {
    /// The roles an account can have (anonymous is the absence of one).
    pub const ACCOUNT_ROLES: &'static [Role] = &[Role::Member, Role::GseStaff, Role::Leadership];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Anonymous => "anonymous",
            Role::Member => "member",
            Role::GseStaff => "gse_staff",
            Role::Leadership => "leadership",
        }
    }

    pub fn parse_account_role(s: &str) -> Option<Role> {
        match s {
            "member" => Some(Role::Member),
            "gse_staff" => Some(Role::GseStaff),
            "leadership" => Some(Role::Leadership),
            _ => None,
        }
    }

    pub fn label_key(self) -> String {
        format!("role-{}", self.as_str().replace('_', "-"))
    }
}

/// The logged-in person, loaded from the database on every request (so a disabled account
/// or a changed role takes effect at once).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub totp_enabled: bool,
    /// The zone dates are shown to them in: their account's, else their member's
    /// country's; none for neither (pages then show UTC).
    pub zone: Option<chrono_tz::Tz>,
}

/// What the session holds about its login.
pub const SESSION_USER: &str = "user_id";
pub const SESSION_AUTH_AT: &str = "auth_at";
/// The account's session epoch when this session logged in.
pub const SESSION_EPOCH: &str = "epoch";
/// When the session's lifetime was last renewed (see `renewal_due`).
pub const SESSION_RENEWED_AT: &str = "renewed_at";
/// A login that passed the password and waits for its second factor.
pub const SESSION_PENDING_2FA: &str = "pending_2fa";

/// Idle and absolute lifetimes of a login (OWASP ASVS level 2).
pub const IDLE_TIMEOUT_MINUTES: i64 = 30;
pub const ABSOLUTE_TIMEOUT_HOURS: i64 = 12;
/// How often a login in use has its idle lifetime renewed.
pub const RENEW_EVERY_MINUTES: i64 = 5;
