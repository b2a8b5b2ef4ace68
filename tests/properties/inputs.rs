//! Properties' support: the inputs, hostile and valid, every parser is fed.

use super::*;

/// What people, browsers and spreadsheets send that parsers trip over.
pub(crate) const EDGE: &[&str] = &[
    "",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\0",
    "\u{0}x",
    "x\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{feff}",
    "\u{feff}x",
    "\u{200b}",
    "\u{202e}abc",
    "\u{a0}",
    "\u{3000}",
    "\u{85}",
    "\u{2028}",
    "=1+1",
    "=HYPERLINK(\"http://x\",\"y\")",
    "+1",
    "-1",
    "@SUM(A1)",
    "'=1",
    "''=1",
    "'\t=1",
    "\"",
    "\"\"",
    "\"a,b\"",
    "a,b",
    "a\nb",
    "a\r\nb",
    ",",
    ";",
    "|",
    "\\",
    "'",
    "0",
    "-0",
    "+0",
    "00",
    "1e3",
    "0x1F",
    "NaN",
    "inf",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "4294967296",
    "2147483647",
    "2147483648",
    "-2147483649",
    "１２",
    "٣",
    "²",
    "2023-02-30",
    "2023-02-29",
    "2024-02-29",
    "2023-13-01",
    "2023-00-10",
    "2023-1-5",
    "+2023-01-05",
    "-2023-01-05",
    "02023-01-05",
    "2023-01-05T10:00",
    "1989-12-31",
    "1990-01-01",
    "2200-12-31",
    "2201-01-01",
    "0000-01-01",
    "9999-12-31",
    "2023-05",
    "2023-5",
    "2023-13",
    "2023-00",
    "2023",
    "1989",
    "2201",
    "23",
    "3/11/23",
    "25/5/23",
    "13/13/23",
    "2/30/23",
    "1/2",
    "1/2/3/4",
    "/ /",
    "placeholder",
    "TBD",
    " tba ",
    "à confirmer",
    "por confirmar",
    "24:00",
    "23:59",
    "00:00",
    "23:60",
    "12:5",
    "9:30",
    "09:30:00",
    "12h30",
    "-1:00",
    "25:00",
    "America/Atlantis",
    "America/Mexico_City",
    "america/mexico_city",
    "UTC",
    "Etc/GMT+14",
    "EST5EDT",
    "Z",
    "+05:00",
    "https://",
    "http://x",
    "https://icann.org/a b",
    "javascript:alert(1)",
    "HTTPS://ICANN.ORG",
    "AR",
    "ar",
    "Argentina",
    "Perú",
    "Brasil",
    "XX",
    "Spain",
    "St Lucia",
    "a@b.co",
    "josé@ñandú.com.ar",
    "a@localhost",
    "a@@b.org",
    "İ",
    "ß",
    "ﬃ",
    "e\u{301}",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
];

/// Lengths around every limit the parsers and the database have.
pub(crate) const LENGTHS: &[usize] = &[
    1, 4, 11, 12, 30, 31, 63, 64, 65, 100, 101, 128, 129, 199, 200, 201, 253, 254, 255, 499, 500,
    501, 1000, 1001, 1024, 1025, 1999, 2000, 2001, 4999, 5000, 5001, 19999, 20000, 20001,
];
pub(crate) const UNITS: &[&str] = &["a", "é", "e\u{301}", "😀", " ", "\u{a0}", "\0", "'", ","];

/// Any text: arbitrary Unicode, the edge cases, mixtures, and lengths at the limits (with
/// white space around them, which parsers trim first).
pub(crate) fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => any::<String>(),
        2 => select(EDGE).prop_map(str::to_owned),
        2 => (select(EDGE), any::<String>(), select(EDGE))
            .prop_map(|(a, b, c)| format!("{a}{b}{c}")),
        1 => (select(LENGTHS), select(UNITS), select(&["", " ", "\t", "\u{3000}"]))
            .prop_map(|(n, unit, pad)| format!("{pad}{}{pad}", unit.repeat(n))),
    ]
    .boxed()
}

