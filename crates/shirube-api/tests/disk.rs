//! A read-only or full app-data folder: the app says so and keeps working for reading; answers
//! that cannot be saved fail with a clear code, and nothing saved before is lost.
//!
//! Tests run as root, for whom permissions restrict nothing, so the disks are real: this binary
//! runs itself again inside a private mount namespace (`unshare -m`), where it mounts small
//! tmpfs folders and remounts them read-only or fills them. The host's mounts are never touched.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use shirube_api::navigator::Navigator;
use shirube_api::{Answer, AnswerUpdate, AppDirs, Shirube};
use shirube_guides::{ErrorCode, ItemId, Lang, Library};
use shirube_navigator::view::question_ids;

const INSIDE: &str = "SHIRUBE_DISK_TEST_INSIDE";

fn main() {
    if std::env::var_os(INSIDE).is_some() {
        let (library, _) = Library::bundled();
        a_read_only_folder_is_read_and_saving_says_why(&library);
        a_full_disk_fails_saves_clearly_and_keeps_what_was_saved(&library);
        println!("disk: read-only and full app-data folders handled");
        return;
    }
    // `unshare -m` needs CAP_SYS_ADMIN; without it (not root, a locked-down container) the
    // mechanism is unavailable and the test says so rather than pretend.
    let probe = Command::new("unshare").args(["-m", "true"]).output();
    if !probe.as_ref().is_ok_and(|out| out.status.success()) {
        println!("disk: SKIPPED, no private mount namespace here (`unshare -m`): {probe:?}");
        return;
    }
    let status = Command::new("unshare")
        .args(["-m", "--propagation", "private"])
        .arg(std::env::current_exe().unwrap())
        .env(INSIDE, "1")
        .status()
        .unwrap();
    assert!(
        status.success(),
        "the tests inside the namespace failed: {status}"
    );
}

fn mount_tmpfs(dir: &Path, size: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let options = format!("size={size}");
    let dir = dir.to_str().unwrap();
    run("mount", &["-t", "tmpfs", "-o", &options, "tmpfs", dir]);
}

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program).args(args).status().unwrap();
    assert!(status.success(), "{program} {args:?}: {status}");
}

fn update(assessment: i64, practice: &ItemId, answer: Answer) -> AnswerUpdate {
    AnswerUpdate {
        assessment,
        practice: practice.clone(),
        answer,
    }
}

/// The app's settings on `disk`, with its data folder beside the database these tests drive
/// directly (so opening it leaves their files alone).
fn settings_only(config: PathBuf, disk: &Path) -> Shirube {
    let dirs = AppDirs {
        config,
        data: disk.join("app-data"),
        exports: disk.to_path_buf(),
        cache: disk.join("cache"),
    };
    Shirube::open(dirs, None)
}

fn a_read_only_folder_is_read_and_saving_says_why(library: &Library) {
    let base = tempfile::tempdir().unwrap();
    let disk = base.path().join("ro");
    mount_tmpfs(&disk, "4m");
    let (data, config) = (disk.join("data/shirube.db"), disk.join("config"));
    let practice = &question_ids(library)[0];
    let navigator = Navigator::open(&data);
    let id = navigator.create("Board review").unwrap();
    navigator
        .set_answer(library, &update(id, practice, Answer::Level(3)))
        .unwrap();
    drop(navigator);
    settings_only(config.clone(), &disk)
        .set_lang(Lang::Ja)
        .unwrap();
    // A damaged database with a good copy beside it, where the copy cannot be put in its place.
    let damaged = disk.join("damaged/shirube.db");
    drop(Navigator::open(&damaged));
    std::fs::write(&damaged, vec![0x5a; 8192]).unwrap();
    run("mount", &["-o", "remount,ro", disk.to_str().unwrap()]);

    let navigator = Navigator::open(&data);
    let notice = navigator.problem().expect("the user is told");
    assert_eq!(notice.code, ErrorCode::StoreReadOnly, "{notice:?}");
    assert!(
        notice.message.contains(&*data.to_string_lossy()),
        "{notice:?}"
    );
    assert_eq!(
        navigator.list().unwrap()[0].answered,
        1,
        "saved work is read"
    );
    assert_eq!(
        navigator.state(id).unwrap().answers.answers[practice],
        Answer::Level(3)
    );
    let refused = navigator
        .set_answer(library, &update(id, practice, Answer::Level(4)))
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::StoreReadOnly, "{refused:?}");
    assert_eq!(
        navigator.create("x").unwrap_err().code,
        ErrorCode::StoreReadOnly
    );
    assert_eq!(
        navigator.set_step(id, "results").unwrap_err().code,
        ErrorCode::StoreReadOnly
    );

    for never_created in [disk.join("new/shirube.db"), disk.join("data/other.db")] {
        assert_eq!(
            Navigator::open(&never_created).problem().map(|p| p.code),
            Some(ErrorCode::StoreReadOnly),
            "{}",
            never_created.display()
        );
    }

    let problem = Navigator::open(&damaged).problem().unwrap();
    assert_eq!(
        problem.code,
        ErrorCode::StoreCorrupt,
        "the damage is what matters"
    );
    assert_eq!(std::fs::read(&damaged).unwrap(), vec![0x5a; 8192]);

    let app = settings_only(config, &disk);
    assert_eq!(app.lang(), Lang::Ja, "settings are read");
    let unsaved = app.set_lang(Lang::En).unwrap_err();
    assert_eq!(unsaved.code, ErrorCode::SettingsUnwritable);
    assert_eq!(
        app.lang(),
        Lang::En,
        "the language switches in memory anyway"
    );
    assert!(app.item(practice, Lang::En).is_ok(), "reading works");
    println!("disk: read-only folder: reads, refuses saves with store-read-only");
}

