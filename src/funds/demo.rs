//! Fictional RALO fund requests for `--demo`, one at each step, after the registry's demo
//! (whose ALSs they are for). Titles start with "Demo".

use chrono::{Duration, NaiveDate, Utc};
use sqlx::SqlitePool;

use super::model::{NewLine, NewReport, NewRequest};
use super::queries::{self, Taking};
use super::rules::{LineCategory, Step};
use crate::audit::Actor;
use crate::crop::rules::fiscal_year;

/// A one-page PDF receipt.
const RECEIPT: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// A demo request: its title, its day (from today), its lines (category, cents, why), the
/// steps taken, and whether its initiative has receipts.
type Planned = (
    &'static str,
    i64,
    &'static [(LineCategory, i64, &'static str)],
    &'static [Step],
    bool,
);

/// Adds the demo requests once per database; answers whether it did.
pub async fn load(pool: &SqlitePool, site: crate::outbox::Site<'_>) -> anyhow::Result<bool> {
    if crate::db::meta_get(pool, "demo_funds_loaded")
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let actor = Actor::system("demo");
    let today = Utc::now().date_naive();
    let als: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, country FROM als WHERE name LIKE 'Demo%' AND status = 'active' ORDER BY id LIMIT 5",
    )
    .fetch_all(pool)
    .await?;
    let plan: [Planned; 5] = [
        (
            "Demo Internet governance school day",
            30,
            &[(LineCategory::Venue, 250 * 100, "University hall for 60")],
            &[],
            false,
        ),
        (
            "Demo DNSSEC workshop for local ISPs",
            45,
            &[
                (LineCategory::Venue, 200 * 100, "Meeting room"),
                (LineCategory::Catering, 150 * 100, "Coffee for 30"),
            ],
            &[Step::Endorse],
            false,
        ),
        (
            "Demo community radio programme on At-Large",
            20,
            &[(
                LineCategory::Communication,
                300 * 100,
                "Airtime, four programmes",
            )],
            &[Step::Endorse, Step::Approve],
            false,
        ),
        (
            "Demo Universal Acceptance meetup",
            -12,
            &[
                (LineCategory::Venue, 180 * 100, "Co-working space"),
                (LineCategory::Materials, 70 * 100, "Printed guides"),
            ],
            &[Step::Endorse, Step::Approve],
            true,
        ),
        (
            "Demo youth outreach at the national IGF",
            -60,
            &[(LineCategory::Travel, 220 * 100, "Bus for 20 students")],
            &[Step::Endorse, Step::Approve],
            true,
        ),
    ];
    for (i, (title, days, lines, steps, reported)) in plan.iter().enumerate() {
        let Some((als_id, country)) = als.get(i % als.len().max(1)).cloned() else {
            break;
        };
        let held_on: NaiveDate = today + Duration::days(*days);
        let new = NewRequest {
            title: (*title).to_owned(),
            als_id,
            country,
            held_on,
            objectives: "Fictional initiative added by --demo: reach people new to ICANN."
                .to_owned(),
            expected_reach: 40,
            lines: lines
                .iter()
                .map(|(category, cents, why)| NewLine {
                    category: *category,
                    justification: (*why).to_owned(),
                    amount_cents: *cents,
                })
                .collect(),
        };
        let Some(id) =
            queries::create_request(pool, site, &actor, None, fiscal_year(held_on), &new, today)
                .await?
                .done()
        else {
            continue;
        };
        for step in *steps {
            let Some(row) = queries::request(pool, id).await? else {
                break;
            };
            let approval =
                (*step == Step::Approve).then_some((today - Duration::days(5), "ALAC-FIN-DEMO"));
            queries::take_step(
                pool,
                site,
                &actor,
                id,
                row.version,
                Taking {
                    step: *step,
                    approval,
                    reason: "",
                    today,
                },
            )
            .await?;
        }
        if *reported {
            queries::add_receipt(
                pool,
                &actor,
                id,
                ("receipt.pdf", "application/pdf"),
                RECEIPT,
                today,
            )
            .await?;
            if *days < -40 {
                // The older one is reported; the recent one's report is still to come.
                let line_ids = queries::lines(pool, id).await?;
                let report = NewReport {
                    achieved:
                        "Twenty students met their local ALS; five joined as individual members."
                            .to_owned(),
                    people_reached: 25,
                    actuals: line_ids
                        .iter()
                        .map(|l| (l.id, l.amount_cents - 15 * 100))
                        .collect(),
                };
                if let Some(row) = queries::request(pool, id).await? {
                    queries::file_report(pool, &actor, id, row.version, &report, today).await?;
                }
            }
        }
    }
    crate::db::meta_set(pool, "demo_funds_loaded", &crate::db::now_text()).await?;
    Ok(true)
}
