//! The layer rules of ARCHITECTURE.md, enforced: every `crate::` path in `src/` must point to
//! a module its own module may use. The rules are read from ARCHITECTURE.md's "Layers"
//! table, so the document and the test cannot disagree (as rust-analyzer's tidy tests read
//! the tree rather than trusting it).
//!
//! A module may use every module of a lower layer, and, within its own layer, only those
//! its row names. A module of `src/` that the table does not name is an error too, so a new
//! module is placed before it lands.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One row of the table: the layer and the modules of the same layer it may use.
#[derive(Debug)]
struct Rule {
    layer: u32,
    also: BTreeSet<String>,
}

/// A `crate::` path that breaks a rule: where it is and what it reaches.
#[derive(Debug, PartialEq)]
struct Breach {
    file: String,
    line: usize,
    from: String,
    to: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The names between backquotes in a table cell: "`a`, `b`" → [a, b].
fn names(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The rules of the "## Layers" section: `| layer | modules | may also use |` rows.
fn rules(architecture: &str) -> BTreeMap<String, Rule> {
    let section = architecture
        .split("\n## ")
        .find(|s| s.starts_with("Layers"))
        .expect("ARCHITECTURE.md has a \"## Layers\" section");
    let mut rules = BTreeMap::new();
    for row in section.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let Ok(layer) = cells[0].parse::<u32>() else {
            continue; // the header and its rule
        };
        assert_eq!(cells.len(), 3, "a Layers row has three cells: {row}");
        let also: BTreeSet<String> = names(cells[2]).into_iter().collect();
        for module in names(cells[1]) {
            let previous = rules.insert(
                module.clone(),
                Rule {
                    layer,
                    also: also.clone(),
                },
            );
            assert!(previous.is_none(), "{module} is in two rows of the table");
        }
    }
    assert!(!rules.is_empty(), "the Layers table has no rows");
    rules
}

/// The top-level module a file of `src/` belongs to: `events/queries.rs` → `events`.
fn module_of(relative: &Path) -> String {
    let first = relative
        .components()
        .next()
        .expect("a path under src")
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    first.trim_end_matches(".rs").to_owned()
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level names a `use crate::{a, b::c, d::{e, f}}` group reaches: [a, b, d].
fn group_names(group: &str) -> Vec<String> {
    let mut depth = 0;
    let mut parts = vec![String::new()];
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().expect("one part at least").push(c);
    }
    parts
        .iter()
        .filter_map(|p| {
            let name: String = p
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty() && name != "self").then_some(name)
        })
        .collect()
}

/// Every top-level module a line of code reaches through `crate::`, with braces that may
/// run over the following lines (`rest`).
fn reached(line: &str, rest: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = line[from..].find("crate::") {
        let start = from + at + "crate::".len();
        // `lacralo_outreach::crate::` cannot occur; `foo_crate::` is not ours.
        let before = line[..from + at].chars().last();
        from = start;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let after = &line[start..];
        if after.starts_with('{') {
            // The group may close lines later: read on until its braces balance.
            let text = format!("{after}\n{rest}");
            let mut depth = 0;
            let mut end = text.len();
            for (i, c) in text.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            found.extend(group_names(&text[1..end]));
        } else {
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

/// The breaches of `rules` in one file's `source`.
fn breaches_in(
    file: &str,
    from: &str,
    source: &str,
    rules: &BTreeMap<String, Rule>,
) -> Vec<Breach> {
    let own = &rules[from];
    let lines: Vec<&str> = source.lines().collect();
    let mut breaches = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue; // comments may name anything
        }
        let rest = lines[i + 1..].join("\n");
        for to in reached(line, &rest) {
            if to == from {
                continue;
            }
            // `crate::AppState` and other items of lib.rs itself reach `lib`.
            let target = if rules.contains_key(&to) {
                to.clone()
            } else {
                "lib".to_owned()
            };
            let allowed = rules
                .get(&target)
                .is_some_and(|t| t.layer < own.layer || own.also.contains(&target));
            if !allowed {
                breaches.push(Breach {
                    file: file.to_owned(),
                    line: i + 1,
                    from: from.to_owned(),
                    to: target,
                });
            }
        }
    }
    breaches
}

fn architecture_rules() -> BTreeMap<String, Rule> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    rules(&text)
}