fn a_full_disk_fails_saves_clearly_and_keeps_what_was_saved(library: &Library) {
    let base = tempfile::tempdir().unwrap();
    let disk = base.path().join("full");
    mount_tmpfs(&disk, "1m");
    let data = disk.join("shirube.db");
    let practices = question_ids(library);
    let navigator = Navigator::open(&data);
    let id = navigator.create("Board review").unwrap();
    let mut saved = std::collections::BTreeMap::new();
    for practice in &practices {
        navigator
            .set_answer(library, &update(id, practice, Answer::Level(1)))
            .unwrap();
        saved.insert(practice.clone(), Answer::Level(1));
    }
    let filler = disk.join("filler");
    fill(&filler);

    // Saves go on while the WAL has room; the first that does not fit must say why.
    let mut refused = None;
    for (round, practice) in practices.iter().cycle().enumerate().take(20_000) {
        let answer = Answer::Level((round % 5) as u8);
        match navigator.set_answer(library, &update(id, practice, answer)) {
            Ok(()) => {
                saved.insert(practice.clone(), answer);
            }
            Err(err) => {
                refused = Some(err);
                break;
            }
        }
    }
    let refused = refused.expect("a full disk refuses a save");
    assert_eq!(refused.code, ErrorCode::DiskFull, "{refused:?}");
    assert_eq!(navigator.state(id).unwrap().answers.answers, saved);
    drop(navigator);

    let full_at_start = Navigator::open(&data);
    assert_eq!(
        full_at_start.problem().map(|p| p.code),
        Some(ErrorCode::DiskFull),
        "told at start"
    );
    assert_eq!(full_at_start.state(id).unwrap().answers.answers, saved);
    let settings = settings_only(disk.join("config"), &disk);
    assert_eq!(
        settings.set_lang(Lang::Ja).unwrap_err().code,
        ErrorCode::SettingsUnwritable
    );
    assert_eq!(settings.lang(), Lang::Ja);
    drop(full_at_start);

    std::fs::remove_file(&filler).unwrap();
    let navigator = Navigator::open(&data);
    assert_eq!(navigator.problem(), None, "space freed: all is well");
    navigator
        .set_answer(library, &update(id, &practices[0], Answer::UNKNOWN))
        .unwrap();
    saved.insert(practices[0].clone(), Answer::UNKNOWN);
    assert_eq!(navigator.state(id).unwrap().answers.answers, saved);
    println!("disk: full disk: refused with disk-full, every earlier answer kept");
}

/// Writes until the disk is full.
fn fill(path: &Path) {
    let mut file = std::fs::File::create(path).unwrap();
    let chunk = vec![0u8; 4096];
    loop {
        if let Err(err) = file.write_all(&chunk).and_then(|()| file.sync_all()) {
            assert_eq!(err.kind(), std::io::ErrorKind::StorageFull, "{err}");
            return;
        }
    }
}
