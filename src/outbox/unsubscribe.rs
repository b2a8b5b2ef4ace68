//! The one-click unsubscribe link of optional messages: `GET` shows what it turns off and a
//! button; `POST` turns it off. Mail programs that follow RFC 8058 `POST` to the same
//! address themselves, without a page, a cookie or a CSRF token: the random token in the
//! address is the credential (it can only turn one kind of message off, for one address),
//! so this path is exempt from the CSRF check (`web::csrf::EXEMPT_PREFIXES`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};

use super::kinds::Kind;
use super::queries;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::PageCtx;

#[derive(Template, WebTemplate)]
#[template(path = "outbox/unsubscribe.html")]
pub struct UnsubscribePage {
    pub ctx: PageCtx,
    pub token: String,
    /// What the page says: the question, or that it is done.
    pub text: String,
    pub done: bool,
}

fn text(ctx: &PageCtx, key: &str, kind: Kind, email: &str) -> String {
    ctx.lang.t_args(
        key,
        &[
            ("kind", ctx.t(&kind.label_key()).into()),
            ("email", email.to_owned().into()),
        ],
    )
}

async fn target(state: &AppState, token: &str) -> AppResult<(queries::UnsubscribeTarget, Kind)> {
    if !crate::web::csrf::is_random_token(token) {
        return Err(AppError::NotFound);
    }
    let target = queries::unsubscribe_target(&state.pool, &super::hash_token(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = Kind::parse(&target.kind)
        .filter(|k| !k.is_mandatory())
        .ok_or(AppError::NotFound)?;
    Ok((target, kind))
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<UnsubscribePage> {
    let (target, kind) = target(&state, &token).await?;
    Ok(UnsubscribePage {
        text: text(&ctx, "unsubscribe-ask", kind, &target.recipient),
        token,
        done: false,
        ctx,
    })
}

pub async fn unsubscribe(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<UnsubscribePage> {
    let (target, kind) = target(&state, &token).await?;
    let actor = Actor {
        user_id: None,
        email: format!("unsubscribe-link:{}", target.recipient),
    };
    queries::opt_out(&state.pool, &actor, &target.canonical, kind).await?;
    tracing::info!(kind = kind.as_str(), "unsubscribed by link");
    Ok(UnsubscribePage {
        text: text(&ctx, "unsubscribe-done", kind, &target.recipient),
        token,
        done: true,
        ctx,
    })
}
