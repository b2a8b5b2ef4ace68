//! Who a message goes to: their address, the language they read, the zone they live in.
//!
//! The language is the account's, otherwise the one recorded for the registry member,
//! otherwise the one the sender chose, otherwise English. The zone is the account's own,
//! otherwise the capital's of the member's country, otherwise UTC.

use chrono_tz::Tz;
use sqlx::SqliteConnection;

use crate::countries::zones::zone_of;
use crate::web::Lang;

#[derive(Debug, Clone)]
pub struct Recipient {
    /// As entered (what the message is addressed to).
    pub email: String,
    /// What opt-outs and deduplication keys compare on.
    pub canonical: String,
    pub name: String,
    pub lang: Lang,
    pub zone: Tz,
    pub user_id: Option<i64>,
    pub member_id: Option<i64>,
}

/// A person as the recipient queries read them: an account, a registry member, or both.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecipientRow {
    pub user_id: Option<i64>,
    pub member_id: Option<i64>,
    pub email: String,
    pub canonical: String,
    pub name: String,
    pub account_locale: Option<String>,
    pub member_language: Option<String>,
    pub account_zone: Option<String>,
    pub country: Option<String>,
}

impl RecipientRow {
    pub fn into_recipient(self, sender: Option<Lang>) -> Recipient {
        let lang = choose_language(
            self.account_locale.as_deref(),
            self.member_language.as_deref(),
            sender,
        );
        let zone = choose_zone(self.account_zone.as_deref(), self.country.as_deref());
        Recipient {
            email: self.email,
            canonical: self.canonical,
            name: self.name,
            lang,
            zone,
            user_id: self.user_id,
            member_id: self.member_id,
        }
    }
}

/// The language a message is written in (the order the notification issue set).
pub fn choose_language(account: Option<&str>, member: Option<&str>, sender: Option<Lang>) -> Lang {
    account
        .and_then(Lang::from_code)
        .or_else(|| member.and_then(Lang::from_code))
        .or(sender)
        .unwrap_or_default()
}

pub fn choose_zone(account: Option<&str>, country: Option<&str>) -> Tz {
    account
        .and_then(|z| z.parse::<Tz>().ok())
        .or_else(|| country.and_then(zone_of))
        .unwrap_or(Tz::UTC)
}

/// The columns of `RecipientRow` for an account `u` and its member `m` (either may be
/// missing: `LEFT JOIN` them).
pub const RECIPIENT_COLUMNS: &str = "u.id AS user_id, m.id AS member_id,
    coalesce(u.email, m.email) AS email,
    coalesce(u.email_canonical, m.email_canonical) AS canonical,
    coalesce(m.name, u.display_name) AS name,
    u.locale AS account_locale, m.language AS member_language,
    u.time_zone AS account_zone, m.country";

/// The account `u` that speaks for member `m`: the oldest enabled account linked to it.
pub const ACCOUNT_OF_MEMBER: &str = "u.id = (SELECT min(x.id) FROM users x
    WHERE x.member_id = m.id AND x.disabled = 0)";

/// An enabled account, with its member's language and country when it is linked to one.
pub async fn for_user(
    conn: &mut SqliteConnection,
    user_id: i64,
) -> sqlx::Result<Option<Recipient>> {
    let row: Option<RecipientRow> = sqlx::query_as(&format!(
        "SELECT {RECIPIENT_COLUMNS} FROM users u LEFT JOIN members m ON m.id = u.member_id
         WHERE u.id = ? AND u.disabled = 0"
    ))
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| r.into_recipient(None)))
}

/// A registry member: through their account when they have one (its address and language
/// come first), else the member's own address; `None` when there is no address at all.
pub async fn for_member(
    conn: &mut SqliteConnection,
    member_id: i64,
    sender: Option<Lang>,
) -> sqlx::Result<Option<Recipient>> {
    let row: Option<RecipientRow> = sqlx::query_as(&format!(
        "SELECT {RECIPIENT_COLUMNS} FROM members m LEFT JOIN users u ON {ACCOUNT_OF_MEMBER}
         WHERE m.id = ? AND coalesce(u.email, m.email) IS NOT NULL"
    ))
    .bind(member_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| r.into_recipient(sender)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_follows_account_then_member_then_sender_then_english() {
        let es = Lang::from_code("es");
        // (account's language, member's, sender's, expected)
        type Case<'a> = (Option<&'a str>, Option<&'a str>, Option<Lang>, &'a str);
        let cases: &[Case] = &[
            (Some("pt"), Some("es"), es, "pt"),
            (None, Some("fr"), es, "fr"),
            (None, None, es, "es"),
            (None, None, None, "en"),
            // A language we do not speak is passed over, not guessed.
            (Some("de"), Some("es"), None, "es"),
            (None, Some("xx"), Lang::from_code("fr"), "fr"),
        ];
        for &(account, member, sender, expected) in cases {
            assert_eq!(
                choose_language(account, member, sender).code(),
                expected,
                "{account:?} {member:?} {sender:?}"
            );
        }
    }

    #[test]
    fn the_zone_follows_account_then_country_then_utc() {
        assert_eq!(
            choose_zone(Some("America/Lima"), Some("BR")),
            chrono_tz::America::Lima
        );
        assert_eq!(choose_zone(None, Some("BR")), chrono_tz::America::Sao_Paulo);
        assert_eq!(choose_zone(Some("Not/AZone"), None), Tz::UTC);
        assert_eq!(choose_zone(None, None), Tz::UTC);
    }
}
