//! The dashboard's "For you" block: for someone who can apply to CROP (a member, or staff
//! with a member record), what is theirs to do first: the opportunities they can apply to,
//! with their deadlines; their applications; the trip reports they owe; the webinars they
//! follow that are coming. Built from the domains' own rules and queries.

use chrono::{Datelike, Utc};

use crate::crop;
use crate::error::AppResult;
use crate::events::model::EventKind;
use crate::events::view::EventView;
use crate::state::AppState;
use crate::web::PageCtx;

pub struct ForYou {
    /// Open to them: id, event title, deadline (in their zone).
    pub opportunities: Vec<(i64, String, String)>,
    /// Theirs: id, event title, status (value and label).
    pub applications: Vec<(i64, String, String, String)>,
    /// Reports they owe: application id, event title.
    pub reports: Vec<(i64, String)>,
    pub webinars: Vec<EventView>,
}

impl ForYou {
    pub fn is_empty(&self) -> bool {
        self.opportunities.is_empty()
            && self.applications.is_empty()
            && self.reports.is_empty()
            && self.webinars.is_empty()
    }
}

/// The block for the viewer, or `None` for those who cannot apply to CROP.
pub async fn for_you(state: &AppState, ctx: &PageCtx) -> AppResult<Option<ForYou>> {
    let Some(user) = &ctx.user else {
        return Ok(None);
    };
    let pool = &state.pool;
    let Some(facts) = crop::queries::member_of_user(pool, user.id).await? else {
        return Ok(None);
    };
    let lang = ctx.lang;
    let rows = crop::queries::opportunities(pool, false, None).await?;
    let marks = crop::opportunities::marks(state.pool.clone(), ctx, &rows).await?;
    let opportunities = rows
        .iter()
        .zip(marks)
        .filter(|(_, m)| m.can_apply)
        .map(|(row, _)| {
            let view = crop::view::OpportunityView::new(row, lang, ctx.zone(), &state.countries);
            (view.id, view.title, view.deadline)
        })
        .collect();
    let applications = crop::queries::applications_of_member(pool, facts.member_id)
        .await?
        .into_iter()
        .map(|a| {
            let status = a.status();
            (
                a.id,
                a.event_title,
                status.as_str().to_owned(),
                lang.t(&status.label_key()),
            )
        })
        .collect();
    let reports = crop::queries::reports_of(pool, user.id)
        .await?
        .into_iter()
        .map(|a| (a.id, a.event_title))
        .collect();
    let today = Utc::now().date_naive();
    let webinars = crate::events::follows::followed_events(pool, user.id, today.year(), 200)
        .await?
        .iter()
        .filter(|e| e.kind() == EventKind::Webinar)
        .filter(|e| match e.dates() {
            crate::events::dates::EventDates::Day { end, .. } => end >= today,
            _ => true,
        })
        .take(5)
        .map(|e| EventView::new(e, lang, &state.countries))
        .collect();
    Ok(Some(ForYou {
        opportunities,
        applications,
        reports,
        webinars,
    }))
}
