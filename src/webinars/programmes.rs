//! Programmes and targets: per year, each programme's target against its webinars planned,
//! held and cancelled, the plan's topics not yet covered, and the topic backlog.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Datelike;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::model::{Programme, plan_default_target};
use super::queries::{self, TargetChange, TopicCoverage};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::db::is_unique_violation;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors, choices, refuse_control_chars};
use crate::web::{PageCtx, flash};

pub const TOPIC_NAME_MAX: usize = 200;
pub const TARGET_MAX: i64 = 1000;

/// The targets form's field of each programme (FieldErrors keys are static).
fn target_field(p: Programme) -> &'static str {
    match p {
        Programme::CapacityBuilding => "target_capacity_building",
        Programme::UaSeries => "target_ua_series",
        Programme::Icann101 => "target_icann101",
        Programme::Dnssec => "target_dnssec",
        Programme::Other => "target_other",
    }
}

/// A bar drawn on the server: held, then planned, and a mark at the target.
pub struct Bar {
    pub width: i64,
    pub held: i64,
    pub planned: i64,
    pub target_x: Option<i64>,
    pub label: String,
}

const BAR_WIDTH: i64 = 240;

pub fn bar(held: i64, planned: i64, target: Option<i64>, label: String) -> Bar {
    let scale = target.unwrap_or(0).max(held + planned).max(1);
    let px = |n: i64| n * BAR_WIDTH / scale;
    Bar {
        width: BAR_WIDTH,
        held: px(held),
        planned: px(held + planned) - px(held),
        // Kept inside the drawing, so a target reached is still visible.
        target_x: target.filter(|t| *t > 0).map(|t| px(t).clamp(1, BAR_WIDTH)),
        label,
    }
}

/// A programme's bar with its text alternative: what `/programmes` and the dashboard draw.
pub fn programme_bar(lang: crate::web::Lang, held: i64, planned: i64, target: Option<i64>) -> Bar {
    let label = lang.t_args(
        "programme-bar-label",
        &[
            ("held", FluentValue::from(held)),
            ("planned", FluentValue::from(planned)),
            (
                "target",
                FluentValue::from(target.map_or("—".to_owned(), |t| t.to_string())),
            ),
        ],
    );
    bar(held, planned, target, label)
}

pub struct ProgrammeLine {
    pub programme: String,
    pub label: String,
    pub target: Option<i64>,
    pub target_is_plan_default: bool,
    pub planned: i64,
    pub held: i64,
    pub cancelled: i64,
    pub attendance: i64,
    pub bar: Bar,
    /// The target field as typed (or stored), and the version it was read at.
    pub target_input: String,
    pub target_version: i64,
    pub target_field: &'static str,
    /// Topics of this programme no held webinar has covered this year, each with "planned"
    /// when one is scheduled.
    pub uncovered: Vec<(String, bool)>,
}

pub struct TopicLine {
    pub label: String,
    pub programme_label: String,
    pub from_plan: bool,
    pub last_covered: String,
    pub held_in_year: i64,
    pub planned_in_year: i64,
}

#[derive(Template, WebTemplate)]
#[template(path = "webinars/programmes.html")]
pub struct ProgrammesPage {
    pub ctx: PageCtx,
    pub year: i64,
    pub year_label: String,
    pub years: Vec<Choice>,
    pub lines: Vec<ProgrammeLine>,
    pub topics: Vec<TopicLine>,
    pub errors: FieldErrors,
    pub topic_programmes: Vec<Choice>,
    pub topic_name: String,
    pub targets_changed: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct YearQuery {
    pub year: String,
}

fn this_year() -> i64 {
    i64::from(chrono::Utc::now().year())
}

fn parse_year(text: &str) -> AppResult<i64> {
    match text.trim() {
        "" => Ok(this_year()),
        y => y
            .parse::<i64>()
            .ok()
            .filter(|y| (1990..=2200).contains(y))
            .ok_or(AppError::BadRequest("error-400-text")),
    }
}

/// What a refused form brings back to the page.
#[derive(Default)]
struct Typed {
    errors: FieldErrors,
    targets: HashMap<String, String>,
    topic_programme: String,
    topic_name: String,
    targets_changed: bool,
}

async fn render(
    state: &AppState,
    ctx: PageCtx,
    year: i64,
    typed: Typed,
) -> AppResult<ProgrammesPage> {
    let lang = ctx.lang;
    let progress = queries::progress(&state.pool, year).await?;
    let targets = queries::targets(&state.pool, year).await?;
    let coverage = queries::topic_coverage(&state.pool, year).await?;
    let mut years: Vec<i64> = queries::years(&state.pool).await?;
    years.extend([this_year(), year]);
    years.sort_unstable();
    years.dedup();
    let lines = Programme::ALL
        .iter()
        .map(|&p| {
            let stored = targets.get(p.as_str()).copied();
            let target = stored.map(|(t, _)| t).or_else(|| plan_default_target(p));
            let got = progress.get(p.as_str()).cloned().unwrap_or_default();
            let label = lang.t(&p.label_key());
            let field = target_field(p);
            ProgrammeLine {
                programme: p.as_str().to_owned(),
                target,
                target_is_plan_default: stored.is_none() && target.is_some(),
                planned: got.planned,
                held: got.held,
                cancelled: got.cancelled,
                attendance: got.attendance,
                bar: programme_bar(lang, got.held, got.planned, target),
                target_input: typed
                    .targets
                    .get(field)
                    .cloned()
                    .unwrap_or_else(|| stored.map(|(t, _)| t.to_string()).unwrap_or_default()),
                target_version: stored.map_or(0, |(_, v)| v),
                target_field: field,
                uncovered: coverage
                    .iter()
                    .filter(|t| t.programme == p.as_str() && t.held_in_year == 0)
                    .map(|t| (t.label(lang), t.planned_in_year > 0))
                    .collect(),
                label,
            }
        })
        .collect();
    let topics = coverage
        .iter()
        .map(|t: &TopicCoverage| TopicLine {
            label: t.label(lang),
            programme_label: lang.t(&Programme::parse(&t.programme)
                .unwrap_or(Programme::Other)
                .label_key()),
            from_plan: t.plan_key.is_some(),
            last_covered: match t.last_covered.as_deref() {
                Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .map(|d| lang.date(d))
                    .unwrap_or_else(|_| d.to_owned()),
                None => lang.t("topic-never-covered"),
            },
            held_in_year: t.held_in_year,
            planned_in_year: t.planned_in_year,
        })
        .collect();
    let topic_programme = if typed.topic_programme.is_empty() {
        Programme::CapacityBuilding.as_str().to_owned()
    } else {
        typed.topic_programme.clone()
    };
    Ok(ProgrammesPage {
        year,
        year_label: year.to_string(),
        years: years
            .into_iter()
            .map(|y| Choice::new(y.to_string(), y.to_string(), &year.to_string()))
            .collect(),
        lines,
        topics,
        errors: typed.errors,
        topic_programmes: choices(lang, "programme", Programme::VALUES, &topic_programme),
        topic_name: typed.topic_name,
        targets_changed: typed.targets_changed,
        ctx,
    })
}

pub async fn page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<YearQuery>,
) -> AppResult<ProgrammesPage> {
    let year = parse_year(&query.year)?;
    render(&state, ctx, year, Typed::default()).await
}

