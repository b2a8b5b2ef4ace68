//! Properties: the webinar form.

use super::*;

pub(crate) const WEBINAR_FIELDS: &[&str] = &[
    "title",
    "programme",
    "topic",
    "relevance",
    "status",
    "organiser",
    "date_precision",
    "start_date",
    "month",
    "year",
    "start_time",
    "end_time",
    "time_zone",
    "languages",
    "interpretation",
    "speakers",
    "audience",
    "registration_url",
    "recording_url",
    "notes",
    "reason",
    // The event form's own fields, which the webinar form's event part reports under.
    "kind",
    "city",
    "country",
    "end_date",
    "url",
];

pub(crate) fn webinar_form(topics: Vec<TopicRow>) -> impl Strategy<Value = WebinarForm> {
    let topic_ids: Vec<String> = topics.iter().map(|t| t.id.to_string()).collect();
    let with_topics: Vec<(String, String)> = topics
        .iter()
        .map(|t| (t.programme.clone(), t.id.to_string()))
        .collect();
    // A programme and one of its topics, or no topic, or any mix.
    let programme_topic = prop_oneof![
        2 => select(Programme::VALUES).prop_map(|p| (p.to_owned(), String::new())),
        3 => select(with_topics),
        1 => (choice(Programme::VALUES), prop_oneof![select(topic_ids), text()]),
    ];
    let times = prop_oneof![
        2 => (Just(String::new()), Just(String::new())),
        3 => (0u32..22 * 60, 1u32..240).prop_map(|(start, minutes)| {
            let end = (start + minutes).min(24 * 60 - 1);
            (format!("{:02}:{:02}", start / 60, start % 60), format!("{:02}:{:02}", end / 60, end % 60))
        }),
        1 => (time_text(), time_text()),
        // Early start, late end: on a day of 25 hours the webinar lasts more than a day.
        2 => (select(&["00:00", "00:30"]), select(&["23:30", "23:59"]))
            .prop_map(|(start, end)| (start.to_owned(), end.to_owned())),
    ];
    let day_zone = prop_oneof![
        2 => (valid_date(), valid_zone()),
        1 => (date_field(), zone_text()),
        3 => select(DST_DAYS.clone()).prop_map(|(z, d)| (d.to_string(), z.to_owned())),
    ];
    let languages = prop_oneof![
        4 => proptest::collection::vec(select(WebinarLanguage::VALUES).prop_map(str::to_owned), 0..5),
        1 => proptest::collection::vec(choice(WebinarLanguage::VALUES), 0..5),
    ];
    (
        (
            plain(200),
            programme_topic,
            select(Relevance::VALUES),
            select(EventStatus::VALUES),
            prop_oneof![Just(String::new()), plain(200)],
            select(&["day", "day", "day", "month", "tbd"]),
        ),
        (
            day_zone,
            valid_month(),
            valid_year(),
            times,
            languages,
            proptest::option::of(Just("on".to_owned())),
        ),
        (
            prop_oneof![Just(String::new()), plain(2000)],
            prop_oneof![Just(String::new()), plain(500)],
            or_empty(valid_url()),
            prop_oneof![3 => Just(String::new()), 2 => valid_url(), 1 => url_text()],
            prop_oneof![Just(String::new()), plain(5000)],
        ),
        mutations(WEBINAR_FIELDS.len()),
    )
        .prop_map(
            |(
                (title, (programme, topic), relevance, status, organiser, precision),
                (
                    (start_date, time_zone),
                    month,
                    year,
                    (start_time, end_time),
                    languages,
                    interpretation,
                ),
                (speakers, audience, registration_url, recording_url, notes),
                changes,
            )| {
                let mut f = WebinarForm {
                    title,
                    programme,
                    topic,
                    relevance: relevance.to_owned(),
                    status: status.to_owned(),
                    organiser,
                    date_precision: precision.to_owned(),
                    start_date,
                    month,
                    year,
                    start_time,
                    end_time,
                    time_zone,
                    languages,
                    interpretation,
                    speakers,
                    audience,
                    registration_url,
                    recording_url,
                    notes,
                    reason: String::new(),
                    version: String::new(),
                };
                for (i, v) in changes {
                    match WEBINAR_FIELDS[i] {
                        "title" => f.title = v,
                        "programme" => f.programme = v,
                        "topic" => f.topic = v,
                        "relevance" => f.relevance = v,
                        "status" => f.status = v,
                        "organiser" => f.organiser = v,
                        "date_precision" => f.date_precision = v,
                        "start_date" => f.start_date = v,
                        "month" => f.month = v,
                        "year" => f.year = v,
                        "start_time" => f.start_time = v,
                        "end_time" => f.end_time = v,
                        "time_zone" => f.time_zone = v,
                        "languages" => f.languages.push(v),
                        "speakers" => f.speakers = v,
                        "audience" => f.audience = v,
                        "registration_url" => f.registration_url = v,
                        "recording_url" => f.recording_url = v,
                        "notes" => f.notes = v,
                        _ => f.reason = v,
                    }
                }
                f
            },
        )
}

