//! The new-account form shared by the first-run setup and invitations.

use serde::Deserialize;

use super::email::EmailAddress;
use super::password;
use crate::web::Lang;
use crate::web::forms::{FieldErrors, refuse_control_chars};

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct NewAccountForm {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub password_confirm: String,
}

impl NewAccountForm {
    /// What goes back into a refused form: never the passwords.
    pub fn without_passwords(&self) -> Self {
        Self {
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            password: String::new(),
            password_confirm: String::new(),
        }
    }
}

/// Checks the fields; `with_email` is false when the address comes from an invitation.
pub fn check_new_account(
    form: &NewAccountForm,
    lang: Lang,
    with_email: bool,
) -> Result<EmailAddress, FieldErrors> {
    let mut errors = FieldErrors::default();
    let email = match EmailAddress::parse(&form.email) {
        Ok(e) => Some(e),
        Err(e) => {
            errors.add(
                if with_email { "email" } else { "display_name" },
                lang.t(e.message_key()),
            );
            None
        }
    };
    let name = form.display_name.trim();
    refuse_control_chars("display_name", name, lang, &mut errors);
    if name.is_empty() {
        errors.add("display_name", lang.t("account-err-name-required"));
    } else if name.chars().count() > 100 {
        errors.add("display_name", lang.t("account-err-name-long"));
    }
    check_new_password(
        &form.password,
        &form.password_confirm,
        &[&form.email, name],
        lang,
        &mut errors,
    );
    match email {
        Some(email) if errors.is_empty() => Ok(email),
        _ => Err(errors),
    }
}

pub fn check_new_password(
    new: &str,
    confirm: &str,
    personal: &[&str],
    lang: Lang,
    errors: &mut FieldErrors,
) {
    // Both at once: a short password typed twice differently has two things to fix.
    if let Err(weakness) = password::check(new, personal) {
        errors.add("password", lang.t(weakness.message_key()));
    }
    if new != confirm {
        errors.add("password_confirm", lang.t("password-err-confirm"));
    }
}
