//! Time zones for webinars: turning the local time a webinar was entered in into an
//! instant, and showing that instant in the viewer's zone with the main LAC zones beside
//! it. All offsets and daylight-saving rules come from the zone database (chrono-tz).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use chrono::{DateTime, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use crate::events::dates::format_offset;
use crate::web::Lang;
use crate::web::context::query_param;

/// The zones shown beside every webinar time: where most of LACRALO lives, from west to
/// east, each with the Fluent key of its city's name.
pub const MAIN_LAC_ZONES: [(Tz, &str); 4] = [
    (chrono_tz::America::Mexico_City, "tz-city-mexico-city"),
    (chrono_tz::America::Bogota, "tz-city-bogota"),
    (chrono_tz::America::Port_of_Spain, "tz-city-port-of-spain"),
    (chrono_tz::America::Sao_Paulo, "tz-city-sao-paulo"),
];

pub const ZONE_COOKIE: &str = "lacralo_tz";

/// Why a local time names no single instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalTimeError {
    /// The clocks skip this time (daylight saving starts).
    Gap,
}

/// The instant a local time in `zone` names. A time the clocks pass twice (daylight saving
/// ends) is the first of the two, which is what people who write it mean by it.
pub fn local_to_utc(
    day: NaiveDate,
    time: NaiveTime,
    zone: Tz,
) -> Result<DateTime<Utc>, LocalTimeError> {
    zone.from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(LocalTimeError::Gap)
}

/// An instant as read in one zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZonedTime {
    pub zone: String,
    pub date: NaiveDate,
    pub time: String,
    /// "UTC-05:00".
    pub offset: String,
}

pub fn in_zone(instant: DateTime<Utc>, zone: Tz) -> ZonedTime {
    let local = instant.with_timezone(&zone);
    ZonedTime {
        zone: zone.name().to_owned(),
        date: local.date_naive(),
        time: local.format("%H:%M").to_string(),
        offset: format!(
            "UTC{}",
            format_offset(local.offset().fix().local_minus_utc())
        ),
    }
}

/// One of the main LAC zones beside the viewer's time: "Bogotá 14:00", with the day when
/// it is not the viewer's.
#[derive(Debug, Clone)]
pub struct BesideTime {
    pub city: String,
    pub time: String,
    pub offset: String,
    /// The date, only when it differs from the viewer's.
    pub other_day: Option<String>,
}

pub fn beside(instant: DateTime<Utc>, viewer: Tz, lang: Lang) -> Vec<BesideTime> {
    let viewer_day = in_zone(instant, viewer).date;
    MAIN_LAC_ZONES
        .iter()
        .map(|(zone, key)| {
            let z = in_zone(instant, *zone);
            BesideTime {
                city: lang.t(key),
                time: z.time,
                offset: z.offset,
                other_day: (z.date != viewer_day).then(|| lang.date_short(z.date)),
            }
        })
        .collect()
}

/// The zone the viewer reads times in: chosen with `?tz=` (and remembered in a cookie),
/// else remembered, else UTC until the browser tells us its zone (static/app.js).
#[derive(Debug, Clone, Copy)]
pub struct ViewerZone {
    pub zone: Tz,
    pub source: ZoneSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneSource {
    Chosen,
    Remembered,
    Default,
}

impl ViewerZone {
    /// The cookie that remembers a zone chosen on this request.
    pub fn remember(&self, jar: CookieJar) -> CookieJar {
        if self.source != ZoneSource::Chosen {
            return jar;
        }
        jar.add(
            Cookie::build((ZONE_COOKIE, self.zone.name().to_owned()))
                .path("/")
                .max_age(cookie::time::Duration::days(365))
                .same_site(SameSite::Lax)
                .build(),
        )
    }

    pub fn is_default(&self) -> bool {
        self.source == ZoneSource::Default
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ViewerZone {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let chosen = query_param(parts.uri.query(), "tz").and_then(|v| v.parse::<Tz>().ok());
        if let Some(zone) = chosen {
            return Ok(Self {
                zone,
                source: ZoneSource::Chosen,
            });
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let remembered = jar
            .get(ZONE_COOKIE)
            .and_then(|c| c.value().parse::<Tz>().ok());
        Ok(match remembered {
            Some(zone) => Self {
                zone,
                source: ZoneSource::Remembered,
            },
            None => Self {
                zone: Tz::UTC,
                source: ZoneSource::Default,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn sao_paulo_to_mexico_city_and_utc() {
        // Brazil has had no daylight saving since 2019: 10:00 in São Paulo is 13:00 UTC.
        let utc = local_to_utc(day(2026, 3, 10), hm(10, 0), chrono_tz::America::Sao_Paulo).unwrap();
        assert_eq!(utc.to_rfc3339(), "2026-03-10T13:00:00+00:00");
        let mexico = in_zone(utc, chrono_tz::America::Mexico_City);
        // Mexico ended daylight saving in 2022: UTC-6 all year.
        assert_eq!(mexico.time, "07:00");
        assert_eq!(mexico.offset, "UTC-06:00");
        assert_eq!(in_zone(utc, Tz::UTC).time, "13:00");
    }

    #[test]
    fn santiago_across_its_daylight_saving_change() {
        let santiago = chrono_tz::America::Santiago;
        // Chile moved its clocks forward at 00:00 on 3 September 2023 (to 01:00): the
        // half hour after midnight did not exist there.
        assert_eq!(
            local_to_utc(day(2023, 9, 3), hm(0, 30), santiago),
            Err(LocalTimeError::Gap)
        );
        // The same wall-clock time a day apart is an hour apart in UTC.
        let before = local_to_utc(day(2023, 9, 2), hm(12, 0), santiago).unwrap();
        let after = local_to_utc(day(2023, 9, 4), hm(12, 0), santiago).unwrap();
        assert_eq!(before.to_rfc3339(), "2023-09-02T16:00:00+00:00");
        assert_eq!(after.to_rfc3339(), "2023-09-04T15:00:00+00:00");
        assert_eq!(in_zone(before, santiago).offset, "UTC-04:00");
        assert_eq!(in_zone(after, santiago).offset, "UTC-03:00");
        // Clocks went back at 00:00 on 2 April 2023 (to 23:00 on the 1st): 23:30 on the
        // 1st happened twice; the first is meant.
        let twice = local_to_utc(day(2023, 4, 1), hm(23, 30), santiago).unwrap();
        assert_eq!(twice.to_rfc3339(), "2023-04-02T02:30:00+00:00");
    }

    #[test]
    fn a_time_beside_in_the_main_zones_names_another_day_when_it_is_one() {
        // 03:30 UTC is still the evening before in Mexico City and Bogotá.
        let utc = Utc.with_ymd_and_hms(2026, 6, 15, 3, 30, 0).unwrap();
        let beside = beside(utc, Tz::UTC, Lang::default());
        assert_eq!(beside.len(), 4);
        assert_eq!(beside[0].time, "21:30");
        assert!(beside[0].other_day.is_some());
        assert_eq!(beside[3].time, "00:30");
        assert!(
            beside[3].other_day.is_none(),
            "São Paulo is on the 15th too"
        );
    }
}
