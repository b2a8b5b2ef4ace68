//! SQL for CROP: bound parameters only, every write audited in its transaction, and every
//! rule that two people could race on (slots, the year's allocation, the deadline, the
//! phase) checked inside the very statement that writes.

mod allocations;
mod applications;
mod committee;
mod costs;
mod decisions;
mod opportunities;
mod plans;
mod trips;

pub use allocations::*;
pub use applications::*;
pub use committee::*;
pub use costs::*;
pub use decisions::*;
pub use opportunities::*;
pub use plans::*;
pub use trips::*;

pub(super) const OPP_SELECT: &str = "SELECT o.id, o.event_id, o.fiscal_year, o.slots, o.subregion, o.phase,
    o.announced_on, o.priority_ends_on, o.deadline_on, o.time_zone, o.deadline_at, o.notes,
    o.version, o.created_at, o.updated_at, o.icann_meeting, e.title AS event_title, e.start_date AS event_start,
    e.end_date AS event_end, e.city AS event_city, e.country AS event_country,
    (SELECT count(*) FROM crop_applications a WHERE a.opportunity_id = o.id AND a.status = 'approved') AS approved,
    (SELECT count(*) FROM crop_applications a WHERE a.opportunity_id = o.id AND a.status != 'withdrawn') AS applications,
    (SELECT count(*) FROM crop_applications a WHERE a.opportunity_id = o.id AND a.status != 'withdrawn'
       AND a.in_subregion = 1) AS subregion_applications
    FROM crop_opportunities o JOIN events e ON e.id = o.event_id";

pub(super) const APP_SELECT: &str = "SELECT ap.id, ap.opportunity_id, ap.member_id, ap.user_id,
    ap.in_subregion, ap.motivation, ap.outreach_plan, ap.languages, ap.travel_needs, ap.status,
    ap.decision_reason, ap.decided_by, ap.decided_at, ap.report, ap.report_filed_at, ap.version,
    ap.created_at, ap.updated_at, m.name AS member_name, m.country AS member_country,
    c.lacralo_subregion AS member_subregion, m.als_id, a.name AS als_name, o.event_id,
    e.title AS event_title, e.start_date AS event_start, e.end_date AS event_end,
    o.time_zone AS trip_zone, ap.trip_step, ap.departure_on, ap.return_on,
    ap.report_objectives, ap.report_activities, ap.report_people_reached, ap.report_contacts,
    ap.report_follow_up, ap.report_language, ap.report_english, ap.info_request,
    ap.info_requested_at
    FROM crop_applications ap JOIN members m ON m.id = ap.member_id
    JOIN countries c ON c.iso2 = m.country LEFT JOIN als a ON a.id = m.als_id
    JOIN crop_opportunities o ON o.id = ap.opportunity_id JOIN events e ON e.id = o.event_id";

/// What became of a write that carried the version it was read at (`audit::write`): a
/// conflict carries what is stored now. CROP's writes check their rules (phase, deadline,
/// places) in the statement that writes, so they ask why only when it changed nothing.
pub use crate::audit::write::Written;
