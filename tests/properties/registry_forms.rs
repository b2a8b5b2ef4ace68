//! Properties: the registry's forms: ALS, member, engagement.

use super::*;

pub(crate) const ALS_FIELDS: &[&str] = &[
    "name",
    "acronym",
    "country",
    "website",
    "accredited_on",
    "notes",
];

pub(crate) fn als_form() -> impl Strategy<Value = AlsForm> {
    (
        prop_oneof![2 => plain(200), 1 => select(ALS_NAMES).prop_map(str::to_owned)],
        prop_oneof![Just(String::new()), plain(30)],
        country_text(),
        prop_oneof![2 => Just(String::new()), 2 => valid_url(), 1 => url_text()],
        prop_oneof![2 => Just(String::new()), 2 => valid_date(), 1 => date_field()],
        prop_oneof![Just(String::new()), plain(5000)],
        mutations(ALS_FIELDS.len()),
    )
        .prop_map(
            |(name, acronym, country, website, accredited_on, notes, changes)| {
                let mut f = AlsForm {
                    name,
                    acronym,
                    country,
                    website,
                    accredited_on,
                    notes,
                    version: String::new(),
                };
                for (i, v) in changes {
                    match i {
                        0 => f.name = v,
                        1 => f.acronym = v,
                        2 => f.country = v,
                        3 => f.website = v,
                        4 => f.accredited_on = v,
                        _ => f.notes = v,
                    }
                }
                f
            },
        )
}

#[test]
pub(crate) fn the_als_form_accepts_what_it_stores_and_explains_what_it_refuses() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    check(300, (als_form(), lang()), |(form, lang)| {
        let typed = [
            form.name.as_str(),
            &form.acronym,
            &form.country,
            &form.website,
            &form.accredited_on,
            &form.notes,
        ];
        match form.parse(lang, fx.countries()) {
            Ok(als) => {
                prop_assert_eq!(als.name.as_str(), form.name.trim());
                prop_assert!(!als.name.is_empty() && chars(&als.name) <= 200);
                prop_assert!(chars(&als.acronym) <= 30);
                prop_assert!(chars(&als.notes) <= 5000);
                prop_assert!(als.website.is_empty() || is_web_address(&als.website));
                prop_assert!(fx.countries().get(&als.country).is_some());
                block_on(async {
                    let written = als_queries::create(fx.pool(), &actor(), &als)
                        .await
                        .map_err(|e| {
                            TestCaseError::fail(format!("the database refused an ALS: {e}"))
                        })?;
                    let als_queries::Written::Done(id) = written else {
                        // Another of that name in that country: refused in the form.
                        return Ok(());
                    };
                    let row = als_queries::get(fx.pool(), id).await.unwrap().unwrap();
                    prop_assert_eq!(&row.name, &als.name);
                    prop_assert_eq!(&row.acronym, &als.acronym);
                    prop_assert_eq!(&row.country, &als.country);
                    prop_assert_eq!(&row.website, &als.website);
                    prop_assert_eq!(parse_stored_date(&row.accredited_on), als.accredited_on);
                    prop_assert_eq!(&row.notes, &als.notes);
                    let again = AlsForm::from_row(&row).parse(lang, fx.countries());
                    prop_assert!(again.is_ok(), "the stored ALS does not parse again");
                    Ok(())
                })?;
            }
            Err(errors) => field_errors_translated(&errors, ALS_FIELDS, &typed)?,
        }
        Ok(())
    });
}

pub(crate) const MEMBER_FIELDS: &[&str] = &[
    "name",
    "email",
    "country",
    "membership",
    "als_id",
    "joined_on",
    "notes",
];

