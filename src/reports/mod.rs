//! The yearly report: what the outreach did and achieved in a year, as leadership send it
//! to ALAC and GSE. It reads every domain's tables and changes none.

pub mod figures;
pub mod page;
pub mod queries;

use crate::routing::Routes;
use crate::web::auth::Role;

/// GSE staff and leadership read the reports: they name CROP travellers.
pub fn routes() -> Routes {
    use Role::*;
    Routes::new().get("/reports", GseStaff, page::index).get(
        "/reports/{year}",
        GseStaff,
        page::show,
    )
}
