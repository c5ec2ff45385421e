//! A damaged database at start: detected, kept untouched beside the restored last good copy, and
//! reported with its path. Damage is real: pages overwritten with garbage, the file truncated.

use std::path::{Path, PathBuf};

use shirube_api::navigator::Navigator;
use shirube_api::{Answer, AnswerUpdate};
use shirube_guides::{ErrorCode, ItemId, Library};
use shirube_navigator::store::last_good_path;
use shirube_navigator::view::question_ids;

const PAGE: usize = 4096;

fn answer(navigator: &Navigator, library: &Library, assessment: i64, practice: &ItemId, level: u8) {
    let update = AnswerUpdate {
        assessment,
        practice: practice.clone(),
        answer: Answer::Level(level),
    };
    navigator.set_answer(library, &update).unwrap();
}

/// Two sessions: the first answers every question at level 2 (in the last good copy, taken at
/// the second start), the second changes the first answer to 4 (only in the database).
fn two_sessions(path: &Path, library: &Library, practices: &[ItemId]) -> i64 {
    let navigator = Navigator::open(path);
    let id = navigator.create("Board review").unwrap();
    for practice in practices {
        answer(&navigator, library, id, practice, 2);
    }
    drop(navigator);
    let navigator = Navigator::open(path);
    assert!(navigator.problem().is_none());
    answer(&navigator, library, id, &practices[0], 4);
    id
}

/// Deterministic garbage, so a failure reproduces.
fn garbage(len: usize) -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

fn damage(path: &Path, how: &str) {
    let mut bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.len() >= 4 * PAGE,
        "{} bytes: too small to damage",
        bytes.len()
    );
    match how {
        "garbage over pages 2 and 3" => bytes[PAGE..3 * PAGE].copy_from_slice(&garbage(2 * PAGE)),
        "garbage over the header" => bytes[..100].copy_from_slice(&garbage(100)),
        "truncated to half" => bytes.truncate(bytes.len() / 2 / PAGE * PAGE),
        // Cutting only the end of the last page may remove nothing but zeros, which is no damage.
        "truncated to half, mid-page" => bytes.truncate(bytes.len() / 2 / PAGE * PAGE + PAGE / 2),
        "truncated to nothing" => bytes.clear(),
        other => panic!("unknown damage {other}"),
    }
    std::fs::write(path, bytes).unwrap();
}

fn files_named(dir: &Path, part: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().contains(part))
        .collect();
    found.sort();
    found
}

#[test]
fn a_damaged_database_is_kept_untouched_and_the_last_good_copy_opened() {
    let (library, _) = Library::bundled();
    let practices = question_ids(&library);
    for how in [
        "garbage over pages 2 and 3",
        "garbage over the header",
        "truncated to half",
        "truncated to half, mid-page",
        "truncated to nothing",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shirube.db");
        let id = two_sessions(&path, &library, &practices);
        damage(&path, how);
        let damaged_bytes = std::fs::read(&path).unwrap();

        let navigator = Navigator::open(&path);
        let notice = navigator
            .problem()
            .unwrap_or_else(|| panic!("{how}: not detected"));
        assert_eq!(notice.code, ErrorCode::StoreRestored, "{how}: {notice:?}");
        // SQLite's -wal and -shm files go with the damaged database they belong to.
        let kept = files_named(dir.path(), ".damaged-");
        assert!(
            kept.iter()
                .skip(1)
                .all(|side| side.to_string_lossy().ends_with("-shm")
                    || side.to_string_lossy().ends_with("-wal")),
            "{how}: {kept:?}"
        );
        assert!(
            notice.message.contains(&*kept[0].to_string_lossy()),
            "{how}: {notice:?}"
        );
        assert_eq!(
            std::fs::read(&kept[0]).unwrap(),
            damaged_bytes,
            "{how}: kept byte for byte"
        );

        let state = navigator.state(id).unwrap();
        assert_eq!(state.answers.answers.len(), practices.len(), "{how}");
        assert_eq!(
            state.answers.answers[&practices[0]],
            Answer::Level(2),
            "{how}: the state of the last successful start"
        );
        answer(&navigator, &library, id, &practices[1], 3);
        drop(navigator);

        let navigator = Navigator::open(&path);
        assert_eq!(navigator.problem(), None, "{how}: restored for good");
        let answers = navigator.state(id).unwrap().answers.answers;
        assert_eq!(answers[&practices[1]], Answer::Level(3), "{how}");
    }
}

#[test]
fn without_a_good_copy_the_damaged_database_stays_in_place_and_is_reported() {
    let (library, _) = Library::bundled();
    let practices = question_ids(&library);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shirube.db");
    two_sessions(&path, &library, &practices);
    damage(&path, "garbage over pages 2 and 3");
    damage(&last_good_path(&path), "garbage over the header");
    let damaged_bytes = std::fs::read(&path).unwrap();

    let navigator = Navigator::open(&path);
    let problem = navigator.problem().unwrap();
    assert_eq!(problem.code, ErrorCode::StoreCorrupt);
    assert!(
        problem.message.contains(&*path.to_string_lossy()),
        "{problem:?}"
    );
    assert_eq!(navigator.list().unwrap_err().code, ErrorCode::StoreCorrupt);
    assert_eq!(std::fs::read(&path).unwrap(), damaged_bytes);
    assert!(files_named(dir.path(), ".damaged-").is_empty());
}

#[test]
fn a_restore_interrupted_before_its_last_rename_is_finished_at_the_next_start() {
    let (library, _) = Library::bundled();
    let practices = question_ids(&library);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shirube.db");
    let id = two_sessions(&path, &library, &practices);
    // The state a crash leaves after the damaged file was moved aside: the restored copy
    // complete under its temporary name, and no database.
    std::fs::copy(
        last_good_path(&path),
        dir.path().join("shirube.db.restoring"),
    )
    .unwrap();
    std::fs::rename(&path, dir.path().join("shirube.db.damaged-x")).unwrap();

    let navigator = Navigator::open(&path);
    assert_eq!(navigator.problem(), None);
    let answers = navigator.state(id).unwrap().answers.answers;
    assert_eq!(answers.len(), practices.len());
    assert!(files_named(dir.path(), ".restoring").is_empty());
}

#[test]
fn a_vanished_database_is_restored_from_the_last_good_copy_not_started_afresh() {
    let (library, _) = Library::bundled();
    let practices = question_ids(&library);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shirube.db");
    let id = two_sessions(&path, &library, &practices);
    std::fs::remove_file(&path).unwrap();

    let navigator = Navigator::open(&path);
    let notice = navigator.problem().unwrap();
    assert_eq!(notice.code, ErrorCode::StoreMissing, "{notice:?}");
    assert!(
        notice.message.contains(&*path.to_string_lossy()),
        "{notice:?}"
    );
    let answers = navigator.state(id).unwrap().answers.answers;
    assert_eq!(answers.len(), practices.len());
    assert_eq!(
        answers[&practices[0]],
        Answer::Level(2),
        "as of the last start"
    );
}
