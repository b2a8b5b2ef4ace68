//! Webinars and the capacity-building programmes: the schedule in every viewer's time
//! zone, attendance (which feeds the registry's engagement log), yearly targets and the
//! plan's topics.

use crate::web::auth::Routes;

pub fn routes() -> Routes {
    Routes::new()
}
