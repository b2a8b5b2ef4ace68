//! Every language the app speaks is whole: pages, country names, month names and error
//! pages come out in it (the keys themselves are checked in tests/i18n.rs).

mod common;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::web::Lang;

#[tokio::test]
async fn pages_countries_months_and_errors_follow_the_language() {
    let app = TestApp::new().await;
    assert_eq!(
        Lang::all()
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .len(),
        Lang::all().len()
    );
    for lang in Lang::all() {
        let code = lang.code();
        let coverage = app.get(&format!("/coverage?lang={code}")).await.text();
        assert!(
            coverage.contains(&format!("<html lang=\"{code}\"")),
            "{code}"
        );
        for iso2 in ["TT", "BR", "HT", "MF"] {
            let name = app
                .state
                .countries
                .get(iso2)
                .unwrap()
                .name(*lang)
                .to_owned();
            assert!(!name.is_empty());
            let escaped = name.replace('\'', "&#39;");
            assert!(coverage.contains(&escaped), "{code}: {name}");
        }
        let march = app
            .get(&format!("/events/calendar?year=2023&month=3&lang={code}"))
            .await
            .text();
        assert!(march.contains(&lang.month_year(2023, 3)), "{code}");
        let missing = app.get(&format!("/events/999999?lang={code}")).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(
            missing.text().contains(&lang.t("error-404-title")),
            "{code}"
        );
    }
    // Portuguese is one of them, with its own names and dates.
    let pt = Lang::from_code("pt").expect("Portuguese is spoken");
    assert_eq!(
        app.state.countries.get("TT").unwrap().name(pt),
        "Trinidad e Tobago"
    );
    assert_eq!(pt.month_year(2023, 3), "Março de 2023");
}
