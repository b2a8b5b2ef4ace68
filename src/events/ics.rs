//! The iCalendar (RFC 5545) feed. All-day events are DATE values (DTEND exclusive); timed
//! ones carry their IANA zone as TZID with a VTIMEZONE describing it; an event known only
//! by its month is a free all-day entry on the 1st, "(date to be confirmed)"; one known only
//! by its year is left out rather than put on a made-up day. UIDs are stable and
//! SEQUENCE rises whenever the dates change, so subscribed calendars update in place.

use std::collections::{BTreeSet, HashMap};
use std::str::FromStr;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{
    Calendar, CalendarComponent, CalendarDateTime, Component, Event, EventLike, EventStatus,
    Property,
};

use super::dates::{EventDates, format_offset};
use super::model::{EventRow, EventStatus as Status};
use super::series::SeriesRow;
use crate::countries::Countries;
use crate::web::Lang;

pub fn feed(
    rows: &[EventRow],
    series: HashMap<i64, SeriesRow>,
    durations: HashMap<i64, i64>,
    base_url: &str,
    lang: Lang,
    countries: &Countries,
) -> String {
    feed_with(
        rows,
        &FeedOptions {
            name: lang.t("ics-calendar-name"),
            page_prefix: "/events",
            durations,
            extra: Vec::new(),
            series,
        },
        base_url,
        lang,
        countries,
    )
}

/// What differs between the calendar's feeds: their name, where each entry's page is,
/// and the length of timed entries whose length is known (webinars), in minutes.
pub struct FeedOptions {
    pub name: String,
    pub page_prefix: &'static str,
    pub durations: HashMap<i64, i64>,
    /// Entries that are not events of the calendar (a private feed's CROP deadlines).
    pub extra: Vec<Event>,
    /// The series the rows' occurrences belong to, by id: each is written as one entry
    /// with its rule. An occurrence whose series is not here is written on its own.
    pub series: HashMap<i64, SeriesRow>,
}

pub fn feed_with(
    rows: &[EventRow],
    options: &FeedOptions,
    base_url: &str,
    lang: Lang,
    countries: &Countries,
) -> String {
    let mut calendar = Calendar::new();
    calendar.name(&options.name);
    calendar.append_property(("PRODID", "-//LACRALO//Outreach//EN"));
    let mut entries = Entries {
        options,
        base_url,
        lang,
        countries,
        zones: BTreeSet::new(),
    };
    // A series is one entry with its rule; its occurrences in this feed, gathered.
    let mut series: Vec<(i64, Vec<&EventRow>)> = Vec::new();
    for row in rows {
        match row.series_id.filter(|s| options.series.contains_key(s)) {
            Some(s) => match series.iter_mut().find(|(id, _)| *id == s) {
                Some((_, members)) => members.push(row),
                None => series.push((s, vec![row])),
            },
            None => {
                if let Some(event) = entries.entry(row, &row.uid, &row.dates()) {
                    calendar.push(event);
                }
            }
        }
    }
    for (id, members) in series {
        for event in entries.series(&options.series[&id], &members) {
            calendar.push(event);
        }
    }
    for entry in &options.extra {
        calendar.push(entry.clone());
    }
    let mut by_zone: std::collections::BTreeMap<&str, Vec<i32>> = Default::default();
    for (zone, year) in entries.zones {
        by_zone.entry(zone).or_default().push(year);
    }
    for (name, years) in by_zone {
        let Ok(zone) = name.parse::<Tz>() else {
            continue;
        };
        if let Ok(component) = CalendarComponent::from_str(&vtimezone(zone, &years)) {
            calendar.push(component);
        }
    }
    strip_bare_cr(&calendar.done().to_string())
}

/// What every entry of one feed shares, and the zones (with their years) its entries use.
struct Entries<'a> {
    options: &'a FeedOptions,
    base_url: &'a str,
    lang: Lang,
    countries: &'a Countries,
    zones: BTreeSet<(&'static str, i32)>,
}

