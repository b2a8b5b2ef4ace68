//! The stylesheet, the script and the icon, read once at start and served from memory.
//!
//! Their URLs carry a fingerprint of their bytes (`?v=`, see `security::asset_version`),
//! taken at start; serving the bytes read at that same moment keeps URL and content in
//! step even if the files change on disk while the server runs. It also spares every
//! request a file open and read: the load benchmark (bench/) measured `ServeDir` at 16% of
//! nginx's rate for the stylesheet.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Context;
use axum::body::{Body, Bytes};
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

pub struct StaticFiles {
    files: HashMap<String, StaticFile>,
    version: String,
}

struct StaticFile {
    bytes: Bytes,
    content_type: HeaderValue,
    etag: HeaderValue,
}

impl StaticFiles {
    /// Reads every file of the folder (not its subfolders: there are none).
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read the static files in {}", dir.display()))?
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        names.sort();
        // FNV-1a over every file in name order: stable across builds, enough to notice a
        // change.
        let mut all: u64 = 0xcbf2_9ce4_8422_2325;
        let mut files = HashMap::new();
        for name in names {
            let bytes = std::fs::read(dir.join(&name))
                .with_context(|| format!("cannot read {}", dir.join(&name).display()))?;
            let mut one: u64 = 0xcbf2_9ce4_8422_2325;
            for &byte in &bytes {
                all = (all ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
                one = (one ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
            let file = StaticFile {
                content_type: HeaderValue::from_static(content_type(&name)),
                etag: HeaderValue::from_str(&format!("\"{one:016x}\""))?,
                bytes: Bytes::from(bytes),
            };
            files.insert(name, file);
        }
        Ok(Self {
            files,
            version: format!("{:x}", all & 0xffff_ffff),
        })
    }

    /// The fingerprint of all the files together.
    pub fn version(&self) -> &str {
        &self.version
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `GET /static/{name}`.
pub async fn serve(
    State(files): State<std::sync::Arc<StaticFiles>>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    let Some(file) = files.files.get(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // URLs carry the fingerprint (?v=), so a year is safe.
    let cache = HeaderValue::from_static("public, max-age=31536000, immutable");
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == file.etag.as_bytes());
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = Response::new(Body::from(file.bytes.clone()));
        r.headers_mut()
            .insert(header::CONTENT_TYPE, file.content_type.clone());
        r
    };
    let h = response.headers_mut();
    h.insert(header::ETAG, file.etag.clone());
    h.insert(header::CACHE_CONTROL, cache);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_typed_and_fingerprinted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("app.css"), "body{}").unwrap();
        std::fs::write(dir.path().join("app.js"), "1").unwrap();
        let files = StaticFiles::load(dir.path()).unwrap();
        assert_eq!(
            files.files["app.css"].content_type,
            "text/css; charset=utf-8"
        );
        let version = files.version().to_owned();
        std::fs::write(dir.path().join("app.css"), "body{color:red}").unwrap();
        assert_ne!(StaticFiles::load(dir.path()).unwrap().version(), version);
    }
}
