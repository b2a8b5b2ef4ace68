//! `--demo`: clearly fictional ISPs and network operators across the sub-regions and the
//! stages, so the list, the board and the summary can be tried. Every name starts with
//! "Demo" and every address is `@example.org`. Stages never break the rules: a contact stays
//! at the furthest stage what exists in the database allows (no demo ALS, no GSE account, no
//! training event: it stays further back).

use chrono::{Duration, Utc};
use sqlx::SqlitePool;

use super::model::{NewContact, OrgKind, Stage};
use super::queries;
use super::rules::{self, Facts};
use crate::audit::Actor;

/// (organisation, kind, country, stage wanted, signed zones)
const CONTACTS: &[(&str, OrgKind, &str, Stage, i64)] = &[
    (
        "Demo Cable Azteca",
        OrgKind::Isp,
        "MX",
        Stage::Identified,
        0,
    ),
    ("Demo Red Tica", OrgKind::Isp, "CR", Stage::Contacted, 0),
    (
        "Demo Panamá Fibra",
        OrgKind::NetworkOperator,
        "PA",
        Stage::Signing,
        3,
    ),
    ("Demo Andes Net", OrgKind::Isp, "PE", Stage::GseFollowUp, 0),
    (
        "Demo Colombia Backbone",
        OrgKind::NetworkOperator,
        "CO",
        Stage::TrainingScheduled,
        0,
    ),
    (
        "Demo Altiplano Online",
        OrgKind::Isp,
        "BO",
        Stage::Trained,
        0,
    ),
    (
        "Demo Island Connect",
        OrgKind::Isp,
        "JM",
        Stage::Contacted,
        0,
    ),
    (
        "Demo Caribbean Exchange",
        OrgKind::Other,
        "TT",
        Stage::Trained,
        0,
    ),
    ("Demo Pampa Telecom", OrgKind::Isp, "AR", Stage::Signing, 12),
    (
        "Demo Rio Data Center",
        OrgKind::NetworkOperator,
        "BR",
        Stage::GseFollowUp,
        0,
    ),
    (
        "Demo Uruguay Conecta",
        OrgKind::Isp,
        "UY",
        Stage::Identified,
        0,
    ),
];

/// Adds the demo contacts once per database.
pub async fn load(pool: &SqlitePool) -> anyhow::Result<()> {
    if crate::db::meta_get(pool, "demo_dnssec_loaded")
        .await?
        .is_some()
    {
        return Ok(());
    }
    let actor = Actor::system("demo");
    let today = Utc::now().date_naive();
    let demo_als: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, country FROM als WHERE name LIKE 'Demo %' ORDER BY id")
            .fetch_all(pool)
            .await?;
    let owners: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM users WHERE role IN ('gse_staff', 'leadership') AND disabled = 0 ORDER BY id",
    )
    .fetch_all(pool)
    .await?;
    let event: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM events WHERE kind IN ('training', 'webinar') ORDER BY year DESC, start_date DESC, id DESC LIMIT 1",
    )
    .fetch_optional(pool)
    .await?;
    for (i, &(organisation, kind, country, wanted, zones)) in CONTACTS.iter().enumerate() {
        // The ALS of the same country if the demo has one, else any demo ALS.
        let als_id = demo_als
            .iter()
            .find(|(_, c)| c == country)
            .or_else(|| demo_als.get(i % demo_als.len().max(1)))
            .map(|(id, _)| *id);
        let owner = (!owners.is_empty()).then(|| owners[i % owners.len()]);
        let mut contact = NewContact {
            organisation: organisation.to_owned(),
            kind,
            country: country.to_owned(),
            contact_name: format!("Demo Contact {}", i + 1),
            contact_email: format!("dnssec.demo{}@example.org", i + 1),
            als_id: None,
            contacted_on: None,
            gse_owner_id: None,
            stage: Stage::Identified,
            training_event_id: None,
            signed_zones: zones,
            notes: "Fictional organisation added by --demo.".to_owned(),
        };
        if wanted >= Stage::Contacted {
            contact.als_id = als_id;
            contact.contacted_on = Some(today - Duration::days(20 + 15 * i as i64));
        }
        if wanted >= Stage::GseFollowUp {
            contact.gse_owner_id = owner;
        }
        if wanted >= Stage::TrainingScheduled {
            contact.training_event_id = event;
        }
        contact.stage = rules::furthest_allowed(wanted, &Facts::of_new(&contact));
        // One already there (same name and country) is left as it is.
        queries::insert(pool, &actor, &contact).await?;
    }
    crate::db::meta_set(pool, "demo_dnssec_loaded", &crate::db::now_text()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_covers_every_stage_and_sub_region_and_says_demo() {
        for stage in Stage::ALL {
            assert!(CONTACTS.iter().any(|c| c.3 == *stage), "{stage:?}");
        }
        assert!(CONTACTS.iter().all(|c| c.0.starts_with("Demo ")));
        // Mexico/Central America, Andean, Caribbean, Southern Cone.
        for country in ["MX", "PE", "JM", "AR"] {
            assert!(CONTACTS.iter().any(|c| c.2 == country));
        }
        // Signing contacts report zones, as the rules want.
        assert!(
            CONTACTS
                .iter()
                .filter(|c| c.3 == Stage::Signing)
                .all(|c| c.4 >= 1)
        );
    }
}