impl Entries<'_> {
    /// One VEVENT: `row`'s fields under `uid`, on `dates`; none for an event without a day.
    fn entry(&mut self, row: &EventRow, uid: &str, dates: &EventDates) -> Option<Event> {
        let (lang, countries, options) = (self.lang, self.countries, self.options);
        // An event known only by its month is an all-day entry on the 1st, marked as not
        // taking the time (free, transparent) and titled as to be confirmed; one known
        // only by its year is left out rather than put on a made-up day.
        let (start, end, time, to_confirm) = match *dates {
            EventDates::Day { start, end, time } => (start, end, time, false),
            EventDates::Month { year, month } => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                (first, first, None, true)
            }
            EventDates::Tbd { .. } => return None,
        };
        let title = if to_confirm {
            lang.t_args("ics-date-tbc", &[("title", row.title.clone().into())])
        } else {
            row.title.clone()
        };
        let mut event = Event::new();
        if to_confirm {
            event
                .add_property("TRANSP", "TRANSPARENT")
                .add_property("X-MICROSOFT-CDO-BUSYSTATUS", "FREE");
        }
        event
            .uid(uid)
            .summary(&title)
            .sequence(u32::try_from(row.sequence).unwrap_or(0))
            .url(&format!(
                "{}{}/{}",
                self.base_url.trim_end_matches('/'),
                options.page_prefix,
                row.id
            ));
        if let Some(modified) = parse_stamp(&row.updated_at) {
            event.last_modified(modified).timestamp(modified);
        }
        match time {
            Some(t) => {
                let starts = start.and_time(t.time);
                // A timed event of known length ends after it; one without is given one
                // hour on its first day,
                // or runs to midnight ending its last day when it spans several.
                let ends: NaiveDateTime = if let Some(minutes) = options.durations.get(&row.id) {
                    // Through the instant, so a length across a clock change stays right.
                    let length = Duration::minutes(*minutes);
                    t.zone
                        .from_local_datetime(&starts)
                        .earliest()
                        .map_or(starts + length, |s| (s + length).naive_local())
                } else if end == start {
                    starts + Duration::hours(1)
                } else {
                    (end + Duration::days(1))
                        .and_hms_opt(0, 0, 0)
                        .unwrap_or(starts)
                };
                event.starts(CalendarDateTime::WithTimezone {
                    date_time: starts,
                    tzid: t.zone.name().to_owned(),
                });
                event.ends(CalendarDateTime::WithTimezone {
                    date_time: ends,
                    tzid: t.zone.name().to_owned(),
                });
                for y in start.year()..=end.year() {
                    self.zones.insert((t.zone.name(), y));
                }
            }
            None => {
                event.starts(start).ends(end + Duration::days(1));
            }
        }
        let place: Vec<String> = [
            Some(row.city.clone()).filter(|c| !c.is_empty()),
            row.country
                .as_deref()
                .and_then(|c| countries.get(c))
                .map(|c| c.name(lang).to_owned()),
            row.online.then(|| lang.t("event-online")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !place.is_empty() {
            event.location(&place.join(", "));
        }
        event.description(&description(row, lang));
        event.status(match row.status() {
            Status::Cancelled => EventStatus::Cancelled,
            Status::Planned => EventStatus::Tentative,
            Status::Confirmed | Status::Held => EventStatus::Confirmed,
        });
        Some(event.done())
    }

    /// A series as RFC 5545 has it: one VEVENT with the rule, carrying the fields of its
    /// occurrences that kept them; an `EXDATE` for each day the rule gives that this feed
    /// has no occurrence for (deleted, or left out by the feed's filters), so that a
    /// calendar shows the very occurrences the pages list; and a `RECURRENCE-ID` override
    /// for each occurrence moved, cancelled or changed on its own.
    fn series(&mut self, series: &SeriesRow, members: &[&EventRow]) -> Vec<Event> {
        let plain = |me: &mut Self| {
            members
                .iter()
                .filter_map(|r| me.entry(r, &r.uid, &r.dates()))
                .collect::<Vec<_>>()
        };
        let Some(schedule) = series.schedule() else {
            return plain(self);
        };
        let Ok(days) = schedule.occurrences() else {
            return plain(self);
        };
        let on_rule = |r: &EventRow| {
            r.recurrence_day
                .as_deref()
                .and_then(super::series::day)
                .filter(|d| days.iter().any(|(day, _)| day == d))
        };
        // The master's fields: the first occurrence still where the rule puts it and not
        // cancelled (a cancelled master would cancel the whole series in most clients).
        let in_place =
            |r: &&&EventRow| on_rule(r).is_some_and(|d| schedule.dates_on(d) == r.dates());
        let Some(template) = members
            .iter()
            .find(|r| in_place(r) && r.status() != Status::Cancelled)
            .or_else(|| members.iter().find(|r| in_place(r)))
        else {
            return plain(self);
        };
        let sequence = |r: &EventRow| u32::try_from(r.sequence.max(series.sequence)).unwrap_or(0);
        let zone = schedule.time.map(|t| t.zone);
        let original = |day: NaiveDate| -> CalendarDateTime {
            match schedule.time {
                Some(t) => CalendarDateTime::WithTimezone {
                    date_time: day.and_time(t.time),
                    tzid: t.zone.name().to_owned(),
                },
                None => CalendarDateTime::Floating(day.and_hms_opt(0, 0, 0).unwrap_or_default()),
            }
        };
        let mut out = Vec::new();
        let Some(mut master) = self.entry(
            template,
            &series.uid,
            &schedule.dates_on(schedule.first_day),
        ) else {
            return plain(self);
        };
        master.sequence(sequence(template));
        master.add_property("RRULE", schedule.rule.for_feed(zone));
        if let Some(t) = schedule.time {
            let last = days.last().map_or(schedule.first_day, |d| d.0);
            for y in schedule.first_day.year()..=last.year() {
                self.zones.insert((t.zone.name(), y));
            }
        }
        for (day, _) in &days {
            if members.iter().any(|r| on_rule(r) == Some(*day)) {
                continue;
            }
            let mut exdate = match schedule.time {
                Some(t) => {
                    let mut p = Property::new(
                        "EXDATE",
                        day.and_time(t.time).format("%Y%m%dT%H%M%S").to_string(),
                    );
                    p.add_parameter("TZID", t.zone.name());
                    p
                }
                None => {
                    let mut p = Property::new("EXDATE", day.format("%Y%m%d").to_string());
                    p.add_parameter("VALUE", "DATE");
                    p
                }
            };
            master.append_multi_property(exdate.done());
        }
        out.push(master.done());
        for row in members {
            let Some(day) = on_rule(row) else {
                // Not a day the rule gives (an edit by hand): an entry of its own.
                out.extend(self.entry(row, &row.uid, &row.dates()));
                continue;
            };
            if row.id == template.id
                || (same_entry(row, template) && schedule.dates_on(day) == row.dates())
            {
                continue;
            }
            if let Some(mut over) = self.entry(row, &series.uid, &row.dates()) {
                match original(day) {
                    CalendarDateTime::Floating(_) if zone.is_none() => {
                        over.recurrence_id(day);
                    }
                    at => {
                        over.recurrence_id(at);
                    }
                }
                over.sequence(sequence(row));
                out.push(over.done());
            }
        }
        out
    }
}

