//! Search over the guides with tantivy: the corpus (what is indexed), the schema, tokenizers for
//! Japanese and English, the query builder (synonyms, typo corrections, the sector lens), and
//! snippets cut at sentence and phrase boundaries, as highlighted text segments.

pub mod corpus;
mod highlight;
pub mod index;
mod lens;
mod query;
mod schema;
mod snippet;
mod synonyms;
mod tokenizer;
mod units;
mod vocabulary;

pub use corpus::{documents, Document};
pub use index::{SearchHit, SearchIndex, SearchRequest, Segment};

/// The TypeScript declarations of the IPC types: the core's, then search's.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::new();
    use shirube_core::navigator::{self, view};
    use ts_rs::TS;
    shirube_core::view::typescript_module(&[
        navigator::answers::Answer::decl(&cfg),
        navigator::answers::UnknownMarker::decl(&cfg),
        navigator::Profile::decl(&cfg),
        navigator::AnswersFile::decl(&cfg),
        navigator::Phase::decl(&cfg),
        navigator::AssessmentState::decl(&cfg),
        navigator::AnswerUpdate::decl(&cfg),
        shirube_core::store::AssessmentSummary::decl(&cfg),
        view::Question::decl(&cfg),
        view::QuestionGroup::decl(&cfg),
        view::Score::decl(&cfg),
        view::Step::decl(&cfg),
        view::PlanView::decl(&cfg),
        navigator::ImportedFile::decl(&cfg),
        navigator::ReportFormat::decl(&cfg),
        navigator::report::ReportLang::decl(&cfg),
        navigator::workshop::ParticipantSummary::decl(&cfg),
        navigator::workshop::Response::decl(&cfg),
        navigator::workshop::WorkshopQuestion::decl(&cfg),
        navigator::workshop::WorkshopGroup::decl(&cfg),
        navigator::workshop::WorkshopView::decl(&cfg),
        // The UI refuses larger files before reading them; the core refuses them again.
        format!(
            "const ANSWERS_MAX_BYTES = {};",
            navigator::answers::MAX_BYTES
        ),
        SearchRequest::decl(&cfg),
        Segment::decl(&cfg),
        SearchHit::decl(&cfg),
    ])
}