#[test]
fn every_import_in_src_follows_the_layer_rules() {
    let rules = architecture_rules();
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut breaches = Vec::new();
    let mut unplaced = BTreeSet::new();
    for path in &files {
        let relative = path.strip_prefix(&src).expect("under src");
        let from = module_of(relative);
        if !rules.contains_key(&from) {
            unplaced.insert(from);
            continue;
        }
        let source = std::fs::read_to_string(path).expect("a readable source file");
        breaches.extend(breaches_in(
            &relative.display().to_string(),
            &from,
            &source,
            &rules,
        ));
    }
    assert!(
        unplaced.is_empty(),
        "modules of src/ missing from ARCHITECTURE.md's Layers table: {unplaced:?}"
    );
    let report: Vec<String> = breaches
        .iter()
        .map(|b| {
            format!(
                "src/{}:{}: `{}` may not use `{}` (layer {} → layer {})",
                b.file, b.line, b.from, b.to, rules[&b.from].layer, rules[&b.to].layer
            )
        })
        .collect();
    assert!(
        report.is_empty(),
        "imports that break the layer rules:\n{}",
        report.join("\n")
    );
}

#[test]
fn every_module_in_the_table_exists_and_the_domains_form_no_loop() {
    let rules = architecture_rules();
    let src = root().join("src");
    for module in rules.keys() {
        assert!(
            src.join(module).is_dir() || src.join(format!("{module}.rs")).is_file(),
            "the Layers table names {module}, which src/ does not have"
        );
    }
    // Within a layer the allowed uses must not loop: walk them depth first.
    fn visit(
        m: &str,
        rules: &BTreeMap<String, Rule>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(m) {
            return;
        }
        assert!(
            !path.iter().any(|p| p == m),
            "the allowed uses loop: {} → {m}",
            path.join(" → ")
        );
        path.push(m.to_owned());
        for next in &rules[m].also {
            assert!(
                rules.get(next).is_some_and(|r| r.layer == rules[m].layer),
                "{m} may also use {next}, which is not in its layer"
            );
            visit(next, rules, path, done);
        }
        path.pop();
        done.insert(m.to_owned());
    }
    let mut done = BTreeSet::new();
    for m in rules.keys() {
        visit(m, &rules, &mut Vec::new(), &mut done);
    }
}

/// What marks a file as holding handlers: it extracts the state or the page context.
const HANDLER_MARKS: &[&str] = &["State<AppState>", "ctx: PageCtx", "State(state): State"];
/// What marks SQL or a transaction.
const SQL_MARKS: &[&str] = &[
    "sqlx::query",
    "query_as(",
    "query_scalar(",
    "QueryBuilder",
    "begin_with(",
    ".begin()",
    "\"SELECT ",
    "\"INSERT ",
    "\"UPDATE ",
    "\"DELETE ",
    "\"WITH ",
];

/// SQL and transactions live in the query modules; a file of handlers parses, calls a
/// query function and renders (ARCHITECTURE.md, "No SQL in handlers").
#[test]
fn handlers_hold_no_sql_and_open_no_transactions() {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("a readable source file");
        if !HANDLER_MARKS.iter().any(|m| source.contains(m)) {
            continue;
        }
        for (i, line) in source.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            if let Some(mark) = SQL_MARKS.iter().find(|m| line.contains(*m)) {
                found.push(format!(
                    "{}:{}: {mark}",
                    path.strip_prefix(&src).expect("under src").display(),
                    i + 1
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "SQL or a transaction in a file of handlers:\n{}",
        found.join("\n")
    );
}

/// The reader itself, on made-up sources: a test of the test, so that a reader that found
/// nothing could not pass the check above.
#[test]
fn the_reader_finds_single_grouped_and_multi_line_imports() {
    let table = "# A\n\n## Layers\n\n| layer | modules | may also use |\n|---|---|---|\n\
        | 0 | `web` | — |\n| 1 | `accounts` | — |\n| 1 | `events` | `accounts` |\n\
        | 2 | `lib` | — |\n\n## Next\n| 9 | `ignored` | — |\n";
    let rules = rules(table);
    assert_eq!(
        rules.keys().collect::<Vec<_>>(),
        ["accounts", "events", "lib", "web"]
    );
    let source = "use crate::web::Lang;\n\
        // use crate::lib; (a comment)\n\
        use crate::{\n    accounts::me,\n    events::{self, model},\n};\n\
        fn f() { crate::events::queries::get(); my_crate::lib(); }\n\
        use crate::AppState;\n";
    let found = breaches_in("web/x.rs", "web", source, &rules);
    assert_eq!(
        found
            .iter()
            .map(|b| (b.line, b.to.as_str()))
            .collect::<Vec<_>>(),
        [(3, "accounts"), (3, "events"), (7, "events"), (8, "lib")]
    );
    assert!(breaches_in("events/x.rs", "events", source, &rules).len() == 1);
    assert!(breaches_in("accounts/x.rs", "accounts", source, &rules).len() == 3);
}