#[test]
pub(crate) fn the_member_form_accepts_what_it_stores_and_explains_what_it_refuses() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let als_ids = vec![fx.als_id];
    let form = (
        plain(200),
        prop_oneof![2 => Just(String::new()), 2 => valid_email(), 1 => email_text()],
        country_text(),
        prop_oneof![
            3 => Just(("als".to_owned(), fx.als_id.to_string())),
            2 => Just(("individual".to_owned(), String::new())),
            1 => (choice(&["als", "individual"]), prop_oneof![Just(String::new()), text()]),
        ],
        proptest::option::of(Just("on".to_owned())),
        prop_oneof![2 => Just(String::new()), 2 => valid_date(), 1 => date_field()],
        prop_oneof![Just(String::new()), plain(5000)],
        mutations(MEMBER_FIELDS.len()),
    )
        .prop_map(
            |(name, email, country, (membership, als_id), active, joined_on, notes, changes)| {
                let mut f = MemberForm {
                    name,
                    email,
                    country,
                    membership,
                    als_id,
                    active,
                    joined_on,
                    notes,
                    language: String::new(),
                    source: String::new(),
                    version: String::new(),
                };
                for (i, v) in changes {
                    match i {
                        0 => f.name = v,
                        1 => f.email = v,
                        2 => f.country = v,
                        3 => f.membership = v,
                        4 => f.als_id = v,
                        5 => f.joined_on = v,
                        _ => f.notes = v,
                    }
                }
                f
            },
        );
    check(300, (form, lang()), |(form, lang)| {
        let typed = [
            form.name.as_str(),
            &form.email,
            &form.country,
            &form.membership,
            &form.als_id,
            &form.joined_on,
            &form.notes,
        ];
        match form.parse(lang, fx.countries(), &als_ids) {
            Ok(m) => {
                prop_assert_eq!(m.name.as_str(), form.name.trim());
                prop_assert!(!m.name.is_empty() && chars(&m.name) <= 200);
                prop_assert!(chars(&m.notes) <= 5000);
                prop_assert!(fx.countries().get(&m.country).is_some());
                prop_assert!(m.als_id.is_none_or(|id| als_ids.contains(&id)));
                prop_assert_eq!(m.active, form.active.is_some());
                block_on(async {
                    let written = member_queries::create(fx.pool(), &actor(), &m)
                        .await
                        .map_err(|e| {
                            TestCaseError::fail(format!("the database refused a member: {e}"))
                        })?;
                    let member_queries::Written::Done(id) = written else {
                        return Ok(());
                    };
                    let row = member_queries::get(fx.pool(), id).await.unwrap().unwrap();
                    prop_assert_eq!(&row.name, &m.name);
                    prop_assert_eq!(
                        row.email.as_deref(),
                        m.email.as_ref().map(|e| e.as_entered())
                    );
                    prop_assert_eq!(&row.country, &m.country);
                    prop_assert_eq!(row.als_id, m.als_id);
                    prop_assert_eq!(row.active, m.active);
                    prop_assert_eq!(parse_stored_date(&row.joined_on), m.joined_on);
                    prop_assert_eq!(&row.notes, &m.notes);
                    Ok(())
                })?;
            }
            Err(errors) => field_errors_translated(&errors, MEMBER_FIELDS, &typed)?,
        }
        Ok(())
    });
}

#[test]
pub(crate) fn the_engagement_form_accepts_what_it_stores_and_explains_what_it_refuses() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let members = vec![fx.member_id];
    let today = Utc::now().date_naive();
    let day = prop_oneof![
        3 => (0i64..20000).prop_map(move |n| (today - Duration::days(n)).to_string()),
        1 => (0i64..3).prop_map(move |n| (today + Duration::days(n)).to_string()),
        2 => date_field(),
        1 => select(&["0001-01-01", "-0044-03-15", "0000-02-29", "+2000-01-01", "2000-1-1"]).prop_map(str::to_owned),
    ];
    let form = (
        choice(EngagementKind::VALUES),
        day,
        prop_oneof![Just(String::new()), plain(1000), text()],
        prop_oneof![Just(String::new()), Just(fx.member_id.to_string()), text()],
        prop_oneof![
            Just(String::new()),
            (1i64..5).prop_map(|n| n.to_string()),
            text()
        ],
    )
        .prop_map(
            |(kind, happened_on, description, member_id, event_id)| EngagementForm {
                kind,
                happened_on,
                description,
                member_id,
                event_id,
            },
        );
    let fields = [
        "kind",
        "happened_on",
        "description",
        "member_id",
        "event_id",
    ];
    check(200, (form, lang()), |(form, lang)| {
        block_on(async {
            let typed = [
                form.kind.as_str(),
                &form.happened_on,
                &form.description,
                &form.member_id,
                &form.event_id,
            ];
            let checked = form
                .check(&fx.state, lang, &members)
                .await
                .map_err(|e| TestCaseError::fail(format!("the check failed: {e}")))?;
            match checked {
                Ok(c) => {
                    prop_assert!(c.happened_on <= Utc::now().date_naive());
                    prop_assert_eq!(c.description.as_str(), form.description.trim());
                    prop_assert!(chars(&c.description) <= 1000);
                    prop_assert!(c.member_id.is_none_or(|m| members.contains(&m)));
                    let id = als_queries::add_engagement(
                        fx.pool(),
                        &actor(),
                        &als_queries::NewEngagement {
                            als_id: Some(fx.als_id),
                            member_id: c.member_id,
                            event_id: c.event_id,
                            kind: c.kind,
                            happened_on: c.happened_on,
                            description: &c.description,
                        },
                    )
                    .await
                    .map_err(|e| {
                        TestCaseError::fail(format!("the database refused an engagement: {e}"))
                    })?;
                    let (day, description): (String, String) = sqlx::query_as(
                        "SELECT happened_on, description FROM engagements WHERE id = ?",
                    )
                    .bind(id)
                    .fetch_one(fx.pool())
                    .await
                    .unwrap();
                    prop_assert_eq!(
                        NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok(),
                        Some(c.happened_on)
                    );
                    prop_assert_eq!(description, c.description);
                }
                Err(errors) => field_errors_translated(&errors, &fields, &typed)?,
            }
            Ok(())
        })
    });
}
