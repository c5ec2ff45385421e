//! The desktop shell: the Tauri window, one `shirube_api::Shirube` in Tauri's state, and the
//! commands. Every command is a one-line adapter over the API; errors cross IPC as
//! `{code, message}` and the UI localizes them.

mod commands;
mod navigation;
mod startup;

use shirube_api::{AppDirs, Shirube};
use tauri::webview::PageLoadEvent;
use tauri::{AppHandle, Emitter, Manager};

/// Told to the UI when search can answer.
const SEARCH_READY_EVENT: &str = "search-ready";

pub fn run() {
    startup::begin();
    tauri::Builder::default()
        .plugin(navigation::guard())
        .on_page_load(|_, payload| match payload.event() {
            PageLoadEvent::Started => startup::mark("page-load-started"),
            PageLoadEvent::Finished => startup::mark("page-load-finished"),
        })
        .setup(|tauri_app| {
            // Tauri has initialised GTK and created the window and its webview by now.
            startup::mark("setup");
            let paths = tauri_app.path();
            let dirs = AppDirs {
                config: paths.app_config_dir()?,
                data: paths.app_data_dir()?,
                // Downloads, where people look for a file they just saved (else home).
                exports: paths.download_dir().or_else(|_| paths.home_dir())?,
                cache: paths.app_cache_dir()?,
            };
            let locale = sys_locale::get_locale();
            let shirube = Shirube::open(dirs, locale.as_deref());
            startup::mark_after("guides-loaded", "setup", shirube.library().loaded_in());
            startup::mark("database-ready");
            tauri_app.manage(shirube);
            // The page starts the index when it reports its first paint; should that report
            // never come (a script error, a page that failed to load), search still gets ready.
            let handle = tauri_app.handle().clone();
            std::thread::spawn(move || {
                std::thread::sleep(INDEX_AT_THE_LATEST);
                build_search_index_in_background(handle);
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::startup,
            commands::set_lang,
            commands::set_text_size,
            commands::library_tree,
            commands::item,
            commands::citation,
            commands::sectors,
            commands::painted,
            commands::search_ready,
            commands::search,
            commands::assessments,
            commands::create_assessment,
            commands::assessment,
            commands::set_answer,
            commands::set_profile,
            commands::set_step,
            commands::plan,
            commands::plan_part,
            commands::navigator_problem,
            commands::path,
            commands::set_deep_dives,
            commands::set_target,
            commands::set_details,
            commands::save_handoff,
            commands::merge_handoff,
            commands::save_answers,
            commands::import_assessment,
            commands::import_participant,
            commands::remove_participant,
            commands::workshop,
            commands::set_note,
            commands::report,
            commands::save_report,
            commands::accept_consensus,
            commands::rollup,
            commands::save_rollup
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("shirube: the window could not be opened: {err}");
            std::process::exit(1);
        });
}

/// When the index is started if the page has not reported its first paint by then.
const INDEX_AT_THE_LATEST: std::time::Duration = std::time::Duration::from_secs(3);

/// The first screen never waits for the index: it is reopened from the cache folder or built, on
/// its own thread, once that screen is painted (on two cores, building it earlier slows the
/// webview's start by as much), and the UI hears `search-ready` when it can search. Only the
/// first call makes it.
pub(crate) fn build_search_index_in_background(app: AppHandle) {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        std::thread::spawn(move || match app.state::<Shirube>().build_search_index() {
            Ok(_) => {
                let _ = app.emit(SEARCH_READY_EVENT, ());
            }
            Err(err) => eprintln!("shirube: the search index could not be built: {err}"),
        });
    });
}
