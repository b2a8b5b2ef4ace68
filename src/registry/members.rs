//! Members: people, each in one ALS or an individual member. Their contact details are for
//! leadership only; the pages are leadership's.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::member_form::MemberForm;
use super::member_queries::{self as queries, MemberFilter, MemberRow, Written};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::countries::choices;
use crate::countries::{Countries, PlaceFilter};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::conflict::{Conflict, Differences, label_in, tick};
use crate::web::forms::version;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::pager::Pager;
use crate::web::{Lang, PageCtx, flash};

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

pub fn view(m: &MemberRow, lang: Lang, countries: &Countries) -> MemberView {
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
    pub sources: Vec<super::sources::SourceGroup>,
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
        sources: super::sources::groups(state, ctx.lang, &form.source).await?,
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
        Written::Refused(key) => {
            let mut errors = FieldErrors::default();
            errors.add(refused_field(key), ctx.t(key));
            let page = form_page(&state, ctx, form, errors, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        _ => {
            let mut errors = FieldErrors::default();
            errors.add("email", ctx.t("member-err-email-taken"));
            let page = form_page(&state, ctx, form, errors, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// The field a refused write's message goes under: the source's, or the email's (taken).
fn refused_field(key: &str) -> &'static str {
    if queries::SOURCE_REFUSALS.contains(&key) {
        "source"
    } else {
        "email"
    }
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
            errors.add(refused_field(key), ctx.t(key));
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
    let sources: Vec<Choice> = super::sources::groups(state, lang, &theirs.source)
        .await?
        .into_iter()
        .flat_map(|g| g.choices)
        .collect();
    d.compare(
        "source-label",
        label_in(&sources, &theirs.source),
        label_in(&sources, &mine.source),
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
