//! The user's own packs (an organization's guidance), read from a folder beside the bundled
//! guides with the same loader and checks. A user pack with any problem is left out whole and
//! its problems are reported: a bad pack never breaks the app and never hides the bundled guides.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use crate::load::{self, LoadedItem};
use crate::problem::{Problem, ProblemKind};
use crate::source::SourceFiles;
use crate::{bundled, validate, Library};

/// The bundled guides plus every sound pack in `dir` (one folder per pack, as in `guides/`).
/// A missing folder means no user packs. Problems name files under `dir`.
pub fn load_with_bundled(dir: &Path) -> (Library, Vec<Problem>) {
    let bundled_source = bundled::guides();
    let bundled = load::load(&bundled_source);
    let mut problems = bundled.problems;
    problems.extend(validate::validate(&bundled_source, &bundled.items));
    let mut packs = bundled.packs;
    let mut items = bundled.items;

    let user_source = match SourceFiles::from_dir(dir) {
        Ok(source) => source,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => SourceFiles::default(),
        Err(err) => {
            let kind = ProblemKind::Unreadable {
                detail: err.to_string(),
            };
            problems.push(Problem {
                path: dir.to_path_buf(),
                line: 1,
                kind,
            });
            SourceFiles::default()
        }
    };
    if user_source.files.is_empty() {
        // No user packs (the usual case): start-up costs what the bundled guides cost.
        problems.sort();
        return (Library::from_loaded(packs, items), problems);
    }
    let user = load::load(&user_source);
    let mut user_problems = user.problems;
    let taken: HashSet<String> = packs.iter().map(|p| p.id.to_lowercase()).collect();
    for pack in user
        .packs
        .iter()
        .filter(|p| taken.contains(&p.id.to_lowercase()))
    {
        // A user pack may add to the library, never replace or shadow a bundled pack.
        user_problems.push(Problem {
            path: user_source.display_path(&format!("{}/pack.toml", pack.id)),
            line: 1,
            kind: ProblemKind::DuplicateId {
                id: pack.id.clone(),
                other: pack.id.to_lowercase(),
            },
        });
    }

    // Leaving a pack out can break the links of another user pack into it: check again until
    // the packs that remain are all sound.
    let bundled_count = items.len();
    let mut user_items = user.items;
    let mut rejected = BTreeSet::new();
    loop {
        items.extend(user_items);
        let found = validate::validate(&user_source, &items);
        user_items = items.split_off(bundled_count);
        for problem in found {
            if !problems.contains(&problem) && !user_problems.contains(&problem) {
                user_problems.push(problem);
            }
        }
        let newly_rejected: BTreeSet<String> = user_problems
            .iter()
            .filter_map(|problem| pack_folder(dir, &problem.path))
            .filter(|pack| !rejected.contains(pack))
            .collect();
        problems.append(&mut user_problems);
        if newly_rejected.is_empty() {
            break;
        }
        rejected.extend(newly_rejected);
        user_items.retain(|loaded: &LoadedItem| !rejected.contains(loaded.item.pack()));
    }
    problems.sort();
    packs.extend(user.packs.into_iter().filter(|p| !rejected.contains(&p.id)));
    items.extend(user_items);
    (Library::from_loaded(packs, items), problems)
}

/// The pack folder a problem under `dir` is about (`None` for a stray file beside the packs).
pub fn pack_folder(dir: &Path, problem_path: &Path) -> Option<String> {
    let relative = problem_path.strip_prefix(dir).ok()?;
    let mut parts = relative.components();
    let first = parts.next()?;
    parts.next()?;
    Some(first.as_os_str().to_string_lossy().into_owned())
}

/// Where the app keeps user packs, inside its data folder.
pub fn dir_in(data_dir: &Path) -> PathBuf {
    data_dir.join("packs")
}
