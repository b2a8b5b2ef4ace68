//! Leadership's defaults for everyone (`/notifications/settings`): how long before a CROP
//! deadline, a trip report's due date and a webinar the reminders go, the digest's day and
//! hour, and whether ALSs are nudged at all.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::settings_queries::{NotificationSettings, load, save};
use crate::audit::Actor;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{Lang, PageCtx, flash};

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    pub crop_first_reminder_days: String,
    pub crop_last_reminder_days: String,
    pub report_reminder_days: String,
    pub webinar_first_hours: String,
    pub webinar_last_hours: String,
    pub digest_weekday: String,
    pub digest_hour: String,
    pub als_nudges: Option<String>,
    pub version: String,
}

impl SettingsForm {
    fn from_settings(s: &NotificationSettings) -> Self {
        Self {
            crop_first_reminder_days: s.crop_first_reminder_days.to_string(),
            crop_last_reminder_days: s.crop_last_reminder_days.to_string(),
            report_reminder_days: s.report_reminder_days.to_string(),
            webinar_first_hours: s.webinar_first_hours.to_string(),
            webinar_last_hours: s.webinar_last_hours.to_string(),
            digest_weekday: s.digest_weekday.to_string(),
            digest_hour: s.digest_hour.to_string(),
            als_nudges: s.als_nudges.then(|| "on".to_owned()),
            version: s.version.to_string(),
        }
    }

    /// Every problem at once, each under its field.
    pub fn parse(&self, lang: Lang) -> Result<NotificationSettings, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut number = |field: &'static str, typed: &str, min: i64, max: i64| -> i64 {
            match typed.trim().parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => n,
                _ => {
                    errors.add(
                        field,
                        lang.t_args(
                            "err-number-range",
                            &[("min", min.into()), ("max", max.into())],
                        ),
                    );
                    min
                }
            }
        };
        let settings = NotificationSettings {
            crop_first_reminder_days: number(
                "crop_first_reminder_days",
                &self.crop_first_reminder_days,
                1,
                60,
            ),
            crop_last_reminder_days: number(
                "crop_last_reminder_days",
                &self.crop_last_reminder_days,
                1,
                60,
            ),
            report_reminder_days: number("report_reminder_days", &self.report_reminder_days, 1, 30),
            webinar_first_hours: number("webinar_first_hours", &self.webinar_first_hours, 1, 336),
            webinar_last_hours: number("webinar_last_hours", &self.webinar_last_hours, 1, 336),
            digest_weekday: number("digest_weekday", &self.digest_weekday, 1, 7),
            digest_hour: number("digest_hour", &self.digest_hour, 0, 23),
            als_nudges: self.als_nudges.is_some(),
            version: self.version.trim().parse().unwrap_or(0),
        };
        if !errors.has("crop_last_reminder_days")
            && !errors.has("crop_first_reminder_days")
            && settings.crop_last_reminder_days >= settings.crop_first_reminder_days
        {
            errors.add(
                "crop_last_reminder_days",
                lang.t("notify-err-last-before-first"),
            );
        }
        if !errors.has("webinar_last_hours")
            && !errors.has("webinar_first_hours")
            && settings.webinar_last_hours >= settings.webinar_first_hours
        {
            errors.add("webinar_last_hours", lang.t("notify-err-last-before-first"));
        }
        if errors.is_empty() {
            Ok(settings)
        } else {
            Err(errors)
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "outbox/settings.html")]
pub struct SettingsPage {
    pub ctx: PageCtx,
    pub form: SettingsForm,
    pub errors: FieldErrors,
    pub weekdays: Vec<Choice>,
    pub hours: Vec<Choice>,
    pub conflict: bool,
}

fn page(ctx: PageCtx, form: SettingsForm, errors: FieldErrors, conflict: bool) -> SettingsPage {
    let weekdays = ctx
        .lang
        .weekdays_long()
        .into_iter()
        .enumerate()
        .map(|(i, name)| Choice::new((i + 1).to_string(), name, &form.digest_weekday))
        .collect();
    let hours = (0..24)
        .map(|h| Choice::new(h.to_string(), format!("{h:02}:00"), &form.digest_hour))
        .collect();
    SettingsPage {
        ctx,
        form,
        errors,
        weekdays,
        hours,
        conflict,
    }
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx) -> AppResult<SettingsPage> {
    let mut conn = state.pool.acquire().await?;
    let current = load(&mut conn).await?;
    Ok(page(
        ctx,
        SettingsForm::from_settings(&current),
        FieldErrors::default(),
        false,
    ))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<SettingsForm>,
) -> AppResult<Response> {
    let settings = match form.parse(ctx.lang) {
        Ok(s) => s,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page(ctx, form, errors, false),
            )
                .into_response());
        }
    };
    let user = ctx
        .user
        .as_ref()
        .ok_or(crate::error::AppError::Forbidden("error-403-text"))?;
    let actor = Actor::from(user);
    if save(&state.pool, &actor, &settings).await?.is_done() {
        return Ok(flash::redirect(
            "/notifications/settings",
            "flash-notify-settings",
        ));
    }
    // Someone saved first: show their values, with what this person typed kept aside.
    let mut conn = state.pool.acquire().await?;
    let current = load(&mut conn).await?;
    let mut kept = form;
    kept.version = current.version.to_string();
    Ok((
        StatusCode::CONFLICT,
        page(ctx, kept, FieldErrors::default(), true),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> SettingsForm {
        SettingsForm::from_settings(&NotificationSettings {
            crop_first_reminder_days: 7,
            crop_last_reminder_days: 1,
            report_reminder_days: 3,
            webinar_first_hours: 24,
            webinar_last_hours: 1,
            digest_weekday: 1,
            digest_hour: 8,
            als_nudges: true,
            version: 1,
        })
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let lang = Lang::default();
        assert!(form().parse(lang).is_ok());
        let mut bad = form();
        bad.crop_first_reminder_days = "0".into();
        bad.digest_hour = "24".into();
        bad.webinar_first_hours = "2".into();
        bad.webinar_last_hours = "2".into();
        let errors = bad.parse(lang).unwrap_err();
        assert!(errors.has("crop_first_reminder_days"));
        assert!(errors.has("digest_hour"));
        assert!(errors.has("webinar_last_hours"));
        assert_eq!(errors.len(), 3);
        let mut edge = form();
        edge.crop_first_reminder_days = "60".into();
        edge.crop_last_reminder_days = "59".into();
        edge.digest_hour = "0".into();
        edge.digest_weekday = "7".into();
        assert!(edge.parse(lang).is_ok());
    }
}
