//! When a reminder is due. A series of reminders (7 days and 1 day before a deadline; 24
//! hours and 1 hour before a webinar) sends its **latest step that has come**, while the
//! cause still holds (before the deadline, before the webinar). So a server that was down
//! when a step fell due sends it when it is back (catch-up), and one that was down across
//! two steps sends only the later one: one up-to-date message, not a burst of stale ones.
//! Each step has its own deduplication key, so no step is ever sent twice.

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The latest of `steps` (name, instant) that is at or before `now`, if `now` is still
/// before `until`.
pub fn latest_step<'a>(
    steps: &[(&'a str, DateTime<Utc>)],
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Option<&'a str> {
    if now >= until {
        return None;
    }
    steps
        .iter()
        .filter(|(_, at)| *at <= now)
        .max_by_key(|(_, at)| *at)
        .map(|(name, _)| *name)
}

/// The step of an open-ended series around a due day: `before` from `lead` days ahead,
/// `due` on the day, then `overdue-1`, `overdue-2` … each week after it. Days are UTC days.
pub fn report_step(due: NaiveDate, lead_days: i64, today: NaiveDate) -> Option<String> {
    if today < due - Duration::days(lead_days) {
        None
    } else if today < due {
        Some("before".to_owned())
    } else if today < due + Duration::days(7) {
        Some("due".to_owned())
    } else {
        Some(format!("overdue-{}", (today - due).num_days() / 7))
    }
}

/// The last instant at or before `now` that is `weekday` (1 Monday … 7 Sunday) at `hour`
/// o'clock in `zone`: the digest due now. Its local date names it.
pub fn latest_weekly(
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
    weekday: u32,
    hour: u32,
) -> Option<(NaiveDate, DateTime<Utc>)> {
    use chrono::{Datelike, TimeZone};
    let local_today = now.with_timezone(&zone).date_naive();
    (0..8).find_map(|back| {
        let day = local_today - Duration::days(back);
        if day.weekday().number_from_monday() != weekday {
            return None;
        }
        // A local hour the clocks skip is taken an hour later.
        let at = zone
            .from_local_datetime(&day.and_hms_opt(hour, 0, 0)?)
            .earliest()
            .or_else(|| {
                zone.from_local_datetime(&day.and_hms_opt((hour + 1) % 24, 0, 0)?)
                    .earliest()
            })?
            .with_timezone(&Utc);
        (at <= now).then_some((day, at))
    })
}

/// What a report reminder says (a CROP trip's assessment, a funded initiative's report):
/// the same message at each step of `report_step`, in the domain's words.
pub struct ReportReminder<'a> {
    /// The thing reported on ("Caribbean IGF").
    pub title: &'a str,
    pub due: NaiveDate,
    /// `before`, `due` or `overdue-N` (`report_step`).
    pub step: &'a str,
    /// The subject's and the first paragraph's message keys before, on, and after the due
    /// day.
    pub messages: [(&'static str, &'static str); 3],
    /// The action's label key and its page.
    pub action: (&'static str, String),
    /// Why the person gets it, while not late and once late (message keys).
    pub why: (&'static str, &'static str),
}

impl ReportReminder<'_> {
    /// The message's content in `lang`.
    pub fn content(&self, lang: crate::web::Lang, name: &str) -> super::Content {
        let args = [
            ("title", self.title.to_owned().into()),
            ("due", lang.date(self.due).into()),
        ];
        let overdue = self.step.starts_with("overdue");
        let (subject, intro) = match self.step {
            "before" => self.messages[0],
            "due" => self.messages[1],
            _ => self.messages[2],
        };
        super::Content::new(
            lang,
            lang.t_args(subject, &args),
            name,
            super::Action {
                label: lang.t(self.action.0),
                url: self.action.1.clone(),
            },
        )
        .paragraph(lang.t_args(intro, &args))
        .fact(super::Fact::new(
            lang.t("notify-fact-report-due"),
            lang.date(self.due),
        ))
        .why(lang.t(if overdue { self.why.1 } else { self.why.0 }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, d, h, 0, 0).unwrap()
    }

    #[test]
    fn the_latest_step_that_has_come_and_only_before_the_cause_ends() {
        let deadline = at(20, 12);
        let steps = [
            ("7d", deadline - Duration::days(7)),
            ("1d", deadline - Duration::days(1)),
        ];
        let cases = [
            (at(13, 11), None),       // an hour before the first step
            (at(13, 12), Some("7d")), // exactly at it
            (at(15, 0), Some("7d")),
            (at(19, 11), Some("7d")),
            (at(19, 12), Some("1d")), // exactly at the second
            (at(20, 11), Some("1d")), // down across both: only the later one
            (at(20, 12), None),       // the deadline itself: too late
            (at(25, 0), None),
        ];
        for (now, expected) in cases {
            assert_eq!(latest_step(&steps, now, deadline), expected, "{now}");
        }
    }

    #[test]
    fn report_steps_around_the_due_day() {
        let due = NaiveDate::from_ymd_opt(2027, 4, 10).unwrap();
        let day = |d: u32, m: u32| NaiveDate::from_ymd_opt(2027, m, d).unwrap();
        let cases = [
            (day(6, 4), None),
            (day(7, 4), Some("before")),
            (day(9, 4), Some("before")),
            (day(10, 4), Some("due")),
            (day(16, 4), Some("due")),
            (day(17, 4), Some("overdue-1")),
            (day(23, 4), Some("overdue-1")),
            (day(24, 4), Some("overdue-2")),
            (day(8, 5), Some("overdue-4")),
        ];
        for (today, expected) in cases {
            assert_eq!(report_step(due, 3, today).as_deref(), expected, "{today}");
        }
    }

    #[test]
    fn the_weekly_digest_falls_at_the_local_hour() {
        let bogota = chrono_tz::America::Bogota; // UTC-5, no daylight saving
        // Monday 15 March 2027, 08:00 in Bogotá is 13:00 UTC.
        let monday_8 = Utc.with_ymd_and_hms(2027, 3, 15, 13, 0, 0).unwrap();
        let day = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap();
        assert_eq!(latest_weekly(monday_8, bogota, 1, 8), Some((day, monday_8)));
        // A minute before: last week's.
        let before = monday_8 - Duration::minutes(1);
        assert_eq!(
            latest_weekly(before, bogota, 1, 8).map(|(d, _)| d),
            Some(day - Duration::days(7))
        );
        // Thursday: still this Monday's.
        assert_eq!(
            latest_weekly(monday_8 + Duration::days(3), bogota, 1, 8).map(|(d, _)| d),
            Some(day)
        );
    }
}
