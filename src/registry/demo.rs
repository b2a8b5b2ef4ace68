//! `--demo`: clearly fictional ALSs, members and engagements across the sub-regions, so a
//! newcomer can try every registry page. Everything it adds says "Demo" in its name and
//! uses example addresses; the real default never contains invented people.

use chrono::{Duration, Utc};
use sqlx::SqlitePool;

use super::model::{AlsStatus, EngagementKind, NewAls};
use super::queries::{self, Written};
use crate::audit::Actor;

/// (name, acronym, country, status, days since its last engagement, or none)
const ALSS: &[(&str, &str, &str, AlsStatus, Option<i64>)] = &[
    (
        "Demo Usuarios de Internet de Costa Rica",
        "DEMO-CR",
        "CR",
        AlsStatus::Active,
        Some(20),
    ),
    (
        "Demo Asociación Mexicana de Usuarios",
        "DEMO-MX",
        "MX",
        AlsStatus::Active,
        Some(75),
    ),
    (
        "Demo Red Panameña de Internet",
        "DEMO-PA",
        "PA",
        AlsStatus::Active,
        Some(260),
    ),
    (
        "Demo Colectivo Digital Andino",
        "DEMO-BO",
        "BO",
        AlsStatus::Active,
        Some(400),
    ),
    (
        "Demo Internet Society Perú",
        "DEMO-PE",
        "PE",
        AlsStatus::LessActive,
        Some(200),
    ),
    (
        "Demo Usuarios Colombianos",
        "DEMO-CO",
        "CO",
        AlsStatus::Active,
        None,
    ),
    (
        "Demo Caribbean Internet Users",
        "DEMO-JM",
        "JM",
        AlsStatus::Active,
        Some(30),
    ),
    (
        "Demo Trinidad Digital Society",
        "DEMO-TT",
        "TT",
        AlsStatus::Standby,
        Some(700),
    ),
    (
        "Demo Haiti Numérique",
        "DEMO-HT",
        "HT",
        AlsStatus::Active,
        Some(15),
    ),
    (
        "Demo Associação de Usuários do Brasil",
        "DEMO-BR",
        "BR",
        AlsStatus::Active,
        Some(10),
    ),
    (
        "Demo Usuarios de Internet del Uruguay",
        "DEMO-UY",
        "UY",
        AlsStatus::Decertified,
        None,
    ),
    (
        "Demo Asociación Argentina de Usuarios",
        "DEMO-AR",
        "AR",
        AlsStatus::Active,
        Some(190),
    ),
];

