//! The yearly report as data: every figure read once, for the page (with its charts) and
//! the CSV (each figure with its definition) alike, so the two cannot disagree.

use chrono::{Datelike, NaiveDate};
use sqlx::SqlitePool;

use super::queries::{self, Initiative, RegistryChanges, Trip};
use crate::countries::SUBREGIONS;
use crate::events::model::Relevance;
use crate::registry::metrics::{self, QuorumLine};
use crate::registry::model::AlsStatus;
use crate::webinars::model::{Programme, plan_default_target};

/// One programme's year: its target (set, or the plan's default), webinars held and still
/// planned, and the attendance at those held.
#[derive(Debug, Clone)]
pub struct ProgrammeYear {
    pub programme: Programme,
    pub target: Option<i64>,
    pub held: i64,
    pub planned: i64,
    pub attendance: i64,
}

/// One of the plan's target places at the year's end.
#[derive(Debug, Clone)]
pub struct TargetPlace {
    pub iso2: String,
    /// Outreach actions there in the year (`registry::results`' actions).
    pub actions: i64,
    /// ALSs there that vote (Active or Less active) at the year's end.
    pub alss: i64,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub year: i32,
    /// The day the figures stand at: the year's last day, or today for the current year.
    pub end: NaiveDate,
    pub events: Vec<queries::RelevanceCount>,
    pub webinars: Vec<ProgrammeYear>,
    /// DNSSEC contacts that reached contacted, trained, signing during the year.
    pub dnssec: (i64, i64, i64),
    pub trips: Vec<Trip>,
    pub initiatives: Vec<Initiative>,
    pub registry: RegistryChanges,
    pub targets: Vec<TargetPlace>,
    pub quorum: Vec<QuorumLine>,
}

impl Report {
    pub fn assessments_filed(&self) -> i64 {
        self.trips
            .iter()
            .filter(|t| t.report_filed_at.is_some())
            .count() as i64
    }

    pub fn people_reached(&self) -> i64 {
        self.initiatives
            .iter()
            .filter_map(|i| i.people_reached)
            .sum()
    }

    /// The funds approved for the year's initiatives, per currency: (code, cents).
    pub fn funds_by_currency(&self) -> Vec<(String, i64)> {
        let mut out: Vec<(String, i64)> = Vec::new();
        for i in &self.initiatives {
            match out.iter_mut().find(|(c, _)| *c == i.currency) {
                Some((_, cents)) => *cents += i.total_cents,
                None => out.push((i.currency.clone(), i.total_cents)),
            }
        }
        out
    }

    pub fn targets_with_outreach(&self) -> i64 {
        self.targets.iter().filter(|t| t.actions > 0).count() as i64
    }

    pub fn targets_with_als(&self) -> i64 {
        self.targets.iter().filter(|t| t.alss > 0).count() as i64
    }

    /// The year's events of one relevance (zeros when none).
    pub fn relevance(&self, r: Relevance) -> queries::RelevanceCount {
        self.events
            .iter()
            .find(|c| c.relevance == r.as_str())
            .cloned()
            .unwrap_or(queries::RelevanceCount {
                relevance: r.as_str().to_owned(),
                ..Default::default()
            })
    }
}

/// Reads the year's report. `today` bounds what counts as held and the day of the
/// quorum and statuses (the year's end, or today if sooner).
pub async fn build(pool: &SqlitePool, year: i32, today: NaiveDate) -> sqlx::Result<Report> {
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let end = last.min(today);
    let progress = crate::webinars::queries::progress(pool, i64::from(year)).await?;
    let set = crate::webinars::queries::targets(pool, i64::from(year)).await?;
    let webinars = Programme::ALL
        .iter()
        .map(|p| {
            let done = progress.get(p.as_str()).cloned().unwrap_or_default();
            ProgrammeYear {
                programme: *p,
                target: set
                    .get(p.as_str())
                    .map(|(t, _)| *t)
                    .or_else(|| plan_default_target(*p)),
                held: done.held,
                planned: done.planned,
                attendance: done.attendance,
            }
        })
        .collect();
    let on_end = crate::registry::queries::statuses_as_of(pool, end).await?;
    let actions = crate::registry::queries::results::actions(pool, first, end).await?;
    let targets = crate::registry::queries::results::plan_targets(pool)
        .await?
        .into_iter()
        .map(|iso2| TargetPlace {
            actions: actions.iter().filter(|a| a.country == iso2).count() as i64,
            alss: on_end
                .iter()
                .filter(|a| a.country == iso2 && metrics::votes(a.status))
                .count() as i64,
            iso2,
        })
        .collect();
    let statuses: Vec<(String, AlsStatus)> = on_end
        .into_iter()
        .map(|a| (a.subregion, a.status))
        .collect();
    Ok(Report {
        year,
        end,
        events: queries::events(pool, year, today).await?,
        webinars,
        dnssec: queries::dnssec_reached(pool, year).await?,
        trips: queries::trips(pool, year).await?,
        initiatives: queries::initiatives(pool, year).await?,
        registry: queries::registry(pool, year, end).await?,
        targets,
        quorum: metrics::quorum_table(SUBREGIONS, &statuses),
    })
}

