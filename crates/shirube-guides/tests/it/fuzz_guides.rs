//! Fuzzing the guide loader (source → parse → load → validate) with hostile packs: arbitrary
//! bytes, mutations of the real bundled files, generated front matter, odd paths and random
//! link graphs. Loading must never panic, and every problem must name a real file or folder of
//! the source and a line inside that file. `cargo xtask fuzz` runs the same properties longer.

#[path = "support/fuzz.rs"]
mod fuzz;
#[path = "support/mutate.rs"]
mod mutate;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use shirube_guides::source::FileContent;
use shirube_guides::{bundled, Library, Problem, ProblemKind, SourceFiles};

const PACK_TOML: &str =
    "id = \"demo\"\nkinds = [\"topic\"]\nas_of = \"2026-11-30\"\n\n[en]\ntitle = \"Demo\"\n\
description = \"d\"\nnotice = \"n\"\nsource = \"s\"\n\n[ja]\ntitle = \"デモ\"\n\
description = \"説明です\"\nnotice = \"注意です\"\nsource = \"出典\"\n";
const EN_MD: &str = "+++\ntitle = \"A\"\nsummary = \"An item.\"\nsource = \"Demo\"\n+++\nBody.\n";
const JA_MD: &str =
    "+++\ntitle = \"項目\"\nsummary = \"項目です。\"\nsource = \"デモ\"\n+++\n本文です。\n";

/// What a problem may point at: a file (with its text, if it has one) or a folder.
enum Target<'a> {
    File(Option<&'a str>),
    Folder,
}

/// Every problem names a file or folder of the source, and a line that exists in that file.
fn problems_point_inside(source: &SourceFiles, problems: &[Problem]) -> Result<(), TestCaseError> {
    let mut targets: BTreeMap<PathBuf, Target> = BTreeMap::new();
    for (key, content) in &source.files {
        for (slash, _) in key.match_indices('/') {
            targets.insert(source.display_path(&key[..slash]), Target::Folder);
        }
        let text = match content {
            FileContent::Text(text) => Some(text.as_str()),
            _ => None,
        };
        targets.insert(source.display_path(key), Target::File(text));
    }
    for problem in problems {
        let lines = match targets.get(&problem.path) {
            None => return Err(TestCaseError::fail(format!("no such path: {problem:?}"))),
            Some(Target::File(Some(text))) => 1 + text.matches('\n').count(),
            Some(Target::File(None) | Target::Folder) => 1,
        };
        prop_assert!(
            (1..=lines).contains(&problem.line),
            "line outside the file ({lines} lines): {problem:?}"
        );
    }
    Ok(())
}

fn load(source: &SourceFiles) -> Result<Vec<Problem>, TestCaseError> {
    let (_, problems) = Library::load(source);
    problems_point_inside(source, &problems)?;
    Ok(problems)
}

fn demo_source(files: Vec<(String, FileContent)>) -> SourceFiles {
    SourceFiles {
        root: PathBuf::from("fuzz"),
        files: files.into_iter().collect(),
    }
}

/// A pack with one clean item, `demo:a`.
fn demo_files() -> Vec<(String, FileContent)> {
    [
        ("demo/pack.toml", PACK_TOML),
        (
            "demo/a/item.toml",
            "kind = \"topic\"\nas_of = \"2026-11-30\"\n",
        ),
        ("demo/a/en.md", EN_MD),
        ("demo/a/ja.md", JA_MD),
    ]
    .map(|(path, text)| (path.to_owned(), FileContent::Text(text.to_owned())))
    .into()
}

fn bytes_content(bytes: Vec<u8>) -> FileContent {
    String::from_utf8(bytes).map_or(FileContent::NotUtf8, FileContent::Text)
}

/// Arbitrary bytes, arbitrary Unicode text, or a real file's text with junk appended.
fn hostile_content() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2048),
        any::<String>().prop_map(String::into_bytes),
        (0..3usize, proptest::collection::vec(any::<u8>(), 0..64)).prop_map(|(which, junk)| {
            let mut text = [PACK_TOML, EN_MD, JA_MD][which].as_bytes().to_vec();
            text.extend(junk);
            text
        }),
    ]
}

#[test]
fn the_demo_pack_is_clean() {
    assert_eq!(load(&demo_source(demo_files())).unwrap(), []);
}

