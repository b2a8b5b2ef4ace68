//! Recording who took part in a webinar: a count, and the members by name or address.
//! Each member named becomes an engagement of the member and of their ALS.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use chrono::Utc;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::form::{has_started, held_on};
use super::model::WebinarRow;
use super::queries::{self, Attendance, AttendeeRow};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::events::model::EventStatus;
use crate::events::queries::Written;
use crate::state::AppState;
use crate::web::forms::FieldErrors;
use crate::web::forms::version;
use crate::web::{PageCtx, flash};

/// Lines of names or addresses accepted at once.
const MAX_LINES: usize = 500;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct AttendanceForm {
    pub count: String,
    /// One member per line: their address, or their full name.
    pub add: String,
    /// Members to take off the list.
    pub remove: Vec<i64>,
    pub version: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "webinars/attendance.html")]
pub struct AttendancePage {
    pub ctx: PageCtx,
    pub id: i64,
    pub title: String,
    pub form: AttendanceForm,
    pub errors: FieldErrors,
    pub attendees: Vec<AttendeeRow>,
    /// Why attendance cannot be recorded yet, if it cannot.
    pub closed_reason: Option<String>,
    /// Someone saved attendance while this form was open.
    pub changed: bool,
}

impl AttendancePage {
    fn removing(&self, member: &i64) -> bool {
        self.form.remove.contains(member)
    }
}

/// Attendance is for webinars that took place: dated, begun, not cancelled.
fn closed_reason(row: &WebinarRow, ctx: &PageCtx) -> Option<String> {
    if row.event.status() == EventStatus::Cancelled {
        Some(ctx.t("attendance-closed-cancelled"))
    } else if held_on(row).is_none() || !has_started(row, Utc::now()) {
        Some(ctx.t("attendance-closed-not-yet"))
    } else {
        None
    }
}

pub async fn form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<AttendancePage> {
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(AttendancePage {
        id,
        title: row.event.title.clone(),
        form: AttendanceForm {
            count: row
                .attendance_count
                .map(|c| c.to_string())
                .unwrap_or_default(),
            version: row.event.version.to_string(),
            ..Default::default()
        },
        errors: FieldErrors::default(),
        attendees: queries::attendees(&state.pool, id).await?,
        closed_reason: closed_reason(&row, &ctx),
        changed: false,
        ctx,
    })
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<AttendanceForm>,
) -> AppResult<Response> {
    let version = version(&form.version)?;
    let row = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let attendees = queries::attendees(&state.pool, id).await?;
    let mut errors = FieldErrors::default();
    let closed = closed_reason(&row, &ctx);
    if let Some(reason) = &closed {
        errors.add("count", reason.clone());
    }
    let count = match form.count.trim() {
        "" => None,
        typed => match typed.parse::<i64>() {
            Ok(n) if n < 0 => {
                errors.add("count", ctx.t("err-attendance-negative"));
                None
            }
            Ok(n) if n > 1_000_000 => {
                errors.add("count", ctx.t("err-attendance-number"));
                None
            }
            Ok(n) => Some(n),
            Err(_) => {
                errors.add("count", ctx.t("err-attendance-number"));
                None
            }
        },
    };
    let lines: Vec<&str> = form
        .add
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut add = Vec::new();
    let mut problems = Vec::new();
    if lines.len() > MAX_LINES {
        problems.push(ctx.lang.t_args(
            "err-attendance-too-many",
            &[("max", FluentValue::from(MAX_LINES))],
        ));
    } else {
        for line in &lines {
            let found = queries::find_members(&state.pool, line).await?;
            let arg = [("line", FluentValue::from(line.to_string()))];
            match found.as_slice() {
                [] => problems.push(ctx.lang.t_args("err-attendance-unknown", &arg)),
                [(member, _)] => {
                    if !add.contains(member) {
                        add.push(*member);
                    }
                }
                _ => problems.push(ctx.lang.t_args("err-attendance-ambiguous", &arg)),
            }
        }
    }
    if !problems.is_empty() {
        errors.add("add", problems.join(" "));
    }
    let remove: Vec<i64> = form
        .remove
        .iter()
        .copied()
        .filter(|m| attendees.iter().any(|a| a.member_id == *m))
        .collect();
    let named_after = attendees
        .iter()
        .filter(|a| !remove.contains(&a.member_id))
        .count()
        + add
            .iter()
            .filter(|m| !attendees.iter().any(|a| a.member_id == **m))
            .count();
    if let Some(n) = count {
        if (n as usize) < named_after {
            errors.add(
                "count",
                ctx.lang.t_args(
                    "err-attendance-below-named",
                    &[("named", FluentValue::from(named_after))],
                ),
            );
        }
    }
    let refused = |ctx: PageCtx, form: AttendanceForm, errors, attendees, changed| {
        let status = if changed {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        (
            status,
            AttendancePage {
                id,
                title: row.event.title.clone(),
                form,
                errors,
                attendees,
                closed_reason: closed.clone(),
                changed,
                ctx,
            },
        )
            .into_response()
    };
    if !errors.is_empty() {
        return Ok(refused(ctx, form, errors, attendees, false));
    }
    let Some(day) = held_on(&row) else {
        return Err(AppError::NotFound);
    };
    let actor = Actor::from(&me(&ctx)?);
    let record = Attendance {
        count,
        add: &add,
        remove: &remove,
        held_on: day,
        title: &row.event.title,
    };
    match queries::record_attendance(&state.pool, state.site(), &actor, id, version, &record)
        .await?
    {
        Written::Done(_) => {
            tracing::info!(
                webinar_id = id,
                added = add.len(),
                removed = remove.len(),
                "attendance recorded"
            );
            Ok(flash::redirect(
                &format!("/webinars/{id}"),
                "flash-attendance-saved",
            ))
        }
        Written::Conflict(current) => {
            // What is stored now, and the form as typed on the new version.
            let attendees = queries::attendees(&state.pool, id).await?;
            let mut mine = form;
            mine.version = current.version.to_string();
            Ok(refused(ctx, mine, FieldErrors::default(), attendees, true))
        }
        Written::NotFound => Err(AppError::NotFound),
        Written::Refused(key) => Err(AppError::Conflict(key)),
    }
}
