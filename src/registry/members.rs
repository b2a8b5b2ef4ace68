//! Members: people, each in one ALS or an individual member. Their contact details are for
//! leadership only; the pages are leadership's.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::member_queries::{self as queries, MemberFilter, MemberRow, NewMember, Written};
use crate::accounts::account::me;
use crate::accounts::email::EmailAddress;
use crate::audit::Actor;
use crate::countries::choices;
use crate::countries::{Countries, PlaceFilter};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences, label_in, tick};
use crate::web::forms::version;
use crate::web::forms::{
    Choice, FieldErrors, optional_date, refuse_control_chars, refuse_control_chars_in_block,
};
use crate::web::pager::Pager;
use crate::web::{Lang, PageCtx, flash};

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct MemberForm {
    pub name: String,
    pub email: String,
    pub country: String,
    /// `als` or `individual`.
    pub membership: String,
    pub als_id: String,
    pub active: Option<String>,
    pub joined_on: String,
    pub notes: String,
    /// The language messages to them are written in when they have no account.
    pub language: String,
    pub version: String,
}

impl MemberForm {
    fn blank() -> Self {
        Self {
            membership: "als".into(),
            active: Some("on".into()),
            ..Self::default()
        }
    }

    fn from_row(m: &MemberRow) -> Self {
        Self {
            name: m.name.clone(),
            email: m.email.clone().unwrap_or_default(),
            country: m.country.clone(),
            membership: if m.als_id.is_some() {
                "als"
            } else {
                "individual"
            }
            .into(),
            als_id: m.als_id.map(|id| id.to_string()).unwrap_or_default(),
            active: m.active.then(|| "on".into()),
            joined_on: m.joined_on.clone().unwrap_or_default(),
            notes: m.notes.clone(),
            language: m.language.clone().unwrap_or_default(),
            version: m.version.to_string(),
        }
    }

    pub fn parse(
        &self,
        lang: Lang,
        countries: &Countries,
        als_ids: &[i64],
    ) -> Result<NewMember, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim().to_owned();
        refuse_control_chars("name", &name, lang, &mut errors);
        if name.is_empty() {
            errors.add("name", lang.t("member-err-name-required"));
        } else if name.chars().count() > 200 {
            errors.add("name", lang.t_args("err-too-long", &[("max", 200.into())]));
        }
        let email = match self.email.trim() {
            "" => None,
            e => match EmailAddress::parse(e) {
                Ok(e) => Some(e),
                Err(err) => {
                    errors.add("email", lang.t(err.message_key()));
                    None
                }
            },
        };
        let country = countries.required("country", &self.country, lang, &mut errors);
        let als_id = match (self.membership.as_str(), self.als_id.trim()) {
            ("individual", "") => None,
            // The two cannot both hold: say so rather than pick one.
            ("individual", _) => {
                errors.add("als_id", lang.t("member-err-individual-with-als"));
                None
            }
            ("als", "") => {
                errors.add("als_id", lang.t("member-err-als-required"));
                None
            }
            ("als", id) => match id.parse::<i64>().ok().filter(|id| als_ids.contains(id)) {
                Some(id) => Some(id),
                None => {
                    errors.add("als_id", lang.t("err-choose-from-list"));
                    None
                }
            },
            _ => {
                errors.add("membership", lang.t("err-choose-from-list"));
                None
            }
        };
        let joined_on = optional_date("joined_on", &self.joined_on, lang, &mut errors);
        let notes = self.notes.trim().to_owned();
        refuse_control_chars_in_block("notes", &notes, lang, &mut errors);
        if notes.chars().count() > 5000 {
            errors.add(
                "notes",
                lang.t_args("err-too-long", &[("max", 5000.into())]),
            );
        }
        let language = match self.language.trim() {
            "" => None,
            code => match Lang::from_code(code).filter(|l| l.code() == code) {
                Some(l) => Some(l.code().to_owned()),
                None => {
                    errors.add("language", lang.t("err-choose-from-list"));
                    None
                }
            },
        };
        match country {
            Some(country) if errors.is_empty() => Ok(NewMember {
                language,
                name,
                email,
                country,
                als_id,
                active: self.active.is_some(),
                joined_on,
                notes,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub als: String,
    pub country: String,
    pub q: String,
    pub all: String,
    pub page: String,
}

impl ListQuery {
    /// The filters as a query string, without `page` (the pager adds it).
    fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("als", self.als.trim()),
            ("country", &self.country.trim().to_ascii_uppercase()),
            ("q", self.q.trim()),
            ("all", self.all.trim()),
        ] {
            if !v.is_empty() {
                out.append_pair(k, v);
            }
        }
        out.finish()
    }
}

pub struct MemberView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub country: String,
    pub als: String,
    pub als_id: Option<i64>,
    pub active: bool,
    pub has_account: bool,
}

