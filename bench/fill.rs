//! Fills a database at the scale issue 8 asks for, with rows that satisfy every constraint
//! the forms would: 100,000 events over 20 years (10,000 of them webinars), 5,000 ALSs,
//! 50,000 members, 100,000 engagements, 5,000 CROP opportunities with 20,000 applications.
//!
//! The rows are made by SQL (recursive counters), not through the forms: a form round trip
//! per row would take hours, and what is measured is reading them. Values spread over
//! every kind, status, country and precision the pages filter on, so no filter is empty.

use anyhow::Context;
use sqlx::SqlitePool;

use lacralo_outreach::accounts::{password, totp};

pub struct Scale {
    /// Events that are not webinars.
    pub events: i64,
    pub webinars: i64,
    pub als: i64,
    pub members: i64,
    pub engagements: i64,
    pub opportunities: i64,
    /// Applications per opportunity.
    pub applications_each: i64,
}

pub const LARGE: Scale = Scale {
    events: 90_000,
    webinars: 10_000,
    als: 5_000,
    members: 50_000,
    engagements: 100_000,
    // Enough open ones (those of future events) for the write benchmark's 32 members to keep
    // applying for its whole run.
    opportunities: 5_000,
    applications_each: 4,
};

pub const PASSWORD: &str = "bench lantern marimba volcano 2026";
pub const LEADER: &str = "bench.leader@bench.example";
/// The same for every bench database, so codes can be computed by the load driver.
pub const LEADER_TOTP: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

pub fn staff_email(n: usize) -> String {
    format!("bench.staff{n}@bench.example")
}

pub fn member_email(n: usize) -> String {
    format!("bench.member{n}@bench.example")
}

const STAMP: &str = "2026-01-01T00:00:00Z";

/// The counter every statement draws its rows from.
const COUNTER: &str = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1), \
     c AS (SELECT iso2, lacralo_subregion AS sub, row_number() OVER (ORDER BY iso2) - 1 AS k FROM countries), \
     ct AS (SELECT count(*) AS total FROM countries) ";

