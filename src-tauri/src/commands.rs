//! The commands the UI invokes: each one line over `shirube_api::Shirube`.

use shirube_api::{
    Added, AnswerUpdate, AppError, AssessmentState, AssessmentSummary, ImportedFile, ItemId,
    ItemView, Lang, PackNode, Part, PathView, PlanView, Profile, ReportFormat, ReportLang,
    ReportOptions, Rollup, RollupFormat, SearchHit, SearchRequest, SectorChoice, Shirube,
    StartupState, TargetUpdate, WorkshopView,
};
use tauri::{AppHandle, State};

type Api<'a> = State<'a, Shirube>;

#[tauri::command]
pub fn startup(api: Api<'_>) -> StartupState {
    crate::startup::mark("first-ipc");
    api.startup()
}

#[tauri::command]
pub fn set_lang(api: Api<'_>, lang: Lang) -> Result<(), AppError> {
    api.set_lang(lang)
}

#[tauri::command]
pub fn set_text_size(api: Api<'_>, percent: u16) -> Result<(), AppError> {
    api.set_text_size(percent)
}

#[tauri::command]
pub fn library_tree(api: Api<'_>, lang: Lang) -> Vec<PackNode> {
    api.tree(lang)
}

#[tauri::command]
pub fn item(api: Api<'_>, id: ItemId, lang: Lang) -> Result<ItemView, AppError> {
    api.item(&id, lang)
}

#[tauri::command]
pub fn citation(api: Api<'_>, id: ItemId, lang: Lang, passage: String) -> Result<String, AppError> {
    api.citation(&id, lang, &passage)
}

#[tauri::command]
pub fn sectors(api: Api<'_>, lang: Lang) -> Vec<SectorChoice> {
    api.sectors(lang)
}

/// The first screen is painted: the search index is built now. Returns the milliseconds since
/// the process started, for the start-up profile, which also takes the page's own marks (name,
/// ms since the Unix epoch).
#[tauri::command]
pub fn painted(app: AppHandle, marks: Vec<(String, f64)>) -> f64 {
    crate::build_search_index_in_background(app.clone());
    crate::startup::painted(&app, marks)
}

#[tauri::command]
pub fn search_ready(api: Api<'_>) -> bool {
    api.search_ready()
}

#[tauri::command]
pub fn search(api: Api<'_>, request: SearchRequest) -> Result<Vec<SearchHit>, AppError> {
    api.search(&request)
}

#[tauri::command]
pub fn navigator_problem(api: Api<'_>) -> Option<AppError> {
    api.navigator_problem()
}

#[tauri::command]
pub fn assessments(api: Api<'_>) -> Result<Vec<AssessmentSummary>, AppError> {
    api.assessments()
}

#[tauri::command]
pub fn create_assessment(api: Api<'_>, name: String) -> Result<i64, AppError> {
    api.create_assessment(&name)
}

#[tauri::command]
pub fn assessment(api: Api<'_>, id: i64) -> Result<AssessmentState, AppError> {
    api.assessment(id)
}

#[tauri::command]
pub fn set_answer(api: Api<'_>, update: AnswerUpdate) -> Result<(), AppError> {
    api.set_answer(&update)
}

#[tauri::command]
pub fn set_profile(
    api: Api<'_>,
    id: i64,
    sector: String,
    profile: Profile,
) -> Result<(), AppError> {
    api.set_profile(id, &sector, &profile)
}

#[tauri::command]
pub fn set_step(api: Api<'_>, id: i64, step: String) -> Result<(), AppError> {
    api.set_step(id, &step)
}

#[tauri::command]
pub fn plan(api: Api<'_>, id: i64, lang: Lang) -> Result<PlanView, AppError> {
    api.plan(id, lang)
}

#[tauri::command]
pub fn plan_part(
    api: Api<'_>,
    id: i64,
    lang: Lang,
    part: Part,
    baseline: Option<i64>,
) -> Result<String, AppError> {
    api.plan_part(id, lang, part, baseline)
}

#[tauri::command]
pub fn path(api: Api<'_>, id: i64, lang: Lang) -> Result<PathView, AppError> {
    api.path(id, lang)
}

#[tauri::command]
pub fn set_deep_dives(api: Api<'_>, id: i64, directives: Vec<ItemId>) -> Result<(), AppError> {
    api.set_deep_dives(id, &directives)
}

#[tauri::command]
pub fn set_target(api: Api<'_>, update: TargetUpdate) -> Result<(), AppError> {
    api.set_target(&update)
}

#[tauri::command]
pub fn set_details(
    api: Api<'_>,
    id: i64,
    organization: String,
    assessed_on: Option<String>,
) -> Result<(), AppError> {
    api.set_details(id, &organization, assessed_on.as_deref())
}

#[tauri::command]
pub fn save_handoff(api: Api<'_>, id: i64) -> Result<String, AppError> {
    api.save_handoff(id)
}

#[tauri::command]
pub fn merge_handoff(
    api: Api<'_>,
    id: i64,
    file: ImportedFile,
    lang: Lang,
) -> Result<usize, AppError> {
    api.merge_handoff(id, &file, lang)
}

#[tauri::command]
pub fn save_answers(api: Api<'_>, id: i64) -> Result<String, AppError> {
    api.save_answers(id)
}

#[tauri::command]
pub fn import_assessment(api: Api<'_>, file: ImportedFile, lang: Lang) -> Result<i64, AppError> {
    api.import_assessment(&file, lang)
}

#[tauri::command]
pub fn import_participant(
    api: Api<'_>,
    id: i64,
    file: ImportedFile,
    lang: Lang,
) -> Result<Added, AppError> {
    api.import_participant(id, &file, lang)
}

#[tauri::command]
pub fn remove_participant(api: Api<'_>, id: i64, participant: i64) -> Result<(), AppError> {
    api.remove_participant(id, participant)
}

#[tauri::command]
pub fn workshop(api: Api<'_>, id: i64, lang: Lang) -> Result<WorkshopView, AppError> {
    api.workshop(id, lang)
}

#[tauri::command]
pub fn set_note(api: Api<'_>, id: i64, practice: ItemId, note: String) -> Result<(), AppError> {
    api.set_note(id, &practice, &note)
}

#[tauri::command]
pub fn report(
    api: Api<'_>,
    id: i64,
    langs: ReportLang,
    options: ReportOptions,
) -> Result<String, AppError> {
    api.report(id, langs, ReportFormat::Body, options)
}

#[tauri::command]
pub fn save_report(
    api: Api<'_>,
    id: i64,
    langs: ReportLang,
    format: ReportFormat,
    options: ReportOptions,
) -> Result<String, AppError> {
    api.save_report(id, langs, format, options)
}

#[tauri::command]
pub fn accept_consensus(api: Api<'_>, id: i64) -> Result<usize, AppError> {
    api.accept_consensus(id)
}

#[tauri::command]
pub fn rollup(api: Api<'_>, files: Vec<ImportedFile>, lang: Lang) -> Result<Rollup, AppError> {
    api.rollup(&files, lang)
}

#[tauri::command]
pub fn save_rollup(
    api: Api<'_>,
    files: Vec<ImportedFile>,
    lang: Lang,
    format: RollupFormat,
) -> Result<String, AppError> {
    api.save_rollup(&files, lang, format)
}
