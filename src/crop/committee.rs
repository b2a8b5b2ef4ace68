//! An opportunity's selection committee, where leadership want one: leadership assign
//! reviewers (`/crop/{id}/committee`); each reviewer scores every application on the four
//! criteria and ranks a first and a second choice (`/crop/{id}/scores`), recused from their
//! own application and their ALS's; the others' scores show once one's own are in.
//! Leadership read the totals on the review page.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::committee_rules::{self, CRITERIA, ScoreCard, Totals};
use super::model::{AppStatus, OpportunityRow};
use super::procedure::{self, Person};
use super::queries::{self, RankingRow, ReviewRow, ReviewerRow, ScoreRow, Written};
use super::view::ApplicationView;
use crate::accounts::account::me;
use crate::accounts::email::EmailAddress;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors, version};
use crate::web::{PageCtx, flash};

/// Everything about an opportunity's committee a page needs, read once.
struct Committee {
    opportunity: OpportunityRow,
    /// The applications under review (withdrawn ones left out).
    apps: Vec<ReviewRow>,
    reviewers: Vec<ReviewerRow>,
    scores: Vec<ScoreRow>,
    rankings: Vec<RankingRow>,
}

impl Committee {
    async fn read(state: &AppState, id: i64) -> AppResult<Self> {
        let opportunity = queries::opportunity(&state.pool, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let apps = queries::applications_for_review(&state.pool, id)
            .await?
            .into_iter()
            .filter(|r| r.app.status() != AppStatus::Withdrawn)
            .collect();
        Ok(Self {
            opportunity,
            apps,
            reviewers: queries::reviewers(&state.pool, id).await?,
            scores: queries::scores(&state.pool, id).await?,
            rankings: queries::rankings(&state.pool, id).await?,
        })
    }

    fn reviewer(&self, user_id: i64) -> Option<&ReviewerRow> {
        self.reviewers.iter().find(|r| r.user_id == user_id)
    }

    fn recused(&self, reviewer: &ReviewerRow, app: &ReviewRow) -> bool {
        procedure::recused(
            reviewer.person(),
            Person {
                member_id: Some(app.app.member_id),
                als_id: app.app.als_id,
            },
        )
    }

    /// The applications `reviewer` scores and may rank: those they are not recused from.
    fn to_score(&self, reviewer: &ReviewerRow) -> Vec<i64> {
        self.apps
            .iter()
            .filter(|a| !self.recused(reviewer, a))
            .map(|a| a.app.id)
            .collect()
    }

    fn scored_by(&self, reviewer_id: i64) -> Vec<i64> {
        self.scores
            .iter()
            .filter(|s| s.reviewer_id == reviewer_id)
            .map(|s| s.application_id)
            .collect()
    }

    fn score(&self, app: i64, reviewer_id: i64) -> Option<&ScoreRow> {
        self.scores
            .iter()
            .find(|s| s.application_id == app && s.reviewer_id == reviewer_id)
    }

    fn ranking(&self, reviewer_id: i64) -> Option<&RankingRow> {
        self.rankings.iter().find(|r| r.reviewer_id == reviewer_id)
    }

    fn totals(&self) -> std::collections::BTreeMap<i64, Totals> {
        let scores: Vec<(i64, ScoreCard)> = self
            .scores
            .iter()
            .map(|s| (s.application_id, s.card()))
            .collect();
        let rankings: Vec<(i64, Option<i64>)> = self
            .rankings
            .iter()
            .map(|r| (r.first_choice, r.second_choice))
            .collect();
        committee_rules::totals(&scores, &rankings)
    }
}

/// The committee's totals for an application, as the review and scoring pages print them.
pub fn totals_text(t: &Totals, ctx: &PageCtx) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    ctx.lang.t_args(
        "crop-committee-totals",
        &[
            ("sum", FluentValue::from(t.sum)),
            ("scored", FluentValue::from(t.scored_by)),
            ("first", FluentValue::from(t.first_choices)),
            ("second", FluentValue::from(t.second_choices)),
        ],
    )
}

/// The committee's totals of each application of an opportunity, and how many reviewers
/// it has (0: no committee), for the review page.
pub async fn review_totals(
    state: &AppState,
    opportunity_id: i64,
) -> AppResult<(i64, std::collections::BTreeMap<i64, Totals>)> {
    let scores: Vec<(i64, ScoreCard)> = queries::scores(&state.pool, opportunity_id)
        .await?
        .iter()
        .map(|s| (s.application_id, s.card()))
        .collect();
    let rankings: Vec<(i64, Option<i64>)> = queries::rankings(&state.pool, opportunity_id)
        .await?
        .iter()
        .map(|r| (r.first_choice, r.second_choice))
        .collect();
    Ok((
        queries::reviewer_count(&state.pool, opportunity_id).await?,
        committee_rules::totals(&scores, &rankings),
    ))
}