#[test]
fn arbitrary_bytes_in_any_guide_file_never_panic_and_binary_files_are_named() {
    let strategy = proptest::collection::vec((0..4usize, hostile_content()), 1..3);
    fuzz::property("guides-bytes", strategy, |replaced| {
        let mut files = demo_files();
        for (which, bytes) in replaced {
            files[which].1 = bytes_content(bytes);
        }
        let source = demo_source(files);
        let problems = load(&source)?;
        // One bad file hides nothing else: every binary file is reported, whatever else is.
        for (path, content) in &source.files {
            let binary = match content {
                FileContent::Text(text) => text.contains('\0'),
                _ => true,
            };
            let named = problems.iter().any(|problem| {
                problem.kind == ProblemKind::NotUtf8 && problem.path == source.display_path(path)
            });
            prop_assert!(
                !binary || named,
                "{path} is binary and not reported: {problems:?}"
            );
        }
        Ok(())
    });
}

/// The bundled guide files as (path, text), for mutation.
fn bundled_files() -> Vec<(String, String)> {
    bundled::guides()
        .files
        .into_iter()
        .filter_map(|(path, content)| match content {
            FileContent::Text(text) => Some((path, text)),
            _ => None,
        })
        .collect()
}

#[test]
fn mutated_bundled_files_never_panic_and_problems_point_inside() {
    let originals = bundled_files();
    // The mutated file's own pack, with the framework packs its links point to.
    let context = |pack: &str| {
        let keep = |path: &str| {
            let owner = path.split('/').next().unwrap_or_default();
            owner == pack || ["csf2", "cmg3", "ci"].contains(&owner)
        };
        originals
            .iter()
            .filter(|(path, _)| keep(path))
            .map(|(path, text)| (path.clone(), FileContent::Text(text.clone())))
            .collect::<Vec<_>>()
    };
    let strategy = (0..originals.len(), mutate::mutations());
    fuzz::property("guides-mutated", strategy, |(which, mutations)| {
        let (path, text) = &originals[which];
        let mut files = context(path.split('/').next().unwrap_or_default());
        let mutated = mutate::apply(text, &mutations);
        files.retain(|(p, _)| p != path);
        files.push((path.clone(), FileContent::Text(mutated)));
        load(&demo_source(files)).map(drop)
    });
}

/// A path of one to four segments, some of them what a pack expects and some hostile.
fn path() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        proptest::sample::select(
            &[
                "demo",
                "a",
                "A",
                "pack.toml",
                "item.toml",
                "en.md",
                "ja.md",
                "",
                ".",
                "..",
                "ä",
                "\u{FFFD}",
                "x y",
                "a:b",
            ][..]
        )
        .prop_map(str::to_owned),
        "[a-z.\\-]{1,70}",
        any::<String>(),
    ];
    proptest::collection::vec(segment, 1..5).prop_map(|parts| parts.join("/"))
}

#[test]
fn files_at_odd_paths_never_panic_and_are_named() {
    let extra = proptest::collection::vec((path(), 0..3usize), 0..6);
    fuzz::property("guides-paths", extra, |extra| {
        let mut files = demo_files();
        for (path, which) in extra {
            let text = [PACK_TOML, EN_MD, "kind = \"topic\"\n"][which];
            files.push((path, FileContent::Text(text.to_owned())));
        }
        let source = demo_source(files);
        let problems = load(&source)?;
        // Nothing is silently skipped: a file where no pack file belongs is reported.
        for key in source.files.keys() {
            let shown = source.display_path(key);
            let mentioned = problems.iter().any(|p| shown.starts_with(&p.path));
            let loaded = key.split('/').count() == 3 || key.ends_with("/pack.toml");
            prop_assert!(mentioned || loaded, "{key:?} neither loaded nor reported");
        }
        Ok(())
    });
}

/// Items named from a small pool (some differing only in case), each with an optional parent.
fn item_graph() -> impl Strategy<Value = Vec<(String, Option<usize>)>> {
    let pool = ["a", "A", "b", "B", "c", "d", "e", "f"]
        .map(str::to_owned)
        .to_vec();
    proptest::sample::subsequence(pool, 2..=8).prop_flat_map(|names| {
        let n = names.len();
        let parents = proptest::collection::vec(proptest::option::of(0..n), n);
        (Just(names), parents).prop_map(|(names, parents)| names.into_iter().zip(parents).collect())
    })
}

/// The items from which parent links lead back to themselves.
fn in_cycles(graph: &[(String, Option<usize>)]) -> BTreeSet<String> {
    let mut cyclic = BTreeSet::new();
    for (start, (name, _)) in graph.iter().enumerate() {
        let mut at = start;
        for _ in 0..graph.len() {
            match graph[at].1 {
                Some(parent) if parent == start => {
                    cyclic.insert(format!("demo:{name}"));
                    break;
                }
                Some(parent) => at = parent,
                None => break,
            }
        }
    }
    cyclic
}