/// Text people really write in a field, up to `max` characters: letters of any script,
/// digits, punctuation, spaces inside.
pub(crate) fn plain(max: usize) -> BoxedStrategy<String> {
    prop_oneof![
        4 => proptest::string::string_regex(&format!(
            "[\\p{{L}}\\p{{N}}][\\p{{L}}\\p{{N}} ,.'&()/-]{{0,{}}}",
            max.min(80) - 1
        ))
        .expect("a regex"),
        1 => (select(UNITS), 1..=max).prop_map(move |(u, n)| {
            let s: String = u.repeat(n).chars().take(max).collect();
            if s.trim().is_empty() { "x".to_owned() } else { s }
        }),
        1 => Just("y".repeat(max)),
    ]
    .boxed()
}

/// One of `values` most of the time, anything otherwise.
pub(crate) fn choice(values: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![4 => select(values).prop_map(str::to_owned), 1 => text()].boxed()
}

pub(crate) fn lang() -> impl Strategy<Value = Lang> {
    select(Lang::all())
}

pub(crate) const YEARS: &[i32] = &[
    0, 1, 999, 1000, 1969, 1970, 1989, 1990, 1991, 2000, 2011, 2018, 2019, 2023, 2024, 2099, 2199,
    2200, 2201, 9999, 10000,
];

/// `YYYY-MM-DD` in and around the calendar: month 0 and 13, day 0 and 32, February 29/30.
pub(crate) fn iso_date_text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (1990i32..=2200, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        2 => (select(YEARS), 0u32..=13, 0u32..=32)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        1 => (select(YEARS), 0u32..=13, 0u32..=32)
            .prop_map(|(y, m, d)| format!("{y}-{m}-{d}")),
        2 => select(DST_DAYS.clone()).prop_map(|(_, d)| d.to_string()),
    ]
    .boxed()
}

/// A date field: mostly dates, sometimes anything.
pub(crate) fn date_field() -> BoxedStrategy<String> {
    prop_oneof![4 => iso_date_text(), 1 => text()].boxed()
}

/// The loose forms the importer reads: ISO, month-first, day-first, two-digit years, words.
pub(crate) fn loose_date_text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => iso_date_text(),
        2 => (0u32..=32, 0u32..=32, prop_oneof![
                (0i32..=99).prop_map(|y| format!("{y:02}")),
                select(YEARS).prop_map(|y| y.to_string()),
            ])
            .prop_map(|(a, b, y)| format!("{a}/{b}/{y}")),
        1 => (select(YEARS), 0u32..=13).prop_map(|(y, m)| format!("{y:04}-{m:02}")),
        1 => select(YEARS).prop_map(|y| y.to_string()),
        1 => select(&["placeholder", "TBD", "tba", "To be confirmed", "a definir", "À confirmer", ""])
            .prop_map(str::to_owned),
        2 => text(),
    ]
    .boxed()
}

pub(crate) fn month_text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (1990i32..=2200, 1u32..=12).prop_map(|(y, m)| format!("{y:04}-{m:02}")),
        2 => (select(YEARS), 0u32..=13).prop_map(|(y, m)| format!("{y:04}-{m:02}")),
        1 => text(),
    ]
    .boxed()
}

pub(crate) fn year_text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (1990i32..=2200).prop_map(|y| y.to_string()),
        2 => select(YEARS).prop_map(|y| y.to_string()),
        1 => text(),
    ]
    .boxed()
}

pub(crate) fn time_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => (0u32..=23, 0u32..=59).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        2 => (0u32..=25, 0u32..=61).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        1 => (0u32..=25, 0u32..=61).prop_map(|(h, m)| format!("{h}:{m}")),
        1 => text(),
    ]
    .boxed()
}

/// Zones with daylight saving in the region and elsewhere, odd offsets, a day that never
/// was (Apia skipped 2011-12-30), and legacy names.
pub(crate) const ZONES: &[&str] = &[
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
    "America/Havana",
    "America/Santiago",
    "America/Asuncion",
    "America/Port_of_Spain",
    "America/Argentina/Buenos_Aires",
    "America/New_York",
    "America/St_Johns",
    "America/Scoresbysund",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "Australia/Lord_Howe",
    "Asia/Kathmandu",
    "Europe/London",
    "UTC",
    "Etc/GMT+12",
    "Etc/GMT-14",
    "EST5EDT",
];