fn view(m: &MemberRow, lang: Lang, countries: &Countries) -> MemberView {
    MemberView {
        id: m.id,
        name: m.name.clone(),
        email: m.email.clone().unwrap_or_default(),
        country: countries
            .get(&m.country)
            .map_or(m.country.clone(), |c| c.name(lang).to_owned()),
        als: m
            .als_name
            .clone()
            .unwrap_or_else(|| lang.t("member-individual")),
        als_id: m.als_id,
        active: m.active,
        has_account: m.user_id.is_some(),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/members.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub members: Vec<MemberView>,
    /// How many match the filters, on every page.
    pub total: i64,
    pub pager: Pager,
    pub als: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub q: String,
    pub show_inactive: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ListQuery>,
) -> AppResult<ListPage> {
    let bad = || AppError::BadRequest("error-filter-text");
    let filter = MemberFilter {
        als_id: match q.als.as_str() {
            "" | "individual" => None,
            id => Some(id.parse().map_err(|_| bad())?),
        },
        individual: q.als == "individual",
        country: PlaceFilter::parse(&state.countries, &q.country, "")
            .map_err(|_| bad())?
            .country,
        active_only: q.all.is_empty(),
        q: Some(q.q.trim().to_owned()).filter(|s| !s.is_empty()),
    };
    let asked = Pager::parse(&q.page)?;
    let total = queries::count(&state.pool, &filter).await?;
    let pager = Pager::new(ctx.lang, asked, total, "/members", &q.to_query());
    let rows = queries::list(&state.pool, &filter, Some(pager.window())).await?;
    let mut als = vec![Choice::new(
        "individual",
        ctx.t("member-individual"),
        &q.als,
    )];
    als.extend(
        queries::als_choices(&state.pool)
            .await?
            .into_iter()
            .map(|(id, name, country)| {
                Choice::new(id.to_string(), format!("{name} ({country})"), &q.als)
            }),
    );
    Ok(ListPage {
        members: rows
            .iter()
            .map(|m| view(m, ctx.lang, &state.countries))
            .collect(),
        total,
        pager,
        als,
        countries: choices::countries(ctx.lang, &state.countries, &q.country.to_ascii_uppercase()),
        q: q.q.clone(),
        show_inactive: !q.all.is_empty(),
        ctx,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/member_form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    pub form: MemberForm,
    pub errors: FieldErrors,
    pub member_id: Option<i64>,
    pub countries: Vec<Choice>,
    pub als: Vec<Choice>,
    pub languages: Vec<Choice>,
}

async fn form_page(
    state: &AppState,
    ctx: PageCtx,
    form: MemberForm,
    errors: FieldErrors,
    member_id: Option<i64>,
) -> AppResult<FormPage> {
    let als = queries::als_choices(&state.pool)
        .await?
        .into_iter()
        .map(|(id, name, country)| {
            Choice::new(id.to_string(), format!("{name} ({country})"), &form.als_id)
        })
        .collect();
    let languages = Lang::all()
        .iter()
        .map(|l| Choice::new(l.code(), l.native_name(), &form.language))
        .collect();
    Ok(FormPage {
        countries: choices::countries(ctx.lang, &state.countries, &form.country),
        als,
        languages,
        form,
        errors,
        member_id,
        ctx,
    })
}

async fn als_ids(state: &AppState) -> AppResult<Vec<i64>> {
    Ok(queries::als_choices(&state.pool)
        .await?
        .into_iter()
        .map(|(id, _, _)| id)
        .collect())
}

pub async fn new(State(state): State<AppState>, ctx: PageCtx) -> AppResult<FormPage> {
    form_page(
        &state,
        ctx,
        MemberForm::blank(),
        FieldErrors::default(),
        None,
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let ids = als_ids(&state).await?;
    let member = match form.parse(ctx.lang, &state.countries, &ids) {
        Ok(m) => m,
        Err(errors) => {
            let page = form_page(&state, ctx, form, errors, None).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    match queries::create(&state.pool, &actor, &member).await? {
        Written::Done(id) => Ok(flash::redirect(
            &format!("/members/{id}"),
            "flash-member-saved",
        )),
        _ => {
            let mut errors = FieldErrors::default();
            errors.add("email", ctx.t("member-err-email-taken"));
            let page = form_page(&state, ctx, form, errors, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/member.html")]
pub struct ShowPage {
    pub ctx: PageCtx,
    pub member: MemberView,
    pub joined: String,
    pub notes: String,
    /// The linked account: name and email.
    pub account: Option<(String, String)>,
    pub accounts: Vec<Choice>,
    pub engagements: Vec<super::als_page::EngagementView>,
    pub kinds: Vec<Choice>,
    pub errors: FieldErrors,
    pub engagement: super::engagement_form::EngagementForm,
    pub event_choices: Vec<Choice>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    show_page(
        &state,
        ctx,
        id,
        FieldErrors::default(),
        super::engagement_form::EngagementForm::default(),
    )
    .await
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    errors: FieldErrors,
    engagement: super::engagement_form::EngagementForm,
) -> AppResult<ShowPage> {
    let m = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let engagements = queries::engagements(&state.pool, id)
        .await?
        .into_iter()
        .map(|e| super::als_page::EngagementView {
            date: NaiveDate::parse_from_str(&e.happened_on, "%Y-%m-%d")
                .map_or(e.happened_on.clone(), |d| lang.date(d)),
            kind: super::model::EngagementKind::parse(&e.kind)
                .map_or(e.kind.clone(), |k| lang.t(&k.label_key())),
            description: e.description,
            member: String::new(),
            event_id: e.event_id,
            event_title: e.event_title.unwrap_or_default(),
        })
        .collect();
    Ok(ShowPage {
        joined: m
            .joined_on
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map(|d| lang.date(d))
            .unwrap_or_default(),
        notes: m.notes.clone(),
        account: queries::linked_account(&state.pool, id)
            .await?
            .map(|(_, name, email)| (name, email)),
        accounts: queries::linkable_accounts(&state.pool)
            .await?
            .into_iter()
            .map(|(uid, name, email)| Choice::new(uid.to_string(), format!("{name} <{email}>"), ""))
            .collect(),
        engagements,
        kinds: crate::web::forms::choices(
            lang,
            "engagement",
            super::model::EngagementKind::VALUES,
            &engagement.kind,
        ),
        event_choices: super::queries::recent_events(&state.pool)
            .await?
            .into_iter()
            .map(|(eid, title, day)| {
                Choice::new(
                    eid.to_string(),
                    format!("{day} · {title}"),
                    &engagement.event_id,
                )
            })
            .collect(),
        errors,
        engagement,
        member: view(&m, lang, &state.countries),
        ctx,
    })
}

/// What an individual member (or a member seen on their own page) did.
pub async fn add_engagement(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<super::engagement_form::EngagementForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let member = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The member is this page's; a member named in the form is ignored.
    let form = super::engagement_form::EngagementForm {
        member_id: String::new(),
        ..form
    };
    match form.check(&state, ctx.lang, &[]).await? {
        Ok(e) => {
            let engagement = super::queries::NewEngagement {
                als_id: member.als_id,
                member_id: Some(id),
                event_id: e.event_id,
                kind: e.kind,
                happened_on: e.happened_on,
                description: &e.description,
            };
            super::queries::add_engagement(&state.pool, &actor, &engagement).await?;
            Ok(flash::redirect(
                &format!("/members/{id}"),
                "flash-engagement-added",
            ))
        }
        Err(errors) => {
            let page = show_page(&state, ctx, id, errors, form).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LinkForm {
    /// Empty: unlink.
    pub user_id: String,
}

pub async fn link_account(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let user_id = match form.user_id.trim() {
        "" => None,
        u => Some(
            u.parse::<i64>()
                .map_err(|_| AppError::BadRequest("error-400-text"))?,
        ),
    };
    if !queries::link_account(&state.pool, &actor, id, user_id).await? {
        return Ok(flash::redirect(
            &format!("/members/{id}"),
            "flash-account-not-linkable",
        ));
    }
    Ok(flash::redirect(
        &format!("/members/{id}"),
        "flash-account-linked",
    ))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<FormPage> {
    let m = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    form_page(
        &state,
        ctx,
        MemberForm::from_row(&m),
        FieldErrors::default(),
        Some(id),
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let version = version(&form.version)?;
    let ids = als_ids(&state).await?;
    let member = match form.parse(ctx.lang, &state.countries, &ids) {
        Ok(m) => m,
        Err(errors) => {
            let page = form_page(&state, ctx, form, errors, Some(id)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    match queries::update(&state.pool, &actor, id, version, &member).await? {
        Written::Done(_) => Ok(flash::redirect(
            &format!("/members/{id}"),
            "flash-member-saved",
        )),
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            errors.add("email", ctx.t(key));
            let page = form_page(&state, ctx, form, errors, Some(id)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Written::Conflict(current) => conflict(ctx, &state, *current, form).await,
        Written::NotFound => Err(AppError::NotFound),
    }
}

/// The page shown when someone else saved first (`web::conflict`): both versions, field
/// by field. Nothing of either is lost.
async fn conflict(
    ctx: PageCtx,
    state: &AppState,
    current: MemberRow,
    mine: MemberForm,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let theirs = MemberForm::from_row(&current);
    let als: Vec<Choice> = queries::als_choices(&state.pool)
        .await?
        .into_iter()
        .map(|(id, name, country)| Choice::new(id.to_string(), format!("{name} ({country})"), ""))
        .collect();
    let membership = |f: &MemberForm| {
        if f.membership == "individual" {
            lang.t("member-individual")
        } else {
            label_in(&als, &f.als_id)
        }
    };
    let language =
        |v: &str| Lang::from_code(v).map_or(v.to_owned(), |l| l.native_name().to_owned());
    let country = |v: &str| state.countries.name_of(v, lang);
    let mut d = Differences::new(lang);
    d.compare("member-name", &theirs.name, &mine.name);
    d.compare("field-email", &theirs.email, &mine.email);
    d.compare(
        "field-country",
        country(&theirs.country),
        country(&mine.country),
    );
    d.compare("member-membership", membership(&theirs), membership(&mine));
    d.compare(
        "member-active",
        tick(theirs.active.is_some()),
        tick(mine.active.is_some()),
    );
    d.compare("member-joined", &theirs.joined_on, &mine.joined_on);
    d.compare(
        "member-language",
        language(&theirs.language),
        language(&mine.language),
    );
    d.compare("field-notes", &theirs.notes, &mine.notes);
    Ok(Conflict {
        title: lang.t("member-conflict-title"),
        intro: ctx.ts("member-conflict-intro", "name", &current.name),
        page: format!("/members/{}", current.id),
        view_label: lang.t("member-conflict-view"),
        action: format!("/members/{}", current.id),
        differences: d,
        version: current.version,
        mine: &mine,
    }
    .into_response(ctx))
}
