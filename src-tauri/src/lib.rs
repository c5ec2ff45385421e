//! The desktop shell: Tauri window, state and commands. Every command is a one-line adapter over
//! the core crates; errors cross IPC as `{code, message}` and the UI localizes them.

mod navigation;
mod navigator;
mod search;

use shirube_core::app::{Shirube, StartupState};
use shirube_core::view::{ItemView, PackNode};
use shirube_core::{AppError, ItemId, Lang};
use shirube_search::{SearchHit, SearchRequest};
use std::sync::OnceLock;
use std::time::Instant;

use tauri::{Manager, State};

/// When the process started: the start of the "start to first interactive screen" measure.
static STARTED: OnceLock<Instant> = OnceLock::new();

use crate::search::SearchState;

#[tauri::command]
fn startup(app: State<'_, Shirube>) -> StartupState {
    app.startup()
}

#[tauri::command]
fn set_lang(app: State<'_, Shirube>, lang: Lang) -> Result<(), AppError> {
    app.set_lang(lang)
}

#[tauri::command]
fn library_tree(app: State<'_, Shirube>, lang: Lang) -> Vec<PackNode> {
    app.tree(lang)
}

#[tauri::command]
fn item(app: State<'_, Shirube>, id: ItemId, lang: Lang) -> Result<ItemView, AppError> {
    app.item(&id, lang)
}

#[tauri::command]
fn since_start_ms() -> f64 {
    STARTED
        .get()
        .map_or(0.0, |started| started.elapsed().as_secs_f64() * 1000.0)
}

#[tauri::command]
fn search_ready(search: State<'_, SearchState>) -> bool {
    search.is_ready()
}

#[tauri::command]
fn search(
    search: State<'_, SearchState>,
    request: SearchRequest,
) -> Result<Vec<SearchHit>, AppError> {
    search.search(&request)
}

pub fn run() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .plugin(navigation::guard())
        .setup(|tauri_app| {
            let config_dir = tauri_app.path().app_config_dir()?;
            let data_dir = tauri_app.path().app_data_dir()?;
            let packs_dir = shirube_core::user_packs::dir_in(&data_dir);
            let locale = sys_locale::get_locale();
            tauri_app.manage(Shirube::open(config_dir, &packs_dir, locale.as_deref()));
            tauri_app.manage(SearchState::default());
            tauri_app.manage(shirube_core::navigator::Navigator::open(
                &data_dir.join("shirube.db"),
            ));
            let exports =
                (tauri_app.path().download_dir()).or_else(|_| tauri_app.path().home_dir())?;
            tauri_app.manage(navigator::ExportDir(exports));
            search::build_in_background(tauri_app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            startup,
            set_lang,
            library_tree,
            item,
            since_start_ms,
            search_ready,
            search,
            navigator::assessments,
            navigator::create_assessment,
            navigator::assessment,
            navigator::questions,
            navigator::set_answer,
            navigator::set_profile,
            navigator::set_step,
            navigator::plan,
            navigator::navigator_problem,
            navigator::save_answers,
            navigator::import_assessment,
            navigator::import_participant,
            navigator::remove_participant,
            navigator::workshop,
            navigator::set_note,
            navigator::report,
            navigator::save_report,
            navigator::accept_consensus
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("shirube: the window could not be opened: {err}");
            std::process::exit(1);
        });
}