pub(crate) fn zone_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => select(ZONES).prop_map(str::to_owned),
        1 => select(&["America/Atlantis", "america/mexico_city", "Mexico City", "GMT+3", "+05:00", " UTC "])
            .prop_map(str::to_owned),
        1 => text(),
    ]
    .boxed()
}

/// Days on which a zone of `ZONES` changes its offset (and the days either side): where
/// local times are skipped or happen twice, and days last 23 or 25 hours.
pub(crate) static DST_DAYS: LazyLock<Vec<(&'static str, NaiveDate)>> = LazyLock::new(|| {
    let mut days = Vec::new();
    for name in ZONES {
        let zone: Tz = name.parse().expect("a zone");
        let offset = |d: NaiveDate| {
            zone.from_utc_datetime(&d.and_hms_opt(12, 0, 0).unwrap())
                .format("%z")
                .to_string()
        };
        let mut day = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        while day < last {
            let next = day + Duration::days(1);
            if offset(day) != offset(next) {
                days.push((*name, day));
                days.push((*name, next));
            }
            day = next;
        }
    }
    days
});

pub(crate) fn url_text() -> BoxedStrategy<String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => "https?://[a-z0-9.-]{1,30}(/[a-zA-Z0-9_~%?&=.-]{0,40})?",
        1 => (select(LENGTHS), Just("https://icann.org/")).prop_map(|(n, p)| format!("{p}{}", "a".repeat(n))),
        1 => text(),
    ]
    .boxed()
}

/// How people write LAC countries and territories: codes, names in our four languages,
/// with or without accents and capitals.
pub(crate) const COUNTRIES: &[&str] = &[
    "AR",
    "ar",
    " mx ",
    "Argentina",
    "argentina",
    "Brasil",
    "Brazil",
    "Brésil",
    "Perú",
    "peru",
    "PERU",
    "Trinidad and Tobago",
    "Saint Lucia",
    "Haití",
    "Haiti",
    "Curaçao",
    "curacao",
    "Uruguay",
    "UY",
    "pe",
];

pub(crate) fn country_text() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(COUNTRIES).prop_map(str::to_owned),
        1 => select(&["XX", "Spain", "", "A R", "Atlantis", "ARG"]).prop_map(str::to_owned),
        1 => text(),
    ]
    .boxed()
}

/// A day of the calendar's years, a day the clocks change, or one of the ends.
pub(crate) fn valid_date() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (MIN_YEAR..=MAX_YEAR, 1u32..=366).prop_map(|(y, n)| {
            NaiveDate::from_yo_opt(y, n)
                .unwrap_or_else(|| NaiveDate::from_yo_opt(y, 1).unwrap())
                .to_string()
        }),
        2 => select(DST_DAYS.clone()).prop_map(|(_, d)| d.to_string()),
        1 => select(&["1990-01-01", "2200-12-31", "2024-02-29", "2000-02-29"]).prop_map(str::to_owned),
    ]
    .boxed()
}

pub(crate) fn valid_month() -> BoxedStrategy<String> {
    (MIN_YEAR..=MAX_YEAR, 1u32..=12)
        .prop_map(|(y, m)| format!("{y:04}-{m:02}"))
        .boxed()
}

pub(crate) fn valid_year() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (MIN_YEAR..=MAX_YEAR).prop_map(|y| y.to_string()),
        1 => select(&[MIN_YEAR, MAX_YEAR]).prop_map(|y| y.to_string()),
    ]
    .boxed()
}

pub(crate) fn valid_time() -> BoxedStrategy<String> {
    (0u32..24, prop_oneof![0u32..60, select(&[0u32, 1, 30, 59])])
        .prop_map(|(h, m)| format!("{h:02}:{m:02}"))
        .boxed()
}

