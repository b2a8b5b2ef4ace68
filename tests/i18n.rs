//! Every language file has exactly the keys English has, and every key the code and the
//! templates use exists in English.

use std::collections::BTreeSet;
use std::path::Path;

use lacralo_outreach::web::Lang;

/// The keys of every `.ftl` file of one language folder (one file per domain), failing
/// on a key defined twice, which Fluent would silently resolve to one of them.
fn keys_of(dir: &Path) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines() {
            if !line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
                continue;
            }
            if let Some((k, _)) = line.split_once(" =") {
                let key = k.trim().to_owned();
                assert!(
                    keys.insert(key.clone()),
                    "{key} is defined twice in {}",
                    dir.display()
                );
            }
        }
    }
    keys
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let english = keys_of(&root.join("en"));
    assert!(english.len() > 100);
    let mut languages = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("main.ftl").exists() {
            continue;
        }
        languages += 1;
        let keys = keys_of(&dir);
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", dir.display());
        assert!(
            extra.is_empty(),
            "{} has keys English lacks: {extra:?}",
            dir.display()
        );
    }
    assert_eq!(
        languages,
        Lang::all().len(),
        "every folder is a language the app speaks"
    );
}

/// Keys written literally in the code and templates: `t("…")`, `tn("…"`, `ts("…"`, and
/// message keys passed around as `"err-…"`-style string literals.
fn used_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut stack = vec![root.join("src"), root.join("templates")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    let prefixes = [
        "err-",
        "error-",
        "import-err-",
        "flash-",
        "review-",
        "nav-",
        "field-",
        "list-",
        "filter-",
        "event-",
        "form-",
        "hint-",
        "preview-",
        "conflict-",
        "delete-",
        "calendar-",
        "home-",
        "bulk-",
        "badge-",
        "import-",
        "zone-",
        "precision-",
        "history-",
        "date-",
        "format-",
        "webinar-",
        "programme-",
        "topic-",
        "attendance-",
        "tz-",
        "dnssec-",
        "crop-",
        "notify-",
        "mail-",
        "feed-",
        "calhelp-",
        "follow-",
        "unsubscribe-",
        "outbox-",
        "invite-",
        "account-",
    ];
    let mut keys = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // In templates, only what goes through the translation calls (class names share
        // the prefixes); in Rust, every string literal that looks like a key.
        let literals: Vec<&str> = if file.extension().is_some_and(|e| e == "html") {
            text.split("ctx.t")
                .skip(1)
                .filter_map(|rest| rest.split_once("(\"").map(|(_, r)| r))
                .filter_map(|r| r.split('"').next())
                .collect()
        } else {
            text.split('"').skip(1).step_by(2).collect()
        };
        for piece in literals {
            let looks_like_key = prefixes.iter().any(|p| piece.starts_with(p))
                && piece
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !piece.ends_with('-');
            if looks_like_key {
                keys.insert(piece.to_owned());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_exists_in_english() {
    let english = keys_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en"));
    let missing: Vec<String> = used_keys()
        .into_iter()
        .filter(|k| !english.contains(k))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used but not in locales/en/: {missing:?}"
    );
}

#[test]
fn keys_built_from_values_exist() {
    let english = keys_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en"));
    let mut keys: Vec<String> = Vec::new();
    for v in lacralo_outreach::events::model::EventKind::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::events::model::Relevance::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::events::model::EventStatus::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::registry::model::AlsStatus::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::registry::applications::rules::Stage::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::registry::applications::rules::Advice::ALL {
        keys.push(v.label_key());
    }
    for step in ["due-diligence", "ralo-advice", "alac-vote"] {
        for prefix in ["application-step", "application-day", "application-by"] {
            keys.push(format!("{prefix}-{step}"));
        }
    }
    for zone in lacralo_outreach::countries::choices::LAC_ZONES {
        keys.push(lacralo_outreach::countries::choices::city_key(zone));
    }
    for region in [
        "america",
        "europe",
        "africa",
        "asia",
        "australia",
        "pacific",
        "atlantic",
        "indian",
        "antarctica",
    ] {
        keys.push(format!("tz-region-{region}"));
    }
    for v in lacralo_outreach::events::series::Scope::ALL {
        keys.push(v.label_key());
    }
    for preset in lacralo_outreach::events::recurrence::PRESETS
        .iter()
        .chain(&["custom"])
    {
        keys.push(format!("repeat-{preset}"));
        if *preset != "custom" {
            keys.push(format!("series-desc-{preset}"));
        }
    }
    for kind in ["event", "webinar", "crop-trip", "funded-initiative"] {
        keys.push(format!("source-kind-{kind}"));
    }
    for v in lacralo_outreach::registry::model::EngagementKind::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::webinars::model::Programme::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::webinars::model::WebinarLanguage::ALL {
        keys.push(v.label_key());
    }
    for (_, key, _) in lacralo_outreach::webinars::queries::PLAN_TOPICS {
        keys.push((*key).to_owned());
    }
    for (_, key) in lacralo_outreach::webinars::zones::MAIN_LAC_ZONES {
        keys.push(key.to_owned());
    }
    for v in lacralo_outreach::crop::model::Phase::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::crop::procedure::TripStep::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::crop::model::AppStatus::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::funds::rules::FundStatus::ALL {
        keys.push(v.label_key());
    }
    for told in ["submitted", "endorsed", "approved", "declined", "closed"] {
        keys.push(format!("notify-fund-step-{told}"));
    }
    keys.push("fund-status-running".to_owned());
    for v in lacralo_outreach::funds::rules::LineCategory::ALL {
        keys.push(v.label_key());
    }
    for step in ["endorse", "approve", "decline", "close"] {
        keys.push(format!("fund-step-{step}"));
    }
    for v in lacralo_outreach::outbox::Kind::ALL {
        keys.push(v.label_key());
        keys.push(v.help_key());
    }
    for v in lacralo_outreach::crop::model::CostKind::ALL {
        keys.push(v.label_key());
    }
    // A request for information is a decision that keeps the status (crop::notify).
    keys.push("crop-status-info_requested".to_owned());
    keys.push("notify-crop-decision-info_requested".to_owned());
    for field in ["objectives", "activities", "contacts", "follow_up"] {
        keys.push(format!("crop-err-assessment-{field}"));
    }
    for v in lacralo_outreach::dnssec::model::Stage::ALL {
        keys.push(v.label_key());
    }
    for v in lacralo_outreach::dnssec::model::OrgKind::ALL {
        keys.push(v.label_key());
    }
    for s in lacralo_outreach::countries::SUBREGIONS {
        keys.push(format!("subregion-{}", s.to_lowercase()));
    }
    for kind in lacralo_outreach::outbox::Kind::ALL {
        keys.push(kind.label_key());
        keys.push(kind.help_key());
    }
    for target in lacralo_outreach::events::follows::FollowTarget::ALL {
        keys.push(target.label_key());
    }
    for tab in ["pending", "failed", "sent"] {
        keys.push(format!("outbox-tab-{tab}"));
    }
    for what in ["submitted", "changed", "withdrawn"] {
        keys.push(format!("notify-crop-receipt-{what}-subject"));
        keys.push(format!("notify-crop-receipt-{what}-intro"));
    }
    for status in ["shortlisted", "approved", "declined", "revoked"] {
        keys.push(format!("notify-crop-decision-{status}"));
    }
    for what in ["password", "second-factor", "new-browser"] {
        keys.push(format!("notify-security-{what}-subject"));
        keys.push(format!("notify-security-{what}-intro"));
    }
    for role in lacralo_outreach::web::auth::Role::ACCOUNT_ROLES {
        keys.push(role.label_key());
    }
    for code in [400, 401, 403, 404, 405, 408, 409, 413, 422, 429, 500] {
        keys.push(format!("error-{code}-title"));
        keys.push(format!("error-{code}-text"));
    }
    let missing: Vec<&String> = keys.iter().filter(|k| !english.contains(*k)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}
