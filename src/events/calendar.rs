//! The month grid: weeks from Monday to Sunday, each day with the events on it.

use chrono::{Datelike, Duration, NaiveDate};

use super::dates::EventDates;
use super::model::EventRow;
use super::view::EventView;
use crate::countries::Countries;
use crate::web::Lang;

pub struct Day {
    pub date: NaiveDate,
    pub number: u32,
    pub in_month: bool,
    pub is_today: bool,
    pub label: String,
    pub events: Vec<EventView>,
}

pub struct MonthGrid {
    pub year: i32,
    pub month: u32,
    pub title: String,
    pub weeks: Vec<Vec<Day>>,
    /// Events known only to be in this month.
    pub undated: Vec<EventView>,
    pub prev: (i32, u32),
    pub next: (i32, u32),
    pub weekdays: Vec<String>,
    pub event_count: usize,
}

pub fn build(
    year: i32,
    month: u32,
    rows: &[EventRow],
    today: NaiveDate,
    lang: Lang,
    countries: &Countries,
) -> Option<MonthGrid> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let grid_start = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let (prev_year, prev_month) = if month == 1 {
        (year - 1, 12)
    } else {
        (year, month - 1)
    };
    let last = NaiveDate::from_ymd_opt(next_year, next_month, 1)? - Duration::days(1);

    let views: Vec<(EventDates, EventView)> = rows
        .iter()
        .map(|r| (r.dates(), EventView::new(r, lang, countries)))
        .collect();
    let mut weeks = Vec::new();
    let mut day = grid_start;
    while day <= last {
        let mut week = Vec::with_capacity(7);
        for _ in 0..7 {
            let events = views
                .iter()
                .filter(|(d, _)| matches!(d, EventDates::Day { start, end, .. } if *start <= day && day <= *end))
                .map(|(_, v)| v.clone())
                .collect();
            week.push(Day {
                date: day,
                number: day.day(),
                in_month: day.month() == month,
                is_today: day == today,
                label: lang.date(day),
                events,
            });
            day += Duration::days(1);
        }
        weeks.push(week);
    }
    let undated: Vec<EventView> = views
        .iter()
        .filter(|(d, _)| !d.is_dated())
        .map(|(_, v)| v.clone())
        .collect();
    Some(MonthGrid {
        year,
        month,
        title: lang.month_year(year, month),
        weeks,
        event_count: rows.len(),
        undated,
        prev: (prev_year, prev_month),
        next: (next_year, next_month),
        weekdays: lang.weekdays_short(),
    })
}
