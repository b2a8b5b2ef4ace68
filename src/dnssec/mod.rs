//! The DNSSEC training pipeline: ISPs and network operators that ALSs contact, GSE staff
//! follow up and train, and the signed zones they report.

use crate::web::auth::Routes;

pub fn routes() -> Routes {
    Routes::new()
}
