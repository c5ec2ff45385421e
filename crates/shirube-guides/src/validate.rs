//! Checks across items: every link points at an item that exists and fits, IDs are unique
//! regardless of case, and parent links form a tree.

use std::collections::{BTreeMap, HashMap};

use crate::load::{LoadedItem, Reference};
use crate::problem::{Problem, ProblemKind};
use crate::source::SourceFiles;
use crate::ItemId;

pub fn validate(source: &SourceFiles, items: &[LoadedItem]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |path: &str, line: usize, kind: ProblemKind| {
        problems.push(Problem {
            path: source.display_path(path),
            line,
            kind,
        });
    };
    let kinds: HashMap<&ItemId, &str> = items
        .iter()
        .map(|i| (&i.item.id, i.item.kind.as_str()))
        .collect();

    let mut by_folded: BTreeMap<String, &LoadedItem> = BTreeMap::new();
    for loaded in items {
        let folded = loaded.item.id.as_str().to_lowercase();
        if let Some(first) = by_folded.get(&folded) {
            let kind = ProblemKind::DuplicateId {
                id: loaded.item.id.to_string(),
                other: first.item.id.to_string(),
            };
            report(&loaded.path, 1, kind);
        } else {
            by_folded.insert(folded, loaded);
        }
        for reference in &loaded.refs {
            if let Some(kind) = check_reference(&loaded.item.id, reference, &kinds) {
                report(&reference.path, reference.line, kind);
            }
        }
    }

    let parents: HashMap<&ItemId, &ItemId> = items
        .iter()
        .filter_map(|i| i.item.parent.as_ref().map(|p| (&i.item.id, p)))
        .collect();
    for loaded in items {
        if in_parent_cycle(&loaded.item.id, &parents) {
            let line = loaded
                .refs
                .iter()
                .find(|r| r.field == "parent")
                .map_or(1, |r| r.line);
            report(
                &loaded.path,
                line,
                ProblemKind::ParentCycle {
                    id: loaded.item.id.to_string(),
                },
            );
        }
    }
    check_anchors(items, &mut report);
    problems
}

/// The quick check asks one anchor per directive, of every organization: each directive with
/// practices has exactly one, and it presupposes nothing about the profile.
fn check_anchors(items: &[LoadedItem], report: &mut impl FnMut(&str, usize, ProblemKind)) {
    let mut anchors: BTreeMap<&ItemId, (usize, &LoadedItem)> = BTreeMap::new();
    for loaded in items {
        let Some(meta) = &loaded.item.practice else {
            continue;
        };
        let entry = anchors.entry(&meta.directive).or_insert((0, loaded));
        if meta.anchor {
            entry.0 += 1;
            if meta.applies_when.is_some() {
                let id = loaded.item.id.to_string();
                report(&loaded.path, 1, ProblemKind::ConditionalAnchor { id });
            }
        }
    }
    for (directive, (count, first)) in anchors {
        if count != 1 {
            let directive = directive.to_string();
            report(
                &first.path,
                1,
                ProblemKind::AnchorCount { directive, count },
            );
        }
    }
}

fn check_reference(
    owner: &ItemId,
    reference: &Reference,
    kinds: &HashMap<&ItemId, &str>,
) -> Option<ProblemKind> {
    let field = reference.field.to_owned();
    let Some(target) = ItemId::parse(&reference.target) else {
        return Some(ProblemKind::MalformedId {
            value: reference.target.clone(),
        });
    };
    let Some(kind) = kinds.get(&target) else {
        return Some(ProblemKind::UnknownTarget {
            field,
            target: target.to_string(),
        });
    };
    let expected = match reference.field {
        "parent" if target.pack() != owner.pack() => {
            return Some(ProblemKind::ParentOutsidePack {
                target: target.to_string(),
            })
        }
        "directive" => "directive",
        "depends_on" | "helped_by" => "practice",
        "applies_to" => "sector",
        "theme" => "category",
        "targets" => "directive",
        _ => return None,
    };
    (*kind != expected).then(|| ProblemKind::WrongTargetKind {
        field,
        target: target.to_string(),
        expected: expected.to_owned(),
    })
}

/// Whether following parent links from `start` comes back to it.
fn in_parent_cycle(start: &ItemId, parents: &HashMap<&ItemId, &ItemId>) -> bool {
    let mut current = start;
    for _ in 0..=parents.len() {
        match parents.get(current) {
            Some(&parent) if parent == start => return true,
            Some(&parent) => current = parent,
            None => return false,
        }
    }
    false
}