/// A figure of the CSV: its section, its name, its value, and what it counts.
pub struct Figure {
    pub section: &'static str,
    pub name: String,
    pub value: String,
    /// The Fluent key of its definition.
    pub definition: &'static str,
}

/// Every figure of the report, in the page's order.
pub fn figures(r: &Report) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut add = |section, name: String, value: String, definition| {
        out.push(Figure {
            section,
            name,
            value,
            definition,
        })
    };
    for rel in Relevance::ALL {
        let c = r.relevance(*rel);
        add(
            "events",
            format!("{}.listed", rel.as_str()),
            c.listed.to_string(),
            "report-def-events-listed",
        );
        add(
            "events",
            format!("{}.held", rel.as_str()),
            c.held.to_string(),
            "report-def-events-held",
        );
        add(
            "events",
            format!("{}.cancelled", rel.as_str()),
            c.cancelled.to_string(),
            "report-def-events-cancelled",
        );
    }
    for w in &r.webinars {
        let p = w.programme.as_str();
        add(
            "webinars",
            format!("{p}.target"),
            w.target.map_or(String::new(), |t| t.to_string()),
            "report-def-webinars-target",
        );
        add(
            "webinars",
            format!("{p}.held"),
            w.held.to_string(),
            "report-def-webinars-held",
        );
        add(
            "webinars",
            format!("{p}.planned"),
            w.planned.to_string(),
            "report-def-webinars-planned",
        );
        add(
            "webinars",
            format!("{p}.attendance"),
            w.attendance.to_string(),
            "report-def-webinars-attendance",
        );
    }
    add(
        "dnssec",
        "contacted".into(),
        r.dnssec.0.to_string(),
        "report-def-dnssec-contacted",
    );
    add(
        "dnssec",
        "trained".into(),
        r.dnssec.1.to_string(),
        "report-def-dnssec-trained",
    );
    add(
        "dnssec",
        "signing".into(),
        r.dnssec.2.to_string(),
        "report-def-dnssec-signing",
    );
    add(
        "crop",
        "trips".into(),
        r.trips.len().to_string(),
        "report-def-crop-trips",
    );
    add(
        "crop",
        "assessments_filed".into(),
        r.assessments_filed().to_string(),
        "report-def-crop-assessments",
    );
    add(
        "funds",
        "initiatives".into(),
        r.initiatives.len().to_string(),
        "report-def-funds-initiatives",
    );
    for (currency, cents) in r.funds_by_currency() {
        add(
            "funds",
            format!("approved.{currency}"),
            format!("{}.{:02}", cents / 100, cents % 100),
            "report-def-funds-approved",
        );
    }
    add(
        "funds",
        "people_reached".into(),
        r.people_reached().to_string(),
        "report-def-funds-people",
    );
    let g = &r.registry;
    for (name, value, def) in [
        (
            "applications",
            g.applications,
            "report-def-als-applications",
        ),
        ("accredited", g.accredited, "report-def-als-accredited"),
        ("refused", g.refused, "report-def-als-refused"),
        ("to_active", g.to_active, "report-def-als-to-status"),
        (
            "to_less_active",
            g.to_less_active,
            "report-def-als-to-status",
        ),
        ("to_standby", g.to_standby, "report-def-als-to-status"),
        ("decertified", g.decertified, "report-def-als-decertified"),
        (
            "members_at_start",
            g.members_at_start,
            "report-def-members-at-start",
        ),
        (
            "members_joined",
            g.members_joined,
            "report-def-members-joined",
        ),
        (
            "members_at_end",
            g.members_at_end,
            "report-def-members-at-end",
        ),
    ] {
        add("als", name.into(), value.to_string(), def);
    }
    add(
        "targets",
        "with_outreach".into(),
        r.targets_with_outreach().to_string(),
        "report-def-targets-outreach",
    );
    add(
        "targets",
        "with_als".into(),
        r.targets_with_als().to_string(),
        "report-def-targets-als",
    );
    for q in &r.quorum {
        let place = q.subregion.clone().unwrap_or_else(|| "all".to_owned());
        add(
            "quorum",
            format!("{place}.voting"),
            q.voting.to_string(),
            "report-def-quorum-voting",
        );
        add(
            "quorum",
            format!("{place}.standby"),
            q.standby.to_string(),
            "report-def-quorum-standby",
        );
        add(
            "quorum",
            format!("{place}.quorum"),
            q.quorum.map_or(String::new(), |n| n.to_string()),
            "report-def-quorum",
        );
    }
    out
}

/// The years a report can be asked for: the plan's first to the current one.
pub fn years(today: NaiveDate) -> std::ops::RangeInclusive<i32> {
    2023..=today.year()
}
