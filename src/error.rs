//! One error type for every handler. It becomes a status code plus the key of a message;
//! the page itself is rendered by `web::context` middleware, which knows the visitor's
//! language. Internal errors are logged with the request's span and never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// The request itself is malformed (a bad filter value, a form that is not a form).
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    /// The thing changed or went away under the request (an import already confirmed).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Too much expensive work at once (password hashing): 503 with `Retry-After`.
    #[error("busy; retry after {0} s")]
    Busy(u64),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Attached to an error response: the Fluent key of the message to show under the title.
#[derive(Debug, Clone, Copy)]
pub struct ErrorMessage(pub &'static str);

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Database(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message_key(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-404-text",
            AppError::BadRequest(key) | AppError::Forbidden(key) | AppError::Conflict(key) => key,
            AppError::Busy(_) => "error-503-text",
            AppError::Database(_) | AppError::Internal(_) => "error-500-text",
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            AppError::Database(e) => tracing::error!(error = %e, "database error"),
            AppError::Internal(e) => tracing::error!(error = ?e, "internal error"),
            _ => tracing::debug!(error = %self, "request refused"),
        }
        let mut response = self.status().into_response();
        if let AppError::Busy(seconds) = self {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
            .extensions_mut()
            .insert(ErrorMessage(self.message_key()));
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