/// Rows for the large database. The plan's own data (loaded by `bootstrap::load_first_data`) stays.
pub async fn fill(pool: &SqlitePool, s: &Scale) -> anyhow::Result<()> {
    let mut tx = pool.begin().await?;

    // Events: a pseudo-random day over 2010–2029; one in twenty known only by its year,
    // one in twenty by its month; past ones held, future ones planned, a few cancelled.
    sqlx::query(&format!(
        "{COUNTER}
         INSERT INTO events (uid, title, kind, relevance, organiser, city, country, online,
             date_precision, year, month, start_date, end_date, start_time, time_zone, status,
             needs_review, review_note, created_at, updated_at)
         SELECT 'bench-event-' || i,
             'Bench event ' || i || ' on Internet governance',
             CASE i % 6 WHEN 0 THEN 'conference' WHEN 1 THEN 'meeting' WHEN 2 THEN 'roadshow'
                        WHEN 3 THEN 'training' WHEN 4 THEN 'readout' ELSE 'internal' END,
             CASE i % 4 WHEN 0 THEN 'lacralo_involved' WHEN 1 THEN 'crop_candidate'
                        WHEN 2 THEN 'out_of_scope' ELSE 'unclassified' END,
             'ICANN LAC', 'City ' || (i % 500), c.iso2, (i % 7 = 0),
             p, CAST(strftime('%Y', d) AS INTEGER),
             CASE WHEN p = 'tbd' THEN NULL ELSE CAST(strftime('%m', d) AS INTEGER) END,
             CASE WHEN p = 'day' THEN d END,
             CASE WHEN p = 'day' THEN date(d, '+' || (i % 3) || ' days') END,
             CASE WHEN p = 'day' AND i % 5 = 2 THEN '14:00' END,
             CASE WHEN p = 'day' AND i % 5 = 2 THEN 'America/Bogota' END,
             CASE WHEN i % 50 = 3 THEN 'cancelled' WHEN d < '2026-11-01' THEN 'held'
                  WHEN i % 3 = 0 THEN 'confirmed' ELSE 'planned' END,
             (i % 200 = 0), CASE WHEN i % 200 = 0 THEN 'Bench: dates to confirm' ELSE '' END,
             '{STAMP}', '{STAMP}'
         FROM (SELECT i, date('2010-01-01', '+' || ((i * 7919) % 7305) || ' days') AS d,
                      CASE i % 20 WHEN 0 THEN 'tbd' WHEN 1 THEN 'month' ELSE 'day' END AS p
               FROM n), ct
         JOIN c ON c.k = i % ct.total"
    ))
    .bind(s.events)
    .execute(&mut *tx)
    .await
    .context("events")?;

    // Webinars: events of kind webinar at 15:00 in Bogotá (20:00 UTC, no daylight saving
    // there), with their row in `webinars`.
    sqlx::query(&format!(
        "{COUNTER}
         INSERT INTO events (uid, title, kind, relevance, organiser, city, country, online,
             date_precision, year, month, start_date, end_date, start_time, time_zone, status,
             created_at, updated_at)
         SELECT 'bench-webinar-' || i, 'Bench webinar ' || i, 'webinar', 'lacralo_involved',
             'LACRALO', '', c.iso2, 1, 'day', CAST(strftime('%Y', d) AS INTEGER),
             CAST(strftime('%m', d) AS INTEGER), d, d, '15:00', 'America/Bogota',
             CASE WHEN i % 40 = 1 THEN 'cancelled' WHEN d < '2026-11-01' THEN 'held' ELSE 'planned' END,
             '{STAMP}', '{STAMP}'
         FROM (SELECT i, date('2010-01-01', '+' || ((i * 3571) % 7305) || ' days') AS d FROM n), ct
         JOIN c ON c.k = i % ct.total"
    ))
    .bind(s.webinars)
    .execute(&mut *tx)
    .await
    .context("webinar events")?;
    sqlx::query(
        "INSERT INTO webinars (event_id, programme, topic_id, starts_at, duration_minutes,
             languages, interpretation, speakers, audience, attendance_count)
         SELECT id,
             CASE id % 5 WHEN 0 THEN 'capacity_building' WHEN 1 THEN 'ua_series'
                         WHEN 2 THEN 'icann101' WHEN 3 THEN 'dnssec' ELSE 'other' END,
             NULL, start_date || 'T20:00:00Z', 90,
             CASE id % 3 WHEN 0 THEN 'es,en' WHEN 1 THEN 'es' ELSE 'pt,es,en' END,
             (id % 3 = 2), 'Bench speaker', 'ALS members',
             CASE WHEN status = 'held' THEN id % 80 END
         FROM events WHERE uid LIKE 'bench-webinar-%'",
    )
    .execute(&mut *tx)
    .await
    .context("webinars")?;

    // ALSs: seven in ten active, then less active, standby, decertified.
    sqlx::query(&format!(
        "{COUNTER}
         INSERT INTO als (name, name_key, acronym, country, website, accredited_on, status,
             created_at, updated_at)
         SELECT 'Bench ALS ' || i, 'bench als ' || i, 'BA' || i, c.iso2,
             'https://als' || i || '.bench.example',
             date('2005-01-01', '+' || ((i * 37) % 7000) || ' days'),
             CASE i % 10 WHEN 7 THEN 'less_active' WHEN 8 THEN 'standby'
                         WHEN 9 THEN 'decertified' ELSE 'active' END,
             '{STAMP}', '{STAMP}'
         FROM n, ct JOIN c ON c.k = i % ct.total"
    ))
    .bind(s.als)
    .execute(&mut *tx)
    .await
    .context("ALSs")?;
    let als_base: i64 =
        sqlx::query_scalar("SELECT min(id) FROM als WHERE name_key LIKE 'bench als %'")
            .fetch_one(&mut *tx)
            .await?;

    // Members: one in twenty individual (no ALS), one in fifteen inactive.
    sqlx::query(&format!(
        "{COUNTER}
         INSERT INTO members (name, email, email_canonical, country, als_id, active, joined_on,
             created_at, updated_at)
         SELECT 'Bench Member ' || i, 'member' || i || '@bench.example',
             'member' || i || '@bench.example', a.country,
             CASE WHEN i % 20 = 0 THEN NULL ELSE a.id END, (i % 15 <> 0),
             date('2008-01-01', '+' || ((i * 13) % 6000) || ' days'), '{STAMP}', '{STAMP}'
         FROM n JOIN als a ON a.id = ?2 + (i % ?3)"
    ))
    .bind(s.members)
    .bind(als_base)
    .bind(s.als)
    .execute(&mut *tx)
    .await
    .context("members")?;
    let member_base: i64 =
        sqlx::query_scalar("SELECT min(id) FROM members WHERE email LIKE 'member%@bench.example'")
            .fetch_one(&mut *tx)
            .await?;
    let event_base: i64 =
        sqlx::query_scalar("SELECT min(id) FROM events WHERE uid LIKE 'bench-event-%'")
            .fetch_one(&mut *tx)
            .await?;

    // Engagements, up to the end of 2026, attached to members (and their ALS) and events.
    sqlx::query(&format!(
        "{COUNTER}
         INSERT INTO engagements (als_id, member_id, event_id, kind, happened_on, description,
             recorded_by, created_at)
         SELECT m.als_id, m.id, ?4 + ((i * 31) % ?5),
             CASE i % 6 WHEN 0 THEN 'webinar_attended' WHEN 1 THEN 'event_participation'
                        WHEN 2 THEN 'crop_trip' WHEN 3 THEN 'policy_comment'
                        WHEN 4 THEN 'meeting' ELSE 'local_activity' END,
             date('2010-01-01', '+' || ((i * 17) % 6200) || ' days'), 'Bench engagement',
             'bench', '{STAMP}'
         FROM n JOIN members m ON m.id = ?2 + ((i * 7) % ?3)"
    ))
    .bind(s.engagements)
    .bind(member_base)
    .bind(s.members)
    .bind(event_base)
    .bind(s.events)
    .execute(&mut *tx)
    .await
    .context("engagements")?;

    // CROP: three trips a year; opportunities on dated events (the deadline 50 days before,
    // in Bogotá), closed when the deadline has passed, open to all otherwise.
    sqlx::query(
        "WITH RECURSIVE y(fy) AS (SELECT 2011 UNION ALL SELECT fy + 1 FROM y WHERE fy < 2031)
         INSERT INTO crop_allocations (fiscal_year, trips, updated_by, updated_at)
         SELECT fy, 3, 'bench', '2026-01-01T00:00:00Z' FROM y WHERE true
         ON CONFLICT (fiscal_year) DO NOTHING",
    )
    .execute(&mut *tx)
    .await
    .context("allocations")?;
    sqlx::query(&format!(
        "INSERT INTO crop_opportunities (event_id, fiscal_year, slots, subregion, phase,
             announced_on, priority_ends_on, deadline_on, time_zone, deadline_at, created_at,
             updated_at)
         SELECT e.id,
             CAST(strftime('%Y', e.start_date) AS INTEGER)
                 + (CAST(strftime('%m', e.start_date) AS INTEGER) >= 7),
             3, co.lacralo_subregion,
             CASE WHEN date(e.start_date, '-50 days') < '2026-12-01' THEN 'closed' ELSE 'open_to_all' END,
             date(e.start_date, '-120 days'), date(e.start_date, '-80 days'),
             date(e.start_date, '-50 days'), 'America/Bogota',
             date(e.start_date, '-49 days') || 'T05:00:00Z', '{STAMP}', '{STAMP}'
         FROM events e JOIN countries co ON co.iso2 = e.country
         WHERE e.uid LIKE 'bench-event-%' AND e.date_precision = 'day' AND e.status <> 'cancelled'
         ORDER BY e.id % 41, e.id
         LIMIT ?1"
    ))
    .bind(s.opportunities)
    .execute(&mut *tx)
    .await
    .context("opportunities")?;

    // Applications: members from the 101st on (the first hundred are kept for the bench's
    // own logged-in members, who apply during the write benchmark).
    sqlx::query(&format!(
        "WITH RECURSIVE j(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM j WHERE k + 1 < ?1),
         o AS (SELECT id, phase, row_number() OVER (ORDER BY id) - 1 AS r
               FROM crop_opportunities WHERE event_id >= ?4)
         INSERT INTO crop_applications (opportunity_id, member_id, in_subregion, motivation,
             outreach_plan, languages, travel_needs, status, decision_reason, decided_by,
             decided_at, report, report_filed_at, created_at, updated_at)
         SELECT o.id, ?2 + 100 + (((o.r * ?1 + j.k) * 37) % (?3 - 100)), (j.k % 2),
             'Bench motivation: I run outreach for my ALS.', 'Bench plan: a talk and a stand.',
             'es,en', '',
             CASE WHEN o.phase = 'open_to_all' THEN 'submitted'
                  ELSE CASE j.k % 5 WHEN 0 THEN 'approved' WHEN 1 THEN 'declined'
                                    WHEN 2 THEN 'withdrawn' ELSE 'shortlisted' END END,
             CASE WHEN o.phase <> 'open_to_all' AND j.k % 5 = 1 THEN 'Bench: no slot left' ELSE '' END,
             CASE WHEN o.phase <> 'open_to_all' AND j.k % 5 < 2 THEN 'bench' END,
             CASE WHEN o.phase <> 'open_to_all' AND j.k % 5 < 2 THEN '{STAMP}' END,
             CASE WHEN o.phase <> 'open_to_all' AND j.k % 5 = 0 AND o.r % 2 = 0
                  THEN 'Bench trip report.' ELSE '' END,
             CASE WHEN o.phase <> 'open_to_all' AND j.k % 5 = 0 AND o.r % 2 = 0 THEN '{STAMP}' END,
             '{STAMP}', '{STAMP}'
         FROM o, j"
    ))
    .bind(s.applications_each)
    .bind(member_base)
    .bind(s.members)
    .bind(event_base)
    .execute(&mut *tx)
    .await
    .context("applications")?;

    tx.commit().await?;
    sqlx::query("ANALYZE").execute(pool).await?;
    Ok(())
}