/// Whether two occurrences say the same in a feed, but for their dates.
fn same_entry(a: &EventRow, b: &EventRow) -> bool {
    (
        &a.title,
        a.kind,
        &a.organiser,
        &a.city,
        &a.country,
        a.online,
        &a.url,
        &a.notes,
        a.status,
    ) == (
        &b.title,
        b.kind,
        &b.organiser,
        &b.city,
        &b.country,
        b.online,
        &b.url,
        &b.notes,
        b.status,
    )
}

fn description(row: &EventRow, lang: Lang) -> String {
    let mut description = format!(
        "{}: {}",
        lang.t("field-kind"),
        lang.t(&row.kind().label_key())
    );
    if !row.organiser.is_empty() {
        description.push_str(&format!(
            "\n{}: {}",
            lang.t("field-organiser"),
            row.organiser
        ));
    }
    if !row.url.is_empty() {
        description.push_str(&format!("\n{}", row.url));
    }
    if !row.notes.is_empty() {
        description.push_str(&format!("\n\n{}", row.notes));
    }
    description
}

/// The feed without any CR that does not end a line. The serialiser escapes LF in values
/// but leaves CR as it is, and a parser that splits lines on a bare CR (several do) would
/// read what follows it as new lines: new properties, even new VEVENTs. Forms refuse CR in
/// one-line fields and store LF only in the others, but older rows and imported ones may
/// still hold one: this is the last line of defence, for every feed.
pub fn strip_bare_cr(serialised: &str) -> String {
    let mut out = String::with_capacity(serialised.len());
    let mut chars = serialised.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\r' || chars.peek() == Some(&'\n') {
            out.push(c);
        }
    }
    out
}

