//! The yearly report printed by Chromium: GSE staff open `/reports/2023` in Spanish and
//! print it to PDF through WebDriver's Print Page. The PDF is a document: a cover page with
//! the title and no navigation, then each section on a page of its own, the first chart's
//! numbers as a table. `pdfinfo` and `pdftotext` (poppler-utils) read it back.
//!
//! Needs Chromium, chromedriver and poppler-utils (`scripts/test` installs them).

mod browser_support;

use std::process::Command;

use anyhow::{Context, Result, ensure};
use browser_support::{
    ChromeDriver, connect, create_account_in, log_in, report_failure_named, require_browser,
    start_app, switch_language, t,
};
use fantoccini::Client;
use fantoccini::wd::PrintConfiguration;
use lacralo_outreach::web::auth::Role;

const STAFF_EMAIL: &str = "gse.reportes@example.org";
const PASSWORD: &str = "quetzal marimba tortuga 2031";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_prints_the_yearly_report_as_a_document() {
    require_browser();
    let (base, state, dir) = start_app().await;
    create_account_in(
        &state,
        STAFF_EMAIL,
        "Gestora GSE",
        PASSWORD,
        Role::GseStaff,
        "es",
    )
    .await;
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;
    let pdf = dir.path().join("report-2023-es.pdf");
    let outcome = journey(&client, &base, &pdf).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser_reports", e).await;
    }
    let _ = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        panic!("browser journey failed: {e:#}");
    }
}

/// Text with its runs of white space (line breaks included) made one space, and Fluent's
/// isolation marks dropped: what a reader sees, whatever the line wrapping.
fn flat(text: &str) -> String {
    browser_support::norm(text)
        .replace(['\u{2068}', '\u{2069}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of page `n` of the PDF, by `pdftotext`, flattened.
fn page_text(pdf: &std::path::Path, n: u32) -> Result<String> {
    let out = Command::new("pdftotext")
        .args(["-layout", "-f", &n.to_string(), "-l", &n.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .context("running pdftotext (poppler-utils)")?;
    ensure!(out.status.success(), "pdftotext failed on page {n}");
    Ok(flat(&String::from_utf8_lossy(&out.stdout)))
}

async fn journey(c: &Client, base: &str, pdf: &std::path::Path) -> Result<()> {
    c.goto(&format!("{base}/login")).await?;
    switch_language(c, "es").await?;
    log_in(c, base, "es", STAFF_EMAIL, PASSWORD, None).await?;
    c.goto(&format!("{base}/reports/2023")).await?;
    let bytes = c
        .print(PrintConfiguration::default())
        .await
        .context("printing the report to PDF")?;
    ensure!(bytes.starts_with(b"%PDF"), "Chromium did not answer a PDF");
    std::fs::write(pdf, &bytes)?;

    let info = Command::new("pdfinfo").arg(pdf).output()?;
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .context("pdfinfo gives the page count")?;
    // The cover, then eight sections, each starting a page.
    ensure!(pages >= 9, "the report prints on {pages} pages: {info}");

    let cover = page_text(pdf, 1)?;
    let title =
        browser_support::t_args("es", "report-title", &[("year", "2023".to_owned().into())]);
    ensure!(
        cover.contains(&flat(&title)),
        "the cover has the title: {cover}"
    );
    ensure!(
        cover.contains(&flat(&t("es", "report-contents"))),
        "the cover has the contents: {cover}"
    );
    // The site's navigation, the account links and the language switcher are not printed.
    for nav in ["nav-calendar", "nav-coverage", "nav-logout"] {
        ensure!(
            !cover.contains(&flat(&t("es", nav))),
            "no navigation ({nav}) in print: {cover}"
        );
    }
    ensure!(
        !cover.contains("Português"),
        "no language switcher in print: {cover}"
    );
    ensure!(
        !cover.contains(&flat(&t("es", "report-csv"))),
        "the CSV button is not printed: {cover}"
    );
    let second = page_text(pdf, 2)?;
    ensure!(
        second.contains(&flat(&format!("1. {}", t("es", "report-events")))),
        "page 2 starts the first section: {second}"
    );
    // The chart's numbers are printed with it, as a table: a relevance class's row.
    ensure!(
        second.contains(&flat(&t("es", "relevance-lacralo-involved"))),
        "the chart's numbers are on the page: {second}"
    );
    let third = page_text(pdf, 3)?;
    ensure!(
        third.contains(&flat(&format!("2. {}", t("es", "report-webinars")))),
        "each section starts its own page: {third}"
    );
    Ok(())
}