/// Sets a year's targets (GSE staff and leadership). Blank clears a target, leaving the
/// plan's default where it has one.
pub async fn save_targets(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(fields): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let year = parse_year(fields.get("year").map_or("", String::as_str))?;
    let mut errors = FieldErrors::default();
    let mut changes = Vec::new();
    for &p in Programme::ALL {
        let field = target_field(p);
        let typed = fields.get(field).map_or("", |v| v.trim());
        let read_version = fields
            .get(&format!("version_{}", p.as_str()))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        let target = match typed {
            "" => None,
            t => match t.parse::<i64>() {
                Ok(n) if (0..=TARGET_MAX).contains(&n) => Some(n),
                Ok(n) if n < 0 => {
                    errors.add(field, ctx.t("err-target-negative"));
                    None
                }
                _ => {
                    errors.add(
                        field,
                        ctx.lang.t_args(
                            "err-target-number",
                            &[("max", FluentValue::from(TARGET_MAX))],
                        ),
                    );
                    None
                }
            },
        };
        changes.push(TargetChange {
            programme: p,
            target,
            read_version,
        });
    }
    let typed_targets = || {
        Programme::ALL
            .iter()
            .map(|p| {
                let f = target_field(*p);
                (f.to_owned(), fields.get(f).cloned().unwrap_or_default())
            })
            .collect()
    };
    if !errors.is_empty() {
        let page = render(
            &state,
            ctx,
            year,
            Typed {
                errors,
                targets: typed_targets(),
                ..Default::default()
            },
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let actor = Actor::from(&me(&ctx)?);
    if !queries::set_targets(&state.pool, &actor, year, &changes).await? {
        // Someone saved targets for this year meanwhile: show theirs, and say so.
        let page = render(
            &state,
            ctx,
            year,
            Typed {
                targets_changed: true,
                ..Default::default()
            },
        )
        .await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    Ok(flash::redirect(
        &format!("/programmes?year={year}"),
        "flash-targets-saved",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TopicForm {
    pub year: String,
    pub programme: String,
    pub name: String,
}

/// Adds a topic to a programme's backlog (leadership).
pub async fn add_topic(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<TopicForm>,
) -> AppResult<Response> {
    let year = parse_year(&form.year)?;
    let mut errors = FieldErrors::default();
    let programme = Programme::parse(&form.programme);
    if programme.is_none() {
        errors.add("topic_programme", ctx.t("err-choose-from-list"));
    }
    let name = form.name.trim().to_owned();
    refuse_control_chars("topic_name", &name, ctx.lang, &mut errors);
    if name.is_empty() {
        errors.add("topic_name", ctx.t("err-topic-name-required"));
    } else if name.chars().count() > TOPIC_NAME_MAX {
        errors.add(
            "topic_name",
            ctx.lang.t_args(
                "err-too-long",
                &[("max", FluentValue::from(TOPIC_NAME_MAX))],
            ),
        );
    }
    if let (Some(programme), true) = (programme, errors.is_empty()) {
        let actor = Actor::from(&me(&ctx)?);
        match queries::add_topic(&state.pool, &actor, programme, &name).await {
            Ok(_) => {
                return Ok(flash::redirect(
                    &format!("/programmes?year={year}#topics"),
                    "flash-topic-added",
                ));
            }
            Err(e) if is_unique_violation(&e) => {
                errors.add("topic_name", ctx.t("err-topic-duplicate"));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = render(
        &state,
        ctx,
        year,
        Typed {
            errors,
            topic_programme: form.programme,
            topic_name: form.name,
            ..Default::default()
        },
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_scales_to_the_target_or_to_what_is_scheduled_beyond_it() {
        let b = bar(3, 1, Some(6), String::new());
        assert_eq!((b.held, b.planned, b.target_x), (120, 40, Some(240)));
        let over = bar(6, 2, Some(6), String::new());
        assert_eq!(
            (over.held, over.planned, over.target_x),
            (180, 60, Some(180))
        );
        let none = bar(0, 0, None, String::new());
        assert_eq!((none.held, none.planned, none.target_x), (0, 0, None));
    }
}
