//! Properties: the DNSSEC contact form.

use super::*;

pub(crate) const CONTACT_FIELDS: &[&str] = &[
    "organisation",
    "kind",
    "country",
    "contact_name",
    "contact_email",
    "als_id",
    "contacted_on",
    "gse_owner_id",
    "stage",
    "training_event_id",
    "signed_zones",
    "notes",
];

#[test]
pub(crate) fn the_dnssec_contact_form_accepts_what_it_stores_and_explains_what_it_refuses() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let options = block_on(FormOptions::load(fx.pool(), None)).unwrap();
    let today = Utc::now().date_naive();
    let ids = |v: Vec<i64>| {
        prop_oneof![
            1 => Just(String::new()),
            6 => select(v).prop_map(|i| i.to_string()),
            1 => text(),
        ]
    };
    let als: Vec<i64> = options.als.iter().map(|a| a.0).collect();
    let owners: Vec<i64> = options.owners.iter().map(|o| o.0).collect();
    let events: Vec<i64> = options.events.iter().map(|e| e.0).take(50).collect();
    assert_offered(&[&als, &owners, &events]);
    let form = (
        (
            plain(200),
            choice(OrgKind::VALUES),
            country_text(),
            prop_oneof![Just(String::new()), plain(200)],
            prop_oneof![2 => Just(String::new()), 2 => valid_email(), 1 => email_text()],
            ids(als),
        ),
        (
            prop_oneof![
                1 => Just(String::new()),
                4 => (0i64..4000).prop_map(move |n| (today - Duration::days(n)).to_string()),
                1 => date_field(),
            ],
            ids(owners),
            choice(Stage::VALUES),
            ids(events),
            prop_oneof![
                1 => Just(String::new()),
                4 => (1i64..1000).prop_map(|n| n.to_string()),
                1 => (0i64..=MAX_ZONES + 1).prop_map(|n| n.to_string()),
                1 => select(&[
                    "-1", "0", "1", "10000000", "10000001", "+5", "2.5", "1e3", "９"
                ])
                .prop_map(str::to_owned),
                1 => text(),
            ],
            prop_oneof![Just(String::new()), plain(5000)],
        ),
        mutations(CONTACT_FIELDS.len()),
    )
        .prop_map(
            |(
                (organisation, kind, country, contact_name, contact_email, als_id),
                (contacted_on, gse_owner_id, stage, training_event_id, signed_zones, notes),
                changes,
            )| {
                let mut f = ContactForm {
                    organisation,
                    kind,
                    country,
                    contact_name,
                    contact_email,
                    als_id,
                    contacted_on,
                    gse_owner_id,
                    stage,
                    training_event_id,
                    signed_zones,
                    notes,
                    version: String::new(),
                    reason: String::new(),
                };
                for (i, v) in changes {
                    match CONTACT_FIELDS[i] {
                        "organisation" => f.organisation = v,
                        "kind" => f.kind = v,
                        "country" => f.country = v,
                        "contact_name" => f.contact_name = v,
                        "contact_email" => f.contact_email = v,
                        "als_id" => f.als_id = v,
                        "contacted_on" => f.contacted_on = v,
                        "gse_owner_id" => f.gse_owner_id = v,
                        "stage" => f.stage = v,
                        "training_event_id" => f.training_event_id = v,
                        "signed_zones" => f.signed_zones = v,
                        _ => f.notes = v,
                    }
                }
                f
            },
        );
    check(300, (form, lang()), |(form, lang)| {
        let typed = [
            form.organisation.as_str(),
            &form.kind,
            &form.country,
            &form.contact_name,
            &form.contact_email,
            &form.als_id,
            &form.contacted_on,
            &form.gse_owner_id,
            &form.stage,
            &form.training_event_id,
            &form.signed_zones,
            &form.notes,
        ];
        match form.parse(lang, fx.countries(), &options, today) {
            Ok(c) => {
                prop_assert_eq!(c.organisation.as_str(), form.organisation.trim());
                prop_assert!(!c.organisation.is_empty() && chars(&c.organisation) <= 200);
                prop_assert!(chars(&c.contact_name) <= 200);
                prop_assert!(chars(&c.notes) <= 5000);
                prop_assert!((0..=MAX_ZONES).contains(&c.signed_zones));
                prop_assert!(c.contacted_on.is_none_or(|d| d <= today));
                prop_assert!(fx.countries().get(&c.country).is_some());
                if !c.contact_email.is_empty() {
                    let again = EmailAddress::parse(&c.contact_email);
                    prop_assert_eq!(
                        again.as_ref().map(|e| e.as_entered()),
                        Ok(c.contact_email.as_str())
                    );
                }
                prop_assert!(dnssec_rules::missing(c.stage, &Facts::of_new(&c)).is_empty());
                block_on(async {
                    let written = dnssec::queries::insert(fx.pool(), &actor(), &c)
                        .await
                        .map_err(|e| {
                            TestCaseError::fail(format!("the database refused a contact: {e}"))
                        })?;
                    let dnssec::queries::Written::Done(id) = written else {
                        return Ok(());
                    };
                    let row = dnssec::queries::get(fx.pool(), id).await.unwrap().unwrap();
                    prop_assert_eq!(&row.organisation, &c.organisation);
                    prop_assert_eq!(row.kind.as_str(), c.kind.as_str());
                    prop_assert_eq!(&row.country, &c.country);
                    prop_assert_eq!(&row.contact_name, &c.contact_name);
                    prop_assert_eq!(&row.contact_email, &c.contact_email);
                    prop_assert_eq!(row.als_id, c.als_id);
                    prop_assert_eq!(parse_stored_date(&row.contacted_on), c.contacted_on);
                    prop_assert_eq!(row.gse_owner_id, c.gse_owner_id);
                    prop_assert_eq!(row.stage.as_str(), c.stage.as_str());
                    prop_assert_eq!(row.training_event_id, c.training_event_id);
                    prop_assert_eq!(row.signed_zones, c.signed_zones);
                    prop_assert_eq!(&row.notes, &c.notes);
                    let again =
                        ContactForm::from_row(&row).parse(lang, fx.countries(), &options, today);
                    prop_assert!(
                        again.is_ok(),
                        "the stored contact does not parse again: {:?}",
                        again.err()
                    );
                    Ok(())
                })?;
            }
            Err(errors) => field_errors_translated(&errors, CONTACT_FIELDS, &typed)?,
        }
        Ok(())
    });
}

pub(crate) fn assert_offered(lists: &[&Vec<i64>]) {
    for l in lists {
        assert!(!l.is_empty(), "the fixture offers every kind of choice");
    }
}