/// Adds the demo data once per database.
pub async fn load(pool: &SqlitePool, site: crate::outbox::Site<'_>) -> anyhow::Result<bool> {
    if crate::db::meta_get(pool, "demo_loaded").await?.is_some() {
        return Ok(false);
    }
    let actor = Actor::system("demo");
    let today = Utc::now().date_naive();
    for (i, &(name, acronym, country, status, last)) in ALSS.iter().enumerate() {
        let als = NewAls {
            name: name.to_owned(),
            acronym: acronym.to_owned(),
            country: country.to_owned(),
            website: String::new(),
            accredited_on: Some(today - Duration::days(900 + 30 * i as i64)),
            notes: "Fictional ALS added by --demo.".to_owned(),
        };
        let Written::Done(id) = queries::create(pool, &actor, &als).await? else {
            continue;
        };
        if let Some(days) = last {
            queries::add_engagement(
                pool,
                &actor,
                &queries::NewEngagement {
                    als_id: Some(id),
                    member_id: None,
                    event_id: None,
                    kind: EngagementKind::ALL[i % EngagementKind::ALL.len()],
                    happened_on: today - Duration::days(days),
                    description: "Demo engagement",
                },
            )
            .await?;
        }
        if status != AlsStatus::Active {
            queries::change_status(pool, site, &actor, &[id], status, "Demo status").await?;
        }
        for n in 1..=(i % 3 + 1) {
            let now = crate::db::now_text();
            sqlx::query(
                "INSERT INTO members (name, email, email_canonical, country, als_id, active, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            )
            .bind(format!("Demo Member {acronym}-{n}"))
            .bind(format!("demo.{}.{n}@example.org", acronym.to_lowercase()))
            .bind(format!("demo.{}.{n}@example.org", acronym.to_lowercase()))
            .bind(country)
            .bind(id)
            .bind(&now)
            .bind(&now)
            .execute(pool)
            .await?;
        }
    }
    let now = crate::db::now_text();
    sqlx::query(
        "INSERT INTO members (name, email, email_canonical, country, als_id, active, created_at, updated_at)
         VALUES ('Demo Individual Member', 'demo.individual@example.org', 'demo.individual@example.org', 'GD', NULL, 1, ?, ?)",
    )
    .bind(&now)
    .bind(&now)
    .execute(pool)
    .await?;
    applications(pool, &actor, today).await?;
    // A poll the first half of the ALSs voted in: the voting criterion has something to count.
    let voters: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM als WHERE status != 'decertified' ORDER BY id LIMIT 6")
            .fetch_all(pool)
            .await?;
    queries::save_poll(
        pool,
        &actor,
        None,
        "Demo: election of the LACRALO Chair",
        today - Duration::days(45),
        &voters,
    )
    .await?;
    crate::db::meta_set(pool, "demo_loaded", &now).await?;
    Ok(true)
}

/// Applications on their way to accreditation (one waiting for staff's due diligence, one
/// for the RALO's advice), and one that followed an outreach event in Guatemala.
async fn applications(
    pool: &SqlitePool,
    actor: &Actor,
    today: chrono::NaiveDate,
) -> anyhow::Result<()> {
    use super::applications::model::{NewApplication, NewStep};
    use super::applications::queries as apps;
    use super::applications::rules::Outcome;
    // Outreach in Guatemala (one of the plan's places with no ALS) and what followed it: an
    // application and a new individual member who heard of LACRALO there (`/results`).
    let held = today - Duration::days(100);
    let now = crate::db::now_text();
    let forum: i64 = sqlx::query_scalar(
        "INSERT INTO events (uid, title, kind, relevance, status, country, city, date_precision,
            year, month, start_date, end_date, notes, created_at, updated_at)
         VALUES ('demo-outreach-gt@lacralo.demo', 'Demo: Semana de Internet de Guatemala',
            'conference', 'lacralo_involved', 'held', 'GT', 'Ciudad de Guatemala', 'day', ?, ?,
            ?, ?, 'Fictional event added by --demo.', ?, ?)
         ON CONFLICT (uid) DO UPDATE SET uid = excluded.uid RETURNING id",
    )
    .bind(i64::from(chrono::Datelike::year(&held)))
    .bind(i64::from(chrono::Datelike::month(&held)))
    .bind(held.to_string())
    .bind(held.to_string())
    .bind(&now)
    .bind(&now)
    .fetch_one(pool)
    .await?;
    sqlx::query(
        "INSERT INTO members (name, email, email_canonical, country, als_id, active, joined_on,
            source_event_id, created_at, updated_at)
         VALUES ('Demo Individual Member GT', 'demo.gt@example.org', 'demo.gt@example.org', 'GT',
            NULL, 1, ?, ?, ?, ?)
         ON CONFLICT (email_canonical) DO NOTHING",
    )
    .bind((today - Duration::days(20)).to_string())
    .bind(forum)
    .bind(&now)
    .bind(&now)
    .execute(pool)
    .await?;
    let gt = NewApplication {
        name: "Demo Comunidad Digital de Guatemala".to_owned(),
        acronym: String::new(),
        country: "GT".to_owned(),
        website: String::new(),
        received_on: today - Duration::days(60),
        source: Some(crate::registry::sources::Source::Event(forum)),
        notes: "Fictional application added by --demo.".to_owned(),
    };
    apps::create(pool, actor, &gt).await?;
    for (name, country, days, diligence_done) in [
        ("Demo Sociedad Digital de Guyana", "GY", 40, true),
        ("Demo Usuarios de Internet de Belice", "BZ", 10, false),
    ] {
        let new = NewApplication {
            name: name.to_owned(),
            acronym: String::new(),
            country: country.to_owned(),
            website: String::new(),
            received_on: today - Duration::days(days),
            source: None,
            notes: "Fictional application added by --demo.".to_owned(),
        };
        let apps::Written::Done(id) = apps::create(pool, actor, &new).await? else {
            continue;
        };
        if diligence_done {
            let step = NewStep {
                outcome: Outcome::DueDiligenceDone,
                day: today - Duration::days(days / 2),
                note: "Demo: registered association, individual members in the region.".to_owned(),
            };
            apps::record_step(pool, actor, id, 1, &step, today).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_covers_every_sub_region_and_every_status() {
        for status in AlsStatus::ALL {
            assert!(ALSS.iter().any(|a| a.3 == *status), "{status:?}");
        }
        assert!(
            ALSS.iter().all(|a| a.0.starts_with("Demo ")),
            "clearly marked"
        );
    }
}
