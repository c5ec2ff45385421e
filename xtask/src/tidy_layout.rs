//! The workspace's shape, checked as tests: which crate may depend on which, no cycles between
//! a crate's modules, and ARCHITECTURE.md's module map naming exactly the modules that exist.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

use crate::root;
use crate::tidy::{files_under, read};

/// Each project crate and the project crates it may use. The faces (the CLI and the app) use
/// the API only; nothing uses a face.
const ALLOWED: &[(&str, &[&str])] = &[
    ("shirube-guides", &[]),
    ("shirube-search", &["shirube-guides"]),
    ("shirube-navigator", &["shirube-guides"]),
    ("shirube-office", &["shirube-guides", "shirube-navigator"]),
    (
        "shirube-api",
        &[
            "shirube-guides",
            "shirube-search",
            "shirube-navigator",
            "shirube-office",
        ],
    ),
    ("shirube-cli", &["shirube-api"]),
    ("shirube-app", &["shirube-api"]),
    ("xtask", &["shirube-api"]),
    ("shirube-e2e", &["shirube-api"]),
    // The start-up benchmark's floor: a bare Tauri window, so no project crate.
    ("shirube-bare-window", &[]),
];

fn manifests() -> Vec<PathBuf> {
    files_under(&root(), &["toml"])
        .into_iter()
        .filter(|p| p.ends_with("Cargo.toml") && p.parent() != Some(&root()))
        .collect()
}

/// The package's name and the project crates it depends on, in any section.
fn project_dependencies(manifest: &Path) -> (String, BTreeSet<String>) {
    let doc: toml::Table = toml::from_str(&read(manifest)).unwrap();
    let name = doc["package"]["name"].as_str().unwrap().to_owned();
    let deps = ["dependencies", "dev-dependencies", "build-dependencies"]
        .iter()
        .filter_map(|section| doc.get(*section).and_then(|d| d.as_table()))
        .flat_map(|table| table.keys())
        .filter(|dep| dep.starts_with("shirube-"))
        .cloned()
        .collect();
    (name, deps)
}

#[test]
fn crates_depend_only_on_the_layers_below_and_faces_only_on_the_api() {
    let mut seen = BTreeSet::new();
    for manifest in manifests() {
        let (name, deps) = project_dependencies(&manifest);
        let allowed = ALLOWED
            .iter()
            .find(|(crate_name, _)| *crate_name == name)
            .unwrap_or_else(|| panic!("{name} is not in tidy_layout's ALLOWED: place it"))
            .1;
        let extra: Vec<&String> = deps
            .iter()
            .filter(|d| !allowed.contains(&d.as_str()))
            .collect();
        assert!(extra.is_empty(), "{name} must not depend on {extra:?}");
        seen.insert(name);
    }
    assert_eq!(
        seen.len(),
        ALLOWED.len(),
        "a crate listed in ALLOWED is gone"
    );
}

/// A crate's top-level modules (`src/x.rs` or `src/x/`) and, for each, the others it names
/// through `crate::`.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let reference = Regex::new(r"crate::([a-z_][a-z0-9_]*)").unwrap();
    let grouped = Regex::new(r"crate::\{([^}]*)\}").unwrap();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files_under(src, &["rs"]) {
        let relative = file.strip_prefix(src).unwrap();
        let module = relative.components().next().unwrap().as_os_str();
        let module = module.to_string_lossy().trim_end_matches(".rs").to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = read(&file);
        let mut named: BTreeSet<String> = reference
            .captures_iter(&text)
            .map(|c| c[1].to_owned())
            .collect();
        for group in grouped.captures_iter(&text) {
            named.extend(group[1].split(',').map(|part| {
                part.trim()
                    .split("::")
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            }));
        }
        let edges = graph.entry(module.clone()).or_default();
        edges.extend(named.into_iter().filter(|m| *m != module));
    }
    // Only edges to modules (not to items re-exported at the root, such as `crate::Lang`).
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for edges in graph.values_mut() {
        edges.retain(|m| modules.contains(m));
    }
    graph
}

fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn crate_sources() -> Vec<PathBuf> {
    let mut sources: Vec<PathBuf> = std::fs::read_dir(root().join("crates"))
        .unwrap()
        .map(|entry| entry.unwrap().path().join("src"))
        .collect();
    sources.push(root().join("src-tauri/src"));
    sources.push(root().join("bench/bare-window/src"));
    sources.sort();
    sources
}

#[test]
fn no_crate_has_a_cycle_between_its_modules() {
    for src in crate_sources() {
        let graph = module_graph(&src);
        if let Some(cycle) = find_cycle(&graph) {
            panic!(
                "{}: modules in a cycle: {}",
                src.display(),
                cycle.join(" → ")
            );
        }
    }
}

#[test]
fn a_cycle_is_found_and_a_chain_is_not() {
    let graph = |edges: &[(&str, &str)]| {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            graph
                .entry(from.to_string())
                .or_default()
                .insert(to.to_string());
            graph.entry(to.to_string()).or_default();
        }
        graph
    };
    assert_eq!(find_cycle(&graph(&[("a", "b"), ("b", "c")])), None);
    let cycle = find_cycle(&graph(&[("a", "b"), ("b", "c"), ("c", "a")])).unwrap();
    assert_eq!(cycle.first(), cycle.last());
    assert_eq!(cycle.len(), 4);
}

/// The modules as the map names them: `crates/x/src/y.rs` or `crates/x/src/y/` for a folder
/// module, and the same under `src-tauri/src` and `bench/bare-window/src`.
fn modules_in_tree() -> BTreeSet<String> {
    let mut modules = BTreeSet::new();
    for src in crate_sources() {
        for entry in std::fs::read_dir(&src).unwrap() {
            let path = entry.unwrap().path();
            // Joined with "/" as the map writes them, also where the separator is "\\".
            let relative = path
                .strip_prefix(root())
                .unwrap()
                .components()
                .map(|part| part.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            if path.is_dir() {
                modules.insert(format!("{relative}/"));
            } else if path.extension().is_some_and(|e| e == "rs") {
                modules.insert(relative);
            }
        }
    }
    modules
}

#[test]
fn the_architecture_module_map_names_every_module_and_only_those() {
    let architecture = read(&root().join("ARCHITECTURE.md"));
    let map = architecture
        .split("## Module map")
        .nth(1)
        .expect("ARCHITECTURE.md has a `## Module map` section");
    let map = map.split("\n## ").next().unwrap();
    let entry = Regex::new(r"(?m)^- `([^`]+)`").unwrap();
    let named: BTreeSet<String> = entry.captures_iter(map).map(|c| c[1].to_owned()).collect();
    let tree = modules_in_tree();
    let missing: Vec<_> = tree.difference(&named).collect();
    let stale: Vec<_> = named.difference(&tree).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "ARCHITECTURE.md's module map: missing {missing:?}; names what is not there {stale:?}"
    );
}