#[test]
fn random_parent_graphs_report_exactly_their_cycles_and_case_duplicates() {
    fuzz::property("guides-graphs", item_graph(), |graph| {
        let mut files = vec![("demo/pack.toml".to_owned(), PACK_TOML.to_owned())];
        for (name, parent) in &graph {
            let parent = parent.map_or(String::new(), |p| {
                format!("parent = \"demo:{}\"\n", graph[p].0)
            });
            files.push((
                format!("demo/{name}/item.toml"),
                format!("kind = \"topic\"\n{parent}as_of = \"2026-11-30\"\n"),
            ));
            files.push((format!("demo/{name}/en.md"), EN_MD.to_owned()));
            files.push((format!("demo/{name}/ja.md"), JA_MD.to_owned()));
        }
        let files = files
            .into_iter()
            .map(|(p, t)| (p, FileContent::Text(t)))
            .collect();
        let problems = load(&demo_source(files))?;
        let mut reported_cycles = BTreeSet::new();
        let mut reported_duplicates = BTreeSet::new();
        for problem in problems {
            match problem.kind {
                ProblemKind::ParentCycle { id } => {
                    prop_assert_eq!(problem.line, 2, "the parent line");
                    reported_cycles.insert(id);
                }
                ProblemKind::DuplicateId { id, other } => {
                    prop_assert_eq!(id.to_lowercase(), other.to_lowercase());
                    reported_duplicates.insert(id.to_lowercase());
                }
                other => return Err(TestCaseError::fail(format!("unexpected {other:?}"))),
            }
        }
        prop_assert_eq!(reported_cycles, in_cycles(&graph));
        let names: BTreeSet<&str> = graph.iter().map(|(n, _)| n.as_str()).collect();
        let duplicates: BTreeSet<String> = names
            .iter()
            .filter(|n| n.chars().all(|c| c.is_ascii_uppercase()))
            .filter(|n| names.contains(n.to_lowercase().as_str()))
            .map(|n| format!("demo:{}", n.to_lowercase()))
            .collect();
        prop_assert_eq!(reported_duplicates, duplicates);
        Ok(())
    });
}

/// A front matter line: a known or unknown key with a value of any TOML type.
fn front_matter_line() -> impl Strategy<Value = String> {
    let key = proptest::sample::select(
        &[
            "title",
            "summary",
            "source",
            "question",
            "levels",
            "colour",
            "[weight_reasons]",
        ][..],
    );
    let value = prop_oneof![
        Just("\"text\"".to_owned()),
        Just("\"項目です。\"".to_owned()),
        Just("[\"a\", \"b\"]".to_owned()),
        Just("'''\nmulti\nline'''".to_owned()),
        Just("{ a = 1 }".to_owned()),
        Just("42".to_owned()),
        Just("\"\"".to_owned()),
        Just("\"unterminated".to_owned()),
        "[^\n]{0,12}",
    ];
    (key, value).prop_map(|(key, value)| {
        if key.starts_with('[') {
            key.to_owned()
        } else {
            format!("{key} = {value}")
        }
    })
}

/// Front matter built line by line, with the fences and line endings editors produce.
fn front_matter_file() -> impl Strategy<Value = String> {
    let fence =
        proptest::sample::select(&["+++", "+++ ", " +++", "++", "+++\r", "\u{FEFF}+++"][..]);
    let newline = proptest::sample::select(&["\n", "\r\n"][..]);
    let lines = proptest::collection::vec(front_matter_line(), 0..8);
    let body = proptest::sample::select(&["", "Body.\n", "本文です。\n", "+++\n"][..]);
    (fence.clone(), lines, fence, newline, body).prop_map(|(open, lines, close, nl, body)| {
        let mut text = format!("{open}{nl}");
        for line in lines {
            text.push_str(&line);
            text.push_str(nl);
        }
        format!("{text}{close}{nl}{body}")
    })
}

#[test]
fn generated_front_matter_problems_point_inside_the_file() {
    let strategy = (any::<bool>(), front_matter_file());
    fuzz::property("guides-front-matter", strategy, |(english, text)| {
        let mut files = demo_files();
        files[if english { 2 } else { 3 }].1 = FileContent::Text(text);
        load(&demo_source(files)).map(drop)
    });
}
