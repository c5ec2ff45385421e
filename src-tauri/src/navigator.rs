//! The navigator's commands: one-line adapters over `shirube_core::navigator::Navigator`.

use shirube_core::app::Shirube;
use shirube_core::navigator::view::{PlanView, QuestionGroup};
use shirube_core::navigator::{AnswerUpdate, AssessmentState, Navigator, Profile};
use shirube_core::store::AssessmentSummary;
use shirube_core::{AppError, Lang};
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
