//! Repo-wide rules, checked as ordinary tests (`cargo test -p xtask`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

use crate::root;

pub(crate) fn files_under(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() {
                if !matches!(
                    name.to_str(),
                    Some("node_modules" | "dist" | "target" | ".git")
                ) {
                    stack.push(path);
                }
            } else if extensions
                .iter()
                .any(|ext| path.extension().is_some_and(|e| e == *ext))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Message and term IDs per locale, with the file each is in.
fn fluent_ids(locale: &str) -> BTreeMap<String, String> {
    let id_line = Regex::new(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=").unwrap();
    let mut ids = BTreeMap::new();
    for file in files_under(&root().join("locales").join(locale), &["ftl"]) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for line in read(&file).lines() {
            if let Some(caps) = id_line.captures(line) {
                let previous = ids.insert(caps[1].to_owned(), name.clone());
                assert!(
                    previous.is_none(),
                    "{locale}: {} is defined twice",
                    &caps[1]
                );
            }
        }
    }
    ids
}

#[test]
fn both_locales_have_the_same_message_ids_in_the_same_files() {
    let en = fluent_ids("en-US");
    let ja = fluent_ids("ja-JP");
    assert!(!en.is_empty());
    let only_en: Vec<_> = en.keys().filter(|id| !ja.contains_key(*id)).collect();
    let only_ja: Vec<_> = ja.keys().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        only_en.is_empty() && only_ja.is_empty(),
        "only in en-US: {only_en:?}; only in ja-JP: {only_ja:?}"
    );
    assert_eq!(
        en, ja,
        "a message sits in different files in the two locales"
    );
}

#[test]
fn fluent_files_parse_and_use_kebab_case_ids() {
    let kebab = Regex::new(r"^-?[a-z][a-z0-9]*(-[a-z0-9]+)*$").unwrap();
    for file in files_under(&root().join("locales"), &["ftl"]) {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(read(&file)) {
            panic!("{}: {errors:?}", file.display());
        }
    }
    for id in fluent_ids("en-US").keys() {
        assert!(kebab.is_match(id), "{id} is not kebab-case");
    }
}

#[test]
fn every_error_code_has_a_message() {
    let en = fluent_ids("en-US");
    for code in shirube_api::ErrorCode::ALL {
        assert!(
            en.contains_key(&code.message_id()),
            "{} is missing",
            code.message_id()
        );
    }
}

fn ui_sources() -> Vec<PathBuf> {
    files_under(&root().join("ui/src"), &["ts", "svelte"])
        .into_iter()
        .filter(|p| !p.ends_with("bindings.ts") && !p.to_string_lossy().ends_with(".test.ts"))
        .collect()
}

#[test]
fn the_ui_uses_only_message_ids_that_exist() {
    let ids = fluent_ids("en-US");
    let prefixes: BTreeSet<&str> = ids.keys().filter_map(|id| id.split('-').next()).collect();
    // Message IDs appear as `t('id')` or as values in tables of IDs (`kind: 'kind-sector'`).
    let literal = Regex::new(r#"(?:\bt\(|:)\s*['"`]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)['"`]"#).unwrap();
    let mut used = 0;
    for file in ui_sources() {
        for caps in literal.captures_iter(&read(&file)) {
            let id = &caps[1];
            if prefixes.contains(id.split('-').next().unwrap()) {
                used += 1;
                assert!(
                    ids.contains_key(id),
                    "{} uses {id}, which no .ftl defines",
                    file.display()
                );
            }
        }
    }
    assert!(
        used > 10,
        "the scan found only {used} message IDs: is it still looking at the UI?"
    );
}

/// Removes `open … close` spans (non-nested).
fn strip_between(text: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find(close)
            .map_or("", |end| &rest[start + end + close.len()..]);
    }
    out.push_str(rest);
    out
}

/// Removes `{ … }` expressions, with nesting.
fn strip_braces(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| match c {
            '{' => {
                depth += 1;
                false
            }
            '}' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Text a user would see in a Svelte file's markup that does not come from Fluent.
fn hard_coded_text(source: &str) -> Vec<String> {
    let markup = strip_between(
        &strip_between(source, "<script", "</script>"),
        "<style",
        "</style>",
    );
    let markup = strip_braces(&strip_between(&markup, "<!--", "-->"));
    let attribute =
        Regex::new(r#"\b(aria-label|title|placeholder|alt|aria-description)\s*=\s*"([^"]*)""#)
            .unwrap();
    let mut found: Vec<String> = attribute
        .captures_iter(&markup)
        .map(|c| c[2].to_owned())
        .collect();
    let tag = Regex::new(r"<[^>]*>").unwrap();
    for text in tag.split(&markup) {
        if text.chars().any(char::is_alphabetic) {
            found.push(text.trim().to_owned());
        }
    }
    found.retain(|text| text.chars().any(char::is_alphabetic));
    found
}

#[test]
fn svelte_markup_has_no_hard_coded_user_visible_text() {
    assert_eq!(
        hard_coded_text(r#"<p>{t('x')}</p><button aria-label="Close">×</button>"#),
        ["Close"]
    );
    assert_eq!(
        hard_coded_text("<script>let a = 'Hi';</script><h1>Hello</h1>"),
        ["Hello"]
    );
    let svelte = files_under(&root().join("ui/src"), &["svelte"]);
    assert!(!svelte.is_empty());
    for file in svelte {
        let found = hard_coded_text(&read(&file));
        assert!(
            found.is_empty(),
            "{}: hard-coded text {found:?}: use t()",
            file.display()
        );
    }
}

#[test]
fn only_the_ipc_module_imports_tauri() {
    let importers: Vec<PathBuf> = ui_sources()
        .into_iter()
        .filter(|p| read(p).contains("@tauri-apps/"))
        .map(|p| p.strip_prefix(root()).unwrap().to_path_buf())
        .collect();
    assert_eq!(importers, [PathBuf::from("ui/src/lib/ipc.ts")]);
}

#[test]
fn only_src_tauri_depends_on_tauri() {
    let manifests = files_under(&root(), &["toml"])
        .into_iter()
        .filter(|p| p.ends_with("Cargo.toml"));
    let mut checked = 0;
    for manifest in manifests {
        let doc: toml::Table = toml::from_str(&read(&manifest)).unwrap();
        let deps = ["dependencies", "dev-dependencies", "build-dependencies"]
            .iter()
            .filter_map(|section| doc.get(*section).and_then(|d| d.as_table()))
            .flat_map(|table| table.keys());
        let tauri: Vec<&String> = deps.filter(|name| name.starts_with("tauri")).collect();
        let is_shell = manifest.parent() == Some(&root().join("src-tauri"));
        // The bare window is the start-up benchmark's floor: Tauri and nothing else.
        let is_floor = manifest.parent() == Some(&root().join("bench/bare-window"));
        assert!(
            is_shell || is_floor || tauri.is_empty(),
            "{} depends on {tauri:?}",
            manifest.display()
        );
        checked += 1;
    }
    assert!(checked >= 5);
}

#[test]
fn rust_modules_stay_small() {
    for file in files_under(&root(), &["rs"]) {
        let lines = read(&file).lines().count();
        assert!(
            lines <= 400,
            "{} has {lines} lines: split it by what it does",
            file.display()
        );
    }
}
