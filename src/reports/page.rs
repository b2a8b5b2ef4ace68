//! `/reports/{year}`: the yearly report leadership send to ALAC and GSE, in the reader's
//! language, with its charts drawn on the server, each with its numbers as a table, and a
//! print stylesheet that makes it a document. `/reports/{year}.csv`: every figure with its
//! definition. `/reports`: the years.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::figures::{self, Report};
use crate::error::{AppError, AppResult};
use crate::events::model::Relevance;
use crate::state::AppState;
use crate::web::charts::{Chart, Series, stacked_bars};
use crate::web::{Lang, PageCtx};

#[derive(Template, WebTemplate)]
#[template(path = "reports/index.html")]
pub struct IndexPage {
    pub ctx: PageCtx,
    pub years: Vec<i32>,
}

pub async fn index(State(state): State<AppState>, ctx: PageCtx) -> IndexPage {
    IndexPage {
        years: figures::years(state.clock.now().date_naive())
            .rev()
            .collect(),
        ctx,
    }
}

pub struct TripView {
    pub application_id: i64,
    pub event_id: i64,
    pub event: String,
    pub place: String,
    pub day: String,
    pub traveller: String,
    pub assessment: String,
}

pub struct InitiativeView {
    pub id: i64,
    pub title: String,
    pub als: String,
    pub place: String,
    pub status: String,
    pub amount: String,
    pub people: String,
    pub achieved: String,
}

pub struct ProgrammeView {
    pub name: String,
    pub target: String,
    pub held: i64,
    pub planned: i64,
    pub attendance: i64,
}

pub struct TargetView {
    pub name: String,
    pub actions: i64,
    pub alss: i64,
}

