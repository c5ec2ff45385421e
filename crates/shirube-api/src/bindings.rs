//! The TypeScript side of IPC, generated from the Rust types: `ui/src/lib/bindings.ts`. The UI
//! imports only this file for IPC types, constants and the closed sets it must not spell out
//! itself (error codes, kinds, sectors). `cargo xtask bindings` rewrites it; the test below
//! fails when the committed file drifts.

use ts_rs::{Config, TS};

use shirube_guides::view::{
    AssessmentTarget, ItemLink, ItemView, ObligationView, PackNode, PracticeView, TreeNode,
    Weighting,
};
use shirube_guides::{sector, AppError, ErrorCode, ItemId, Lang, Sector};
use shirube_navigator::{answers, report, rollup, store, view, workshop};
use shirube_search::{SearchHit, SearchRequest, Segment};

use crate::navigator::{AnswerUpdate, AssessmentState, ImportedFile};
use crate::{ReportFormat, ReportOptions, SectorChoice, Settings, StartupState};

/// The whole module, as committed.
pub fn typescript_bindings() -> String {
    let cfg = Config::new();
    let decls = [
        ItemId::decl(&cfg),
        Lang::decl(&cfg),
        ErrorCode::decl(&cfg),
        AppError::decl(&cfg),
        Settings::decl(&cfg),
        StartupState::decl(&cfg),
        SectorChoice::decl(&cfg),
        PackNode::decl(&cfg),
        TreeNode::decl(&cfg),
        ItemLink::decl(&cfg),
        ItemView::decl(&cfg),
        PracticeView::decl(&cfg),
        ObligationView::decl(&cfg),
        Weighting::decl(&cfg),
        AssessmentTarget::decl(&cfg),
        answers::Answer::decl(&cfg),
        answers::UnknownMarker::decl(&cfg),
        answers::Profile::decl(&cfg),
        answers::AnswersFile::decl(&cfg),
        shirube_navigator::Phase::decl(&cfg),
        shirube_navigator::Step::decl(&cfg),
        kinds(),
        AssessmentState::decl(&cfg),
        AnswerUpdate::decl(&cfg),
        store::AssessmentSummary::decl(&cfg),
        store::Added::decl(&cfg),
        view::Question::decl(&cfg),
        view::QuestionGroup::decl(&cfg),
        view::Score::decl(&cfg),
        view::RoadmapStep::decl(&cfg),
        shirube_navigator::tier::Criterion::decl(&cfg),
        shirube_navigator::tier::Tier::decl(&cfg),
        view::PlanView::decl(&cfg),
        shirube_navigator::path::Flag::decl(&cfg),
        view::Page::decl(&cfg),
        view::Flagged::decl(&cfg),
        view::Target::decl(&cfg),
        view::PathView::decl(&cfg),
        crate::TargetUpdate::decl(&cfg),
        crate::QuestionRef::decl(&cfg),
        ImportedFile::decl(&cfg),
        ReportFormat::decl(&cfg),
        ReportOptions::decl(&cfg),
        report::ReportLang::decl(&cfg),
        report::Part::decl(&cfg),
        rollup::RollupColumn::decl(&cfg),
        rollup::RollupCell::decl(&cfg),
        rollup::RollupUnit::decl(&cfg),
        rollup::Rollup::decl(&cfg),
        crate::RollupFormat::decl(&cfg),
        workshop::ParticipantSummary::decl(&cfg),
        workshop::Response::decl(&cfg),
        workshop::WorkshopQuestion::decl(&cfg),
        workshop::WorkshopGroup::decl(&cfg),
        workshop::WorkshopView::decl(&cfg),
        SearchRequest::decl(&cfg),
        Segment::decl(&cfg),
        SearchHit::decl(&cfg),
        // The UI refuses larger files before reading them; the navigator refuses them again.
        format!("const ANSWERS_MAX_BYTES = {};", answers::MAX_BYTES),
        format!("const ROLLUP_FAR_BELOW = {};", rollup::FAR_BELOW),
        // The group's picture marks its weakest cells in text as well as colour, alike everywhere.
        format!(
            "const ROLLUP_MARKS = {{ lowest: \"{}\", far_below: \"{}\" }} as const;",
            rollup::MARK_LOWEST,
            rollup::MARK_FAR_BELOW
        ),
        // The closed sets the UI checks against instead of spelling them out.
        sector::typescript_slug_type(),
        string_array("SECTORS", Sector::all_ci().map(|s| s.slug())),
        string_array("ERROR_CODES", ErrorCode::ALL.iter().map(|c| c.as_str())),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by `cargo xtask bindings`. Do not edit.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Every kind of item the bundled packs declare, as `KINDS` and its union type `Kind`.
fn kinds() -> String {
    let (library, _) = shirube_guides::Library::bundled();
    let mut kinds: Vec<&str> = library
        .packs()
        .iter()
        .flat_map(|pack| pack.kinds.iter().map(String::as_str))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    string_array("KINDS", kinds.into_iter()) + "\n\nexport type Kind = (typeof KINDS)[number];"
}

/// `const NAME = ["a", "b"] as const;`
fn string_array<'a>(name: &str, values: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = values.map(|v| format!("\"{v}\"")).collect();
    format!("const {name} = [{}] as const;", quoted.join(", "))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn committed_typescript_bindings_match_the_rust_types() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let generated = super::typescript_bindings();
        if std::env::var_os("SHIRUBE_UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/lib/bindings.ts is out of date: run `cargo xtask bindings`"
        );
    }
}