/// The accounts the load driver logs in with: one leader (with a second factor, which
/// leadership must have), `staff` GSE staff members, and `members` member accounts linked
/// to active members of active ALSs (only on a database that has such members).
pub async fn accounts(pool: &SqlitePool, staff: usize, members: usize) -> anyhow::Result<()> {
    let hash = password::hash(PASSWORD)?;
    debug_assert!(totp::code_at(LEADER_TOTP, 0).is_some());
    let mut tx = pool.begin().await?;
    let insert = "INSERT INTO users (email, email_canonical, display_name, password_hash, role,
            locale, member_id, totp_secret, created_at, updated_at)
         VALUES (?1, ?1, ?2, ?3, ?4, 'en', ?5, ?6, ?7, ?7)";
    sqlx::query(insert)
        .bind(LEADER)
        .bind("Bench Leader")
        .bind(&hash)
        .bind("leadership")
        .bind(None::<i64>)
        .bind(LEADER_TOTP)
        .bind(STAMP)
        .execute(&mut *tx)
        .await?;
    for n in 0..staff {
        sqlx::query(insert)
            .bind(staff_email(n))
            .bind(format!("Bench Staff {n}"))
            .bind(&hash)
            .bind("gse_staff")
            .bind(None::<i64>)
            .bind(None::<String>)
            .bind(STAMP)
            .execute(&mut *tx)
            .await?;
    }
    let eligible: Vec<i64> = sqlx::query_scalar(
        "SELECT m.id FROM members m JOIN als a ON a.id = m.als_id
         WHERE m.email LIKE 'member%@bench.example' AND m.active = 1 AND a.status = 'active'
         ORDER BY m.id LIMIT ?",
    )
    .bind(members as i64)
    .fetch_all(&mut *tx)
    .await?;
    anyhow::ensure!(
        eligible.len() == members,
        "only {} eligible members for {members} member accounts",
        eligible.len()
    );
    for (n, member_id) in eligible.into_iter().enumerate() {
        sqlx::query(insert)
            .bind(member_email(n))
            .bind(format!("Bench Member Account {n}"))
            .bind(&hash)
            .bind("member")
            .bind(Some(member_id))
            .bind(None::<String>)
            .bind(STAMP)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
