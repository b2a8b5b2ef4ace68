//! Properties: accounts: email addresses, passwords, the new-account form.

use super::*;

#[test]
pub(crate) fn email_addresses_are_accepted_in_a_canonical_form_that_reads_back() {
    check(3000, (email_text(), lang()), |(typed, lang)| {
        match EmailAddress::parse(&typed) {
            Ok(e) => {
                let canonical = e.canonical();
                // The canonical form is an address, and its own canonical form.
                let again = EmailAddress::parse(canonical).map_err(|err| {
                    TestCaseError::fail(format!("canonical {canonical:?} refused: {err:?}"))
                })?;
                prop_assert_eq!(again.canonical(), canonical);
                // What is stored (as entered) is the same identity when read again.
                let stored = EmailAddress::parse(e.as_entered()).map_err(|err| {
                    TestCaseError::fail(format!("stored {:?} refused: {err:?}", e.as_entered()))
                })?;
                prop_assert_eq!(stored.canonical(), canonical);
                prop_assert_eq!(stored.as_entered(), e.as_entered());
                prop_assert!(canonical.len() <= 254 && e.as_entered().len() <= 254);
                let (local, domain) = canonical.split_once('@').expect("an @");
                prop_assert!(!local.is_empty() && local.len() <= 64);
                prop_assert!(!domain.contains('@'));
                prop_assert!(domain.is_ascii() && !domain.bytes().any(|b| b.is_ascii_uppercase()));
                prop_assert_eq!(e.as_entered(), e.as_entered().trim());
            }
            Err(err) => {
                translated(&lang.t(err.message_key()), &[&typed])?;
                prop_assert!(!err.to_string().is_empty());
            }
        }
        Ok(())
    });
}

#[test]
pub(crate) fn passwords_are_checked_by_length_and_strength_with_a_reason() {
    let pass = prop_oneof![
        3 => text(),
        2 => proptest::collection::vec(select(&["marimba", "volcano", "lantern", "1987", "ñandú", "contraseña", "password", "qwerty", "ana", "gomez", "😀", " ", "!"]), 1..8)
            .prop_map(|w| w.join(" ")),
        1 => (select(LENGTHS), select(UNITS)).prop_map(|(n, u)| u.repeat(n)),
    ];
    let personal = proptest::collection::vec(prop_oneof![email_text(), plain(30), text()], 0..3);
    check(300, (pass, personal, lang()), |(pass, personal, lang)| {
        let refs: Vec<&str> = personal.iter().map(String::as_str).collect();
        match password::check(&pass, &refs) {
            Ok(()) => {
                let n = chars(&pass);
                prop_assert!((password::MIN_LENGTH..=password::MAX_LENGTH).contains(&n));
                let lower = pass.to_lowercase();
                for p in &refs {
                    let p = p.trim().to_lowercase();
                    if chars(&p) >= 4 {
                        prop_assert!(!lower.contains(&p) && !p.contains(&lower));
                    }
                }
            }
            Err(w) => translated(&lang.t(w.message_key()), &[&pass])?,
        }
        Ok(())
    });
}

#[test]
pub(crate) fn the_new_account_form_accepts_a_usable_account_or_explains() {
    let form = (
        prop_oneof![email_text(), Just("ana@example.org".to_owned())],
        prop_oneof![plain(100), text()],
        prop_oneof![
            Just("marimba volcano lantern 1987".to_owned()),
            text(),
            (select(LENGTHS), select(UNITS)).prop_map(|(n, u)| u.repeat(n)),
        ],
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(email, display_name, password, same, with_email)| {
            let password_confirm = if same {
                password.clone()
            } else {
                format!("{password}x")
            };
            (
                NewAccountForm {
                    email,
                    display_name,
                    password,
                    password_confirm,
                },
                with_email,
            )
        });
    check(48, (form, lang()), |((form, with_email), lang)| {
        let typed = [
            form.email.as_str(),
            &form.display_name,
            &form.password,
            &form.password_confirm,
        ];
        match check_new_account(&form, lang, with_email) {
            Ok(email) => {
                prop_assert_eq!(Ok(email), EmailAddress::parse(&form.email));
                let name = form.display_name.trim();
                prop_assert!(!name.is_empty() && chars(name) <= 100);
                prop_assert_eq!(&form.password, &form.password_confirm);
                prop_assert!(password::check(&form.password, &[&form.email, name]).is_ok());
                let blank = form.without_passwords();
                prop_assert!(blank.password.is_empty() && blank.password_confirm.is_empty());
            }
            Err(errors) => field_errors_translated(
                &errors,
                &["email", "display_name", "password", "password_confirm"],
                &typed,
            )?,
        }
        Ok(())
    });
}