#[test]
pub(crate) fn the_webinar_form_accepts_what_it_stores_and_explains_what_it_refuses() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    check(
        300,
        (webinar_form(fx.topics.clone()), lang()),
        |(form, lang)| {
            let mut typed = vec![
                form.title.as_str(),
                &form.programme,
                &form.topic,
                &form.relevance,
                &form.status,
                &form.organiser,
                &form.date_precision,
                &form.start_date,
                &form.month,
                &form.year,
                &form.start_time,
                &form.end_time,
                &form.time_zone,
                &form.speakers,
                &form.audience,
                &form.registration_url,
                &form.recording_url,
                &form.notes,
                &form.reason,
            ];
            typed.extend(form.languages.iter().map(String::as_str));
            match form.parse(lang, fx.countries(), &fx.topics) {
                Ok((event, fields)) => {
                    event_invariants(&event, fx.countries(), lang)?;
                    prop_assert_eq!(event.kind, EventKind::Webinar);
                    prop_assert!(event.online);
                    prop_assert_eq!(&event.url, &fields.registration_url);
                    prop_assert!(chars(&fields.speakers) <= SPEAKERS_MAX);
                    prop_assert!(chars(&fields.audience) <= AUDIENCE_MAX);
                    for url in [&fields.registration_url, &fields.recording_url] {
                        prop_assert!(url.is_empty() || (chars(url) <= 500 && is_web_address(url)));
                    }
                    if let Some(topic) = fields.topic_id {
                        let t = fx.topics.iter().find(|t| t.id == topic);
                        prop_assert_eq!(
                            t.map(|t| t.programme.as_str()),
                            Some(fields.programme.as_str())
                        );
                    }
                    if fields.interpretation {
                        prop_assert!(fields.languages.len() >= 2);
                    }
                    let distinct: BTreeSet<&str> =
                        fields.languages.iter().map(|l| l.as_str()).collect();
                    prop_assert_eq!(distinct.len(), fields.languages.len(), "a language twice");
                    if let Some(minutes) = fields.duration_minutes {
                        prop_assert!((1..=1440).contains(&minutes));
                        prop_assert!(event.dates.utc_start().is_some());
                    }
                    block_on(async {
                        let id = webinar_queries::create(fx.pool(), &actor(), &event, &fields)
                            .await
                            .map_err(|e| {
                                TestCaseError::fail(format!("the database refused a webinar: {e}"))
                            })?;
                        let row = webinar_queries::get(fx.pool(), id).await.unwrap().unwrap();
                        let mut stored_event = event.clone();
                        stored_event.url = row.event.url.clone();
                        row_is_event(&row.event, &stored_event)?;
                        prop_assert_eq!(&row.event.url, &fields.registration_url);
                        prop_assert_eq!(row.programme.as_str(), fields.programme.as_str());
                        prop_assert_eq!(row.topic_id, fields.topic_id);
                        prop_assert_eq!(row.duration_minutes, fields.duration_minutes);
                        let stored: BTreeSet<&str> = parse_languages(&row.languages)
                            .iter()
                            .map(|l| l.as_str())
                            .collect();
                        let parsed: BTreeSet<&str> =
                            fields.languages.iter().map(|l| l.as_str()).collect();
                        prop_assert_eq!(stored, parsed);
                        prop_assert_eq!(row.interpretation, fields.interpretation);
                        prop_assert_eq!(&row.speakers, &fields.speakers);
                        prop_assert_eq!(&row.audience, &fields.audience);
                        prop_assert_eq!(&row.recording_url, &fields.recording_url);
                        prop_assert_eq!(row.starts_at(), event.dates.utc_start());
                        Ok(())
                    })?;
                }
                Err(errors) => field_errors_translated(&errors, WEBINAR_FIELDS, &typed)?,
            }
            Ok(())
        },
    );
}
