//! The navigator's commands: one-line adapters over `shirube_core::navigator::Navigator`.

use shirube_core::app::Shirube;
use shirube_core::navigator::report::ReportLang;
use shirube_core::navigator::view::{PlanView, QuestionGroup};
use shirube_core::navigator::workshop::WorkshopView;
use shirube_core::navigator::{
    AnswerUpdate, AssessmentState, ImportedFile, Navigator, Profile, ReportFormat,
};
use shirube_core::store::AssessmentSummary;
use shirube_core::{AppError, ItemId, Lang};
use tauri::State;

#[tauri::command]
pub fn navigator_problem(navigator: State<'_, Navigator>) -> Option<AppError> {
    navigator.problem()
}

#[tauri::command]
pub fn assessments(navigator: State<'_, Navigator>) -> Result<Vec<AssessmentSummary>, AppError> {
    navigator.list()
}

#[tauri::command]
pub fn create_assessment(navigator: State<'_, Navigator>, name: String) -> Result<i64, AppError> {
    navigator.create(&name)
}

#[tauri::command]
pub fn assessment(navigator: State<'_, Navigator>, id: i64) -> Result<AssessmentState, AppError> {
    navigator.state(id)
}

#[tauri::command]
pub fn questions(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    lang: Lang,
) -> Vec<QuestionGroup> {
    navigator.questions(app.library(), lang)
}

#[tauri::command]
pub fn set_answer(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    update: AnswerUpdate,
) -> Result<(), AppError> {
    navigator.set_answer(app.library(), &update)
}

#[tauri::command]
pub fn set_profile(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    id: i64,
    sector: String,
    profile: Profile,
) -> Result<(), AppError> {
    navigator.set_profile(id, &sector, &profile, app.library())
}

#[tauri::command]
pub fn set_step(navigator: State<'_, Navigator>, id: i64, step: String) -> Result<(), AppError> {
    navigator.set_step(id, &step)
}

#[tauri::command]
pub fn plan(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    id: i64,
    lang: Lang,
) -> Result<PlanView, AppError> {
    navigator.plan(app.library(), id, lang)
}

/// Where exported answers files and reports go: the user's Downloads folder, where people
/// look for a file they just saved (falling back to the home folder).
pub struct ExportDir(pub std::path::PathBuf);

#[tauri::command]
pub fn save_answers(
    navigator: State<'_, Navigator>,
    exports: State<'_, ExportDir>,
    id: i64,
) -> Result<String, AppError> {
    navigator.save_answers(id, &exports.0)
}

#[tauri::command]
pub fn import_assessment(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    file: ImportedFile,
    lang: Lang,
) -> Result<i64, AppError> {
    navigator.import_assessment(app.library(), &file, lang)
}

#[tauri::command]
pub fn import_participant(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    id: i64,
    file: ImportedFile,
    lang: Lang,
) -> Result<String, AppError> {
    navigator.import_participant(app.library(), id, &file, lang)
}

#[tauri::command]
pub fn remove_participant(
    navigator: State<'_, Navigator>,
    id: i64,
    participant: i64,
) -> Result<(), AppError> {
    navigator.remove_participant(id, participant)
}

#[tauri::command]
pub fn workshop(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    id: i64,
    lang: Lang,
) -> Result<WorkshopView, AppError> {
    navigator.workshop(app.library(), id, lang)
}

#[tauri::command]
pub fn set_note(
    navigator: State<'_, Navigator>,
    id: i64,
    practice: ItemId,
    note: String,
) -> Result<(), AppError> {
    navigator.set_note(id, &practice, &note)
}

#[tauri::command]
pub fn report(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    id: i64,
    langs: ReportLang,
) -> Result<String, AppError> {
    navigator
        .report(app.library(), id, langs, ReportFormat::Body)
        .map(|(_, body)| body)
}

#[tauri::command]
pub fn save_report(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    exports: State<'_, ExportDir>,
    id: i64,
    langs: ReportLang,
    format: ReportFormat,
) -> Result<String, AppError> {
    navigator.save_report(app.library(), id, langs, format, &exports.0)
}

#[tauri::command]
pub fn accept_consensus(
    app: State<'_, Shirube>,
    navigator: State<'_, Navigator>,
    id: i64,
) -> Result<usize, AppError> {
    navigator.accept_consensus(app.library(), id)
}