/// "2 of 3 applications scored".
fn progress_text(ctx: &PageCtx, scored: usize, of: usize) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    ctx.lang.t_args(
        "crop-committee-progress-text",
        &[
            ("scored", FluentValue::from(scored as i64)),
            ("count", FluentValue::from(of as i64)),
        ],
    )
}

// ---- Leadership: who reviews ----

pub struct ReviewerLine {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    /// "2 of 3 applications scored".
    pub progress: String,
    pub ranked: bool,
    /// The applicants this reviewer sits out.
    pub recused_from: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/committee.html")]
pub struct CommitteePage {
    pub ctx: PageCtx,
    pub id: i64,
    pub title: String,
    pub reviewers: Vec<ReviewerLine>,
    pub applications: usize,
    /// The viewer is a reviewer too: a link to their scoring page.
    pub viewer_reviews: bool,
    pub email: String,
    pub errors: FieldErrors,
}

async fn committee_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    email: String,
    errors: FieldErrors,
) -> AppResult<CommitteePage> {
    let c = Committee::read(state, id).await?;
    let viewer = me(&ctx)?.id;
    let reviewers = c
        .reviewers
        .iter()
        .map(|r| {
            let to_score = c.to_score(r);
            let scored = c.scored_by(r.user_id);
            ReviewerLine {
                user_id: r.user_id,
                name: r.display_name.clone(),
                email: r.email.clone(),
                progress: progress_text(
                    &ctx,
                    to_score.iter().filter(|a| scored.contains(a)).count(),
                    to_score.len(),
                ),
                ranked: c.ranking(r.user_id).is_some(),
                recused_from: c
                    .apps
                    .iter()
                    .filter(|a| c.recused(r, a))
                    .map(|a| a.app.member_name.clone())
                    .collect(),
            }
        })
        .collect();
    Ok(CommitteePage {
        id,
        title: c.opportunity.event_title.clone(),
        viewer_reviews: c.reviewer(viewer).is_some(),
        reviewers,
        applications: c.apps.len(),
        email,
        errors,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<CommitteePage> {
    committee_page(&state, ctx, id, String::new(), FieldErrors::default()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    pub email: String,
}

pub async fn assign(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<AssignForm>,
) -> AppResult<Response> {
    let refuse = async |ctx: PageCtx, key: &'static str, email: String| {
        let mut errors = FieldErrors::default();
        errors.add("email", ctx.t(key));
        let page = committee_page(&state, ctx, id, email, errors).await?;
        Ok::<Response, AppError>((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
    };
    // The opportunity must exist before anything else is said about the form.
    queries::opportunity(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let address = match EmailAddress::parse(form.email.trim()) {
        Ok(a) => a,
        Err(e) => return refuse(ctx, e.message_key(), form.email).await,
    };
    let Some(user) = crate::accounts::queries::user_by_email(&state.pool, &address).await? else {
        return refuse(ctx, "crop-committee-err-no-account", form.email).await;
    };
    if user.disabled {
        return refuse(ctx, "crop-committee-err-disabled", form.email).await;
    }
    let actor = Actor::from(&me(&ctx)?);
    match queries::assign_reviewer(&state.pool, &actor, id, user.id).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/crop/{id}/committee"),
            "flash-crop-committee-assigned",
        )),
        Written::Refused(key) => refuse(ctx, key, form.email).await,
        Written::Conflict(_) | Written::NotFound => Err(AppError::NotFound),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RemoveForm {
    pub user_id: String,
}

pub async fn remove(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<RemoveForm>,
) -> AppResult<Response> {
    let user_id: i64 = form
        .user_id
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest("error-400-text"))?;
    let actor = Actor::from(&me(&ctx)?);
    // One already off the committee (another leader, another window) is as good as
    // removed now: `NotFound` is not an error here.
    queries::remove_reviewer(&state.pool, &actor, id, user_id).await?;
    Ok(flash::redirect(
        &format!("/crop/{id}/committee"),
        "flash-crop-committee-removed",
    ))
}

// ---- A reviewer: scores and choices ----

/// One criterion's field in an application's score form.
pub struct ScoreField {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub error: Option<String>,
}

/// Another reviewer's scores of an application, shown once one's own are in.
pub struct OtherScore {
    pub name: String,
    pub values: Vec<i64>,
    pub total: i64,
}

pub struct ScoreLine {
    pub a: ApplicationView,
    pub past_trips: i64,
    pub engagements: i64,
    pub last_engaged: String,
    pub recused: bool,
    pub scored: bool,
    pub version: i64,
    pub fields: Vec<ScoreField>,
    /// Why this application's form was refused as a whole (recused, stale).
    pub error: Option<String>,
    pub others: Vec<OtherScore>,
    pub totals: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "crop/committee_scores.html")]
pub struct ScoresPage {
    pub ctx: PageCtx,
    pub id: i64,
    pub title: String,
    pub lines: Vec<ScoreLine>,
    pub criteria: Vec<String>,
    /// "2 of 3 applications scored".
    pub progress: String,
    pub may_see_others: bool,
    pub first: Vec<Choice>,
    pub second: Vec<Choice>,
    pub ranking_version: i64,
    pub ranking_error: Option<String>,
}

/// What a refused form brings back to the page.
enum Typed {
    None,
    Score {
        app: i64,
        values: [String; 4],
        errors: FieldErrors,
        message: Option<String>,
    },
    Ranking {
        first: String,
        second: String,
        message: String,
    },
}

async fn scores_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    typed: Typed,
) -> AppResult<ScoresPage> {
    let c = Committee::read(state, id).await?;
    let user = me(&ctx)?;
    let reviewer = c
        .reviewer(user.id)
        .ok_or(AppError::Forbidden("crop-committee-err-not-reviewer"))?;
    let lang = ctx.lang;
    let to_score = c.to_score(reviewer);
    let scored = c.scored_by(user.id);
    let may_see_others = committee_rules::may_see_others(&to_score, &scored);
    let totals = c.totals();
    let lines = c
        .apps
        .iter()
        .map(|r| {
            let app = r.app.id;
            let recused = c.recused(reviewer, r);
            let mine = c.score(app, user.id);
            let stored: [String; 4] = mine
                .map(|s| s.card().values().map(|v| v.to_string()))
                .unwrap_or_default();
            let (values, errors, error) = match &typed {
                Typed::Score {
                    app: typed_app,
                    values,
                    errors,
                    message,
                } if *typed_app == app => (values.clone(), errors.clone(), message.clone()),
                _ => (stored, FieldErrors::default(), None),
            };
            let fields = CRITERIA
                .iter()
                .zip(values)
                .map(|((name, key), value)| ScoreField {
                    name,
                    label: lang.t(key),
                    value,
                    error: errors.get(name).map(str::to_owned),
                })
                .collect();
            let others = if may_see_others {
                c.scores
                    .iter()
                    .filter(|s| s.application_id == app && s.reviewer_id != user.id)
                    .map(|s| OtherScore {
                        name: s.reviewer_name.clone(),
                        values: s.card().values().to_vec(),
                        total: s.card().total(),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            ScoreLine {
                a: ApplicationView::new(&r.app, lang, &state.countries),
                past_trips: r.past_trips,
                engagements: r.engagements,
                last_engaged: r
                    .last_engaged
                    .as_deref()
                    .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                    .map(|d| lang.date(d))
                    .unwrap_or_else(|| lang.t("crop-never")),
                recused,
                scored: mine.is_some(),
                version: mine.map_or(0, |s| s.version),
                fields,
                error,
                others,
                totals: may_see_others
                    .then(|| totals.get(&app).map(|t| totals_text(t, &ctx)))
                    .flatten(),
            }
        })
        .collect();
    let ranking = c.ranking(user.id);
    let (first, second, ranking_error) = match typed {
        Typed::Ranking {
            first,
            second,
            message,
        } => (first, second, Some(message)),
        _ => (
            ranking.map_or(String::new(), |r| r.first_choice.to_string()),
            ranking
                .and_then(|r| r.second_choice)
                .map_or(String::new(), |s| s.to_string()),
            None,
        ),
    };
    let options = |current: &str| -> Vec<Choice> {
        c.apps
            .iter()
            .filter(|a| to_score.contains(&a.app.id))
            .map(|a| Choice::new(a.app.id.to_string(), a.app.member_name.clone(), current))
            .collect()
    };
    Ok(ScoresPage {
        id,
        title: c.opportunity.event_title.clone(),
        criteria: CRITERIA.iter().map(|(_, key)| lang.t(key)).collect(),
        progress: progress_text(
            &ctx,
            to_score.iter().filter(|a| scored.contains(a)).count(),
            to_score.len(),
        ),
        may_see_others,
        first: options(&first),
        second: options(&second),
        ranking_version: ranking.map_or(0, |r| r.version),
        ranking_error,
        lines,
        ctx,
    })
}

pub async fn scores(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ScoresPage> {
    scores_page(&state, ctx, id, Typed::None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ScoreForm {
    pub application: String,
    pub outreach_plan: String,
    pub subregion: String,
    pub reports_on_time: String,
    pub engagement: String,
    pub version: String,
}

pub async fn score(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<ScoreForm>,
) -> AppResult<Response> {
    let c = Committee::read(&state, id).await?;
    let user = me(&ctx)?;
    let reviewer = c
        .reviewer(user.id)
        .ok_or(AppError::Forbidden("crop-committee-err-not-reviewer"))?;
    let app_id: i64 = form
        .application
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest("error-400-text"))?;
    let app = c
        .apps
        .iter()
        .find(|a| a.app.id == app_id)
        .ok_or(AppError::NotFound)?;
    let version = version(&form.version)?;
    let values = [
        form.outreach_plan.clone(),
        form.subregion.clone(),
        form.reports_on_time.clone(),
        form.engagement.clone(),
    ];
    let refuse = async |ctx: PageCtx, status: StatusCode, errors, message: Option<&str>| {
        let message = message.map(|k| ctx.t(k));
        let typed = Typed::Score {
            app: app_id,
            values: values.clone(),
            errors,
            message,
        };
        let page = scores_page(&state, ctx, id, typed).await?;
        Ok::<Response, AppError>((status, page).into_response())
    };
    if c.recused(reviewer, app) {
        return refuse(
            ctx,
            StatusCode::FORBIDDEN,
            FieldErrors::default(),
            Some("crop-committee-err-recused"),
        )
        .await;
    }
    let card = match ScoreCard::parse([
        form.outreach_plan.as_str(),
        form.subregion.as_str(),
        form.reports_on_time.as_str(),
        form.engagement.as_str(),
    ]) {
        Ok(card) => card,
        Err(refused) => {
            let mut errors = FieldErrors::default();
            for (field, e) in refused {
                errors.add(field, ctx.t(e.message_key()));
            }
            return refuse(
                ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                Some("crop-committee-err-scores"),
            )
            .await;
        }
    };
    let actor = Actor::from(&user);
    match queries::save_score(&state.pool, &actor, app_id, user.id, card, version).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/crop/{id}/scores#app-{app_id}"),
            "flash-crop-committee-scored",
        )),
        Written::Conflict(_) | Written::NotFound => {
            refuse(
                ctx,
                StatusCode::CONFLICT,
                FieldErrors::default(),
                Some("crop-committee-err-stale"),
            )
            .await
        }
        Written::Refused(key) => Err(AppError::Forbidden(key)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RankForm {
    pub first: String,
    pub second: String,
    pub version: String,
}

pub async fn rank(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<RankForm>,
) -> AppResult<Response> {
    let c = Committee::read(&state, id).await?;
    let user = me(&ctx)?;
    let reviewer = c
        .reviewer(user.id)
        .ok_or(AppError::Forbidden("crop-committee-err-not-reviewer"))?;
    let version = version(&form.version)?;
    let pick = |typed: &str| typed.trim().parse::<i64>().ok();
    let (first, second) = (pick(&form.first), pick(&form.second));
    let refuse = async |ctx: PageCtx, status: StatusCode, key: &'static str| {
        let typed = Typed::Ranking {
            first: form.first.clone(),
            second: form.second.clone(),
            message: ctx.t(key),
        };
        let page = scores_page(&state, ctx, id, typed).await?;
        Ok::<Response, AppError>((status, page).into_response())
    };
    // Ranking an application one is recused from is refused as scoring it is.
    let recused_pick = [first, second].into_iter().flatten().any(|chosen| {
        c.apps
            .iter()
            .any(|a| a.app.id == chosen && c.recused(reviewer, a))
    });
    if recused_pick {
        return refuse(
            ctx,
            StatusCode::FORBIDDEN,
            "crop-committee-err-recused-rank",
        )
        .await;
    }
    let choice = match committee_rules::check_ranking(first, second, &c.to_score(reviewer)) {
        Ok(choice) => choice,
        Err(e) => return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, e.message_key()).await,
    };
    let actor = Actor::from(&user);
    match queries::save_ranking(&state.pool, &actor, id, user.id, choice, version).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/crop/{id}/scores#ranking"),
            "flash-crop-committee-ranked",
        )),
        Written::Conflict(_) | Written::NotFound => {
            refuse(ctx, StatusCode::CONFLICT, "crop-committee-err-stale").await
        }
        Written::Refused(key) => Err(AppError::Forbidden(key)),
    }
}