/// Around midnight and the small hours, when the clocks change.
pub(crate) fn clock_change_time() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (0u32..3, 0u32..60).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        1 => valid_time(),
    ]
    .boxed()
}

pub(crate) fn valid_zone() -> BoxedStrategy<String> {
    select(ZONES).prop_map(str::to_owned).boxed()
}

pub(crate) fn valid_url() -> BoxedStrategy<String> {
    "https?://[a-z0-9-]{1,20}\\.[a-z]{2,6}(/[a-zA-Z0-9_~%?&=.-]{0,40})?".boxed()
}

/// Addresses that are (nearly always) valid: ASCII and internationalised, U-labels and
/// A-labels, upper case.
pub(crate) fn valid_email() -> BoxedStrategy<String> {
    (
        prop_oneof![
            3 => "[a-zA-Z0-9][a-zA-Z0-9_+-]{0,15}",
            2 => "[\\p{Ll}\\p{Lu}]{1,12}",
            1 => select(&["josé", "用户", "ΑΣ", "İstanbul", "ñoño", "fußball", "Ǆemal", "a.b"]).prop_map(str::to_owned),
        ],
        prop_oneof![
            3 => "[a-z0-9]{1,12}",
            1 => select(&["ñandú", "xn--and-6ma2c", "EXAMPLE", "例子", "пример", "ua-test"]).prop_map(str::to_owned),
        ],
        select(&["org", "com.ar", "ORG", "xn--p1ai", "рф", "世界", "technology"]),
    )
        .prop_map(|(l, d, t)| format!("{l}@{d}.{t}"))
        .boxed()
}

/// Email addresses: shapes that pass and shapes that almost do, in every script, plus
/// anything at all.
pub(crate) fn email_text() -> BoxedStrategy<String> {
    let local = prop_oneof![
        3 => "[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]{1,20}(\\.[a-zA-Z0-9_+-]{1,10}){0,2}",
        2 => "[\\p{L}\\p{M}\\p{N}.+_-]{1,24}",
        1 => select(&["İ", "ΑΣ", "ß", "ẞ", "Ǆ", "ﬃ", "e\u{301}", "😀", "a\u{200d}b", "a..b", ".a", "a.", "\"a b\"", "a b", "a\u{202e}b"])
            .prop_map(str::to_owned),
        1 => (1usize..=70).prop_map(|n| "é".repeat(n / 2) + &"a".repeat(n % 2)),
    ];
    let label = prop_oneof![
        3 => "[a-zA-Z0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?",
        2 => "[\\p{L}\\p{N}]{1,12}",
        1 => select(&["xn--and-6ma2c", "xn--a", "xn--", "-a", "a-", "a--b", "ÑANDÚ", "ß", "Straße", "١٢٣", "a_b", ""])
            .prop_map(str::to_owned),
        1 => (1usize..=70).prop_map(|n| "d".repeat(n)),
    ];
    let tld = select(&[
        "org",
        "ORG",
        "com",
        "ar",
        "xn--p1ai",
        "рф",
        "世界",
        "technology",
        "1",
        "123",
        "",
        "o",
    ]);
    let dot = select(&[".", ".", ".", "\u{3002}", "\u{ff0e}", "\u{ff61}", ".."]);
    prop_oneof![
        4 => valid_email(),
        6 => (
            local,
            select(&["@", "@", "@", "＠", "@@"]),
            proptest::collection::vec((label, dot.clone()), 0..4),
            tld,
            select(&["", "", " ", "\t", "."]),
        )
            .prop_map(|(local, at, labels, tld, end)| {
                let mut s = format!("{local}{at}");
                for (l, d) in labels {
                    s.push_str(&l);
                    s.push_str(d);
                }
                s.push_str(tld);
                s.push_str(end);
                s
            }),
        1 => text(),
    ]
    .boxed()
}

/// Applies `changes` (field index, text) to a form: a valid form with a few fields made bad.
pub(crate) fn mutations(fields: usize) -> impl Strategy<Value = Vec<(usize, String)>> {
    prop_oneof![
        3 => Just(Vec::new()),
        2 => proptest::collection::vec((0..fields, text()), 1..3),
    ]
}
