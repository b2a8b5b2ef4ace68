//! Properties: the CROP application form.

use super::*;

#[test]
pub(crate) fn the_crop_application_form_accepts_what_the_table_holds() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let fields = ["motivation", "outreach_plan", "languages", "travel_needs"];
    let form = (
        prop_oneof![3 => plain(5000), 1 => text()],
        prop_oneof![3 => plain(5000), 1 => text()],
        proptest::collection::vec(choice(WebinarLanguage::VALUES), 0..6),
        prop_oneof![Just(String::new()), plain(5000), text()],
    )
        .prop_map(
            |(motivation, outreach_plan, languages, travel_needs)| ApplicationForm {
                motivation,
                outreach_plan,
                languages,
                travel_needs,
                version: String::new(),
            },
        );
    check(300, (form, lang()), |(form, lang)| {
        let mut typed = vec![
            form.motivation.as_str(),
            &form.outreach_plan,
            &form.travel_needs,
        ];
        typed.extend(form.languages.iter().map(String::as_str));
        match form.parse(lang) {
            Ok(a) => {
                prop_assert_eq!(a.motivation.as_str(), form.motivation.trim());
                prop_assert_eq!(a.outreach_plan.as_str(), form.outreach_plan.trim());
                prop_assert_eq!(a.travel_needs.as_str(), form.travel_needs.trim());
                for t in [&a.motivation, &a.outreach_plan] {
                    prop_assert!(!t.is_empty() && chars(t) <= TEXT_MAX);
                }
                prop_assert!(chars(&a.travel_needs) <= TEXT_MAX && TEXT_MAX <= REPORT_MAX);
                let langs = parse_languages(&a.languages);
                prop_assert!(!langs.is_empty());
                prop_assert_eq!(
                    langs
                        .iter()
                        .map(|l| l.as_str())
                        .collect::<Vec<_>>()
                        .join(","),
                    a.languages.clone()
                );
                let wanted: BTreeSet<&str> = form.languages.iter().map(String::as_str).collect();
                let got: BTreeSet<&str> = langs.iter().map(|l| l.as_str()).collect();
                prop_assert_eq!(wanted, got);
                // The table's CHECKs count with SQLite's length(): the same numbers.
                let (m, o, t): (i64, i64, i64) = block_on(
                    sqlx::query_as("SELECT length(?), length(?), length(?)")
                        .bind(&a.motivation)
                        .bind(&a.outreach_plan)
                        .bind(&a.travel_needs)
                        .fetch_one(fx.pool()),
                )
                .unwrap();
                prop_assert!((1..=TEXT_MAX as i64).contains(&m));
                prop_assert!((1..=TEXT_MAX as i64).contains(&o));
                prop_assert!(t <= TEXT_MAX as i64);
            }
            Err(errors) => field_errors_translated(&errors, &fields, &typed)?,
        }
        Ok(())
    });
}