pub struct QuorumView {
    pub name: String,
    pub voting: i64,
    pub standby: i64,
    pub quorum: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/report.html")]
pub struct ReportPage {
    pub ctx: PageCtx,
    pub year: i32,
    pub end: String,
    pub generated: String,
    pub events_chart: Chart,
    pub webinars_chart: Chart,
    pub dnssec_chart: Chart,
    pub als_chart: Chart,
    pub trips: Vec<TripView>,
    pub assessments: i64,
    pub initiatives: Vec<InitiativeView>,
    pub funds: String,
    pub people_reached: i64,
    pub members_joined: i64,
    pub members_at_start: i64,
    pub members_at_end: i64,
    pub applications: i64,
    pub targets: Vec<TargetView>,
    pub programmes: Vec<ProgrammeView>,
    pub targets_with_outreach: i64,
    pub targets_with_als: i64,
    pub quorum: Vec<QuorumView>,
}

/// An amount as the reader's language writes it: "1,250.50 USD" in English, "1.250,50 USD"
/// in Spanish and Portuguese, "1 250,50 USD" in French (a narrow no-break space).
fn money(cents: i64, currency: &str, lang: Lang) -> String {
    let (group, decimal) = match lang.code() {
        "en" => (",", "."),
        "fr" => ("\u{202f}", ","),
        _ => (".", ","),
    };
    let units = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    format!("{grouped}{decimal}{:02} {currency}", cents % 100)
}

fn day_text(day: Option<&str>, lang: Lang) -> String {
    day.and_then(|d| chrono::NaiveDate::parse_from_str(&d[..d.len().min(10)], "%Y-%m-%d").ok())
        .map(|d| lang.date(d))
        .unwrap_or_default()
}

fn series(fill: &'static str, label: String) -> Series {
    Series { fill, label }
}

fn charts(r: &Report, lang: Lang) -> (Chart, Chart, Chart, Chart) {
    let events = stacked_bars(
        Relevance::ALL
            .iter()
            .map(|rel| {
                let c = r.relevance(*rel);
                (
                    lang.t(&rel.label_key()),
                    vec![c.held, c.listed - c.held - c.cancelled, c.cancelled],
                )
            })
            .collect(),
        vec![
            series("#1e6b35", lang.t("report-held")),
            series("#8fb3d9", lang.t("report-not-held")),
            series("#c9512a", lang.t("report-cancelled")),
        ],
        lang.t("report-events-summary"),
    );
    let webinars = stacked_bars(
        r.webinars
            .iter()
            .map(|w| {
                let short = w.target.map_or(0, |t| (t - w.held - w.planned).max(0));
                (
                    lang.t(&w.programme.label_key()),
                    vec![w.held, w.planned, short],
                )
            })
            .collect(),
        vec![
            series("#1e6b35", lang.t("report-held")),
            series("#8fb3d9", lang.t("report-planned")),
            series("#e0c56e", lang.t("report-short-of-target")),
        ],
        lang.t("report-webinars-summary"),
    );
    let dnssec = stacked_bars(
        vec![
            (lang.t("dnssec-stage-contacted"), vec![r.dnssec.0]),
            (lang.t("dnssec-stage-trained"), vec![r.dnssec.1]),
            (lang.t("dnssec-stage-signing"), vec![r.dnssec.2]),
        ],
        vec![series("#1c4f9c", lang.t("report-organisations"))],
        lang.t("report-dnssec-summary"),
    );
    let g = &r.registry;
    let als = stacked_bars(
        vec![
            (lang.t("report-als-applications"), vec![g.applications]),
            (lang.t("report-als-accredited"), vec![g.accredited]),
            (lang.t("report-als-to-active"), vec![g.to_active]),
            (lang.t("report-als-to-less-active"), vec![g.to_less_active]),
            (lang.t("report-als-to-standby"), vec![g.to_standby]),
            (lang.t("report-als-decertified"), vec![g.decertified]),
        ],
        vec![series("#1e6b35", lang.t("report-alss"))],
        lang.t("report-als-summary"),
    );
    (events, webinars, dnssec, als)
}

/// `{year}` or `{year}.csv`: a year the report covers.
fn parse_year(text: &str, today: chrono::NaiveDate) -> AppResult<(i32, bool)> {
    let (year, csv) = match text.strip_suffix(".csv") {
        Some(y) => (y, true),
        None => (text, false),
    };
    let year: i32 = year.parse().map_err(|_| AppError::NotFound)?;
    if !figures::years(today).contains(&year) {
        return Err(AppError::NotFound);
    }
    Ok((year, csv))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(year): Path<String>,
) -> AppResult<Response> {
    let today = state.clock.now().date_naive();
    let (year, csv) = parse_year(&year, today)?;
    let r = figures::build(&state.pool, year, today).await?;
    let lang = ctx.lang;
    if csv {
        return Ok(csv_response(&r, lang, year));
    }
    let (events_chart, webinars_chart, dnssec_chart, als_chart) = charts(&r, lang);
    let place = |iso2: Option<&str>| {
        iso2.map(|c| state.countries.name_of(c, lang))
            .unwrap_or_default()
    };
    Ok(ReportPage {
        year,
        end: lang.date(r.end),
        generated: lang.date(today),
        events_chart,
        webinars_chart,
        dnssec_chart,
        als_chart,
        trips: r
            .trips
            .iter()
            .map(|t| TripView {
                application_id: t.application_id,
                event_id: t.event_id,
                event: t.event.clone(),
                place: place(t.country.as_deref()),
                day: day_text(t.start_date.as_deref(), lang),
                traveller: t.traveller.clone(),
                assessment: day_text(t.report_filed_at.as_deref(), lang),
            })
            .collect(),
        assessments: r.assessments_filed(),
        initiatives: r
            .initiatives
            .iter()
            .map(|i| InitiativeView {
                id: i.id,
                title: i.title.clone(),
                als: i.als.clone(),
                place: place(Some(&i.country)),
                status: crate::funds::rules::FundStatus::parse(&i.status)
                    .map_or(i.status.clone(), |s| lang.t(&s.label_key())),
                amount: money(i.total_cents, &i.currency, lang),
                people: i.people_reached.map_or("—".to_owned(), |p| p.to_string()),
                achieved: i.achieved.clone(),
            })
            .collect(),
        funds: r
            .funds_by_currency()
            .iter()
            .map(|(c, cents)| money(*cents, c, lang))
            .collect::<Vec<_>>()
            .join(" + "),
        people_reached: r.people_reached(),
        members_joined: r.registry.members_joined,
        members_at_start: r.registry.members_at_start,
        members_at_end: r.registry.members_at_end,
        applications: r.registry.applications,
        targets: {
            let mut targets: Vec<TargetView> = r
                .targets
                .iter()
                .map(|t| TargetView {
                    name: state.countries.name_of(&t.iso2, lang),
                    actions: t.actions,
                    alss: t.alss,
                })
                .collect();
            targets.sort_by_key(|t| crate::countries::fold(&t.name));
            targets
        },
        programmes: r
            .webinars
            .iter()
            .map(|w| ProgrammeView {
                name: lang.t(&w.programme.label_key()),
                target: w.target.map_or("—".to_owned(), |t| t.to_string()),
                held: w.held,
                planned: w.planned,
                attendance: w.attendance,
            })
            .collect(),
        targets_with_outreach: r.targets_with_outreach(),
        targets_with_als: r.targets_with_als(),
        quorum: r
            .quorum
            .iter()
            .map(|q| QuorumView {
                name: match &q.subregion {
                    Some(code) => lang.t(&format!("subregion-{}", code.to_lowercase())),
                    None => lang.t("quorum-overall"),
                },
                voting: q.voting,
                standby: q.standby,
                quorum: q.quorum.map_or("—".to_owned(), |n| n.to_string()),
            })
            .collect(),
        ctx,
    }
    .into_response())
}

/// Every figure, one per line: section, figure, value, definition (in the reader's
/// language). RFC 4180 quoting by the `csv` crate.
fn csv_response(r: &Report, lang: Lang, year: i32) -> Response {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["section", "figure", "value", "definition"]);
    for f in figures::figures(r) {
        let _ = w.write_record([f.section, &f.name, &f.value, &lang.t(f.definition)]);
    }
    let body = w.into_inner().unwrap_or_default();
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"lacralo-report-{year}.csv\""),
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_as_each_language_writes_them() {
        let lang = |code| Lang::from_code(code).unwrap();
        assert_eq!(money(125_050, "USD", lang("en")), "1,250.50 USD");
        assert_eq!(money(125_050, "USD", lang("es")), "1.250,50 USD");
        assert_eq!(money(125_050, "USD", lang("pt")), "1.250,50 USD");
        assert_eq!(money(125_050, "USD", lang("fr")), "1\u{202f}250,50 USD");
        assert_eq!(money(77_000, "USD", lang("fr")), "770,00 USD");
        assert_eq!(money(123_456_789, "BRL", lang("en")), "1,234,567.89 BRL");
    }
}