fn parse_stamp(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// A VTIMEZONE for `zone` covering the given years: one observance per offset change,
/// found in the zone database, so calendars need not know the IANA name.
pub fn vtimezone(zone: Tz, years: &[i32]) -> String {
    let first = years.iter().min().copied().unwrap_or(2000);
    let last = years.iter().max().copied().unwrap_or(first);
    let offset_at = |t: DateTime<Utc>| zone.offset_from_utc_datetime(&t.naive_utc()).fix();
    let start = Utc
        .with_ymd_and_hms(first, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let stop = Utc
        .with_ymd_and_hms(last + 1, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let name_at = |t: DateTime<Utc>| t.with_timezone(&zone).format("%Z").to_string();
    let mut out = format!("BEGIN:VTIMEZONE\r\nTZID:{}\r\n", zone.name());
    let mut observance = |kind: &str, local: NaiveDateTime, from: i32, to: i32, name: String| {
        out.push_str(&format!(
            "BEGIN:{kind}\r\nDTSTART:{}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\nTZNAME:{name}\r\nEND:{kind}\r\n",
            local.format("%Y%m%dT%H%M%S"),
            format_offset(from).replace(':', ""),
            format_offset(to).replace(':', ""),
        ));
    };
    let initial = offset_at(start).local_minus_utc();
    let standard = |o: i32| {
        // The smaller of the year's offsets is standard time.
        o <= initial.min(offset_at(start + Duration::days(182)).local_minus_utc())
    };
    observance(
        if standard(initial) {
            "STANDARD"
        } else {
            "DAYLIGHT"
        },
        NaiveDate::from_ymd_opt(first, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or_default(),
        initial,
        initial,
        name_at(start),
    );
    // Walk the range an hour at a time, narrowing each change down to the minute.
    let mut t = start;
    let mut previous = initial;
    while t < stop {
        let next = t + Duration::hours(1);
        let offset = offset_at(next).local_minus_utc();
        if offset != previous {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::minutes(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_at(mid).local_minus_utc() == previous {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let local_before = hi.naive_utc() + Duration::seconds(i64::from(previous));
            observance(
                if standard(offset) {
                    "STANDARD"
                } else {
                    "DAYLIGHT"
                },
                local_before,
                previous,
                offset,
                name_at(hi),
            );
            previous = offset;
        }
        t = next;
    }
    out.push_str("END:VTIMEZONE\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vtimezone_lists_the_changes_of_a_zone_with_daylight_time() {
        // Santiago changed offsets twice in 2023 (April and September).
        let text = vtimezone("America/Santiago".parse().unwrap(), &[2023]);
        assert_eq!(
            text.matches("BEGIN:DAYLIGHT").count() + text.matches("BEGIN:STANDARD").count(),
            3
        );
        assert!(text.contains("TZOFFSETTO:-0400"));
        assert!(text.contains("TZOFFSETTO:-0300"));
    }

    #[test]
    fn vtimezone_for_a_zone_without_changes_has_one_observance() {
        let text = vtimezone("America/Bogota".parse().unwrap(), &[2023]);
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 1);
        assert!(text.contains("TZOFFSETTO:-0500"));
    }
}
