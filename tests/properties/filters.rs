//! Properties: the list filters (query strings edited by hand).

use super::*;

pub(crate) fn bad_request_translated(e: AppError, lang: Lang, typed: &[&str]) -> TestCaseResult {
    match e {
        AppError::BadRequest(key) => translated(&lang.t(key), typed),
        other => Err(TestCaseError::fail(format!("not a bad request: {other:?}"))),
    }
}

#[test]
pub(crate) fn list_filters_read_any_query_string_or_refuse_it() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let v = || {
        prop_oneof![
            2 => Just(String::new()),
            2 => select(&["all", "2023", "1989", "2201", "12", "13", "0", "AR", "ar", "a", "B", "E", "1", "on", "true", "webinar", "crop_candidate", "es", "dnssec", "board", "-1", "99999999999"]).prop_map(str::to_owned),
            1 => text(),
        ]
    };
    let query = (
        (v(), v(), v(), v(), v(), v(), v(), v()),
        (v(), v(), v(), v(), v()),
        lang(),
    );
    check(
        300,
        query,
        |(
            (year, month, relevance, kind, country, subregion, q, review),
            (programme, topic, language, stage, owner),
            lang,
        )| {
            let typed = [
                year.as_str(),
                &month,
                &relevance,
                &kind,
                &country,
                &subregion,
                &q,
                &review,
                &programme,
                &topic,
                &language,
                &stage,
                &owner,
            ];
            let events = EventFilterQuery {
                year: year.clone(),
                month: month.clone(),
                relevance: relevance.clone(),
                kind: kind.clone(),
                country: country.clone(),
                subregion: subregion.clone(),
                q: q.clone(),
                review: review.clone(),
                page: String::new(),
            };
            match events.parse(fx.countries()) {
                Ok(f) => {
                    prop_assert!(f.year.is_none_or(|y| (MIN_YEAR..=MAX_YEAR).contains(&y)));
                    prop_assert!(f.month.is_none_or(|m| (1..=12).contains(&m)));
                    prop_assert!(
                        f.q.as_ref()
                            .is_none_or(|q| !q.is_empty() && chars(q) <= 200)
                    );
                    prop_assert!(
                        f.country
                            .as_ref()
                            .is_none_or(|c| fx.countries().get(c.as_str()).is_some())
                    );
                }
                Err(e) => bad_request_translated(e, lang, &typed)?,
            }
            let webinars = WebinarFilterQuery {
                programme: programme.clone(),
                topic: topic.clone(),
                language: language.clone(),
                year: year.clone(),
            };
            if let Err(e) = webinars.parse() {
                bad_request_translated(e, lang, &typed)?;
            }
            let contacts = dnssec::pages::ListQuery {
                country: country.clone(),
                subregion: subregion.clone(),
                stage: stage.clone(),
                als: topic.clone(),
                owner: owner.clone(),
                q: q.clone(),
                view: String::new(),
            };
            if let Err(e) = contacts.parse(&fx.state) {
                bad_request_translated(e, lang, &typed)?;
            }
            Ok(())
        },
    );
}
