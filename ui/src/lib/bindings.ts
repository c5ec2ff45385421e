// Generated from the Rust types by `cargo xtask bindings`. Do not edit.

export type ItemId = string;

export type Lang = "en" | "ja";

export type ErrorCode = "item-not-found" | "guides-invalid" | "settings-unreadable" | "settings-unwritable" | "search-not-ready" | "store-corrupt" | "store-newer" | "store-unavailable" | "store-restored" | "store-missing" | "store-read-only" | "disk-full" | "assessment-not-found" | "answer-invalid" | "import-invalid" | "export-failed" | "internal";

export type AppError = { code: ErrorCode, 
/**
 * The detail shown inside the localized message (never a sentence of its own).
 */
message: string, };

export type Settings = { 
/**
 * `None` until the user picks a language: the OS locale decides.
 */
lang: Lang | null, 
/**
 * The interface's text size in percent of the default (16 px); `None` for 100.
 */
text_size?: number | null, };

export type StartupState = { lang: Lang, 
/**
 * The text size in percent (100 unless the user chose another).
 */
text_size: number, errors: Array<AppError>, };

export type SectorChoice = { sector: SectorSlug, title: string, };

export type PackNode = { id: string, title: string, items: Array<TreeNode>, };

export type TreeNode = { id: ItemId, label: string, title: string, kind: string, children: Array<TreeNode>, };

export type ItemLink = { id: ItemId, label: string, title: string, kind: string, };

export type ItemView = { id: ItemId, lang: Lang, kind: string, label: string, title: string, summary: string, source: string, 
/**
 * Sanitized HTML, safe to insert into the reader.
 */
body_html: string, pack_title: string, 
/**
 * The pack's statement that its text is a Shirube summary, not the official document.
 */
pack_notice: string, breadcrumb: Array<ItemLink>, children: Array<ItemLink>, see_also: Array<ItemLink>, 
/**
 * Crosswalk: the framework items this item implements.
 */
maps_to: Array<ItemLink>, 
/**
 * Crosswalk: the items (practices, directives) that map to this one.
 */
mapped_from: Array<ItemLink>, 
/**
 * Practice items: the sections an executive works through.
 */
practice: PracticeView | null, 
/**
 * Sector items: the practices that weigh more in this sector, heaviest first.
 */
weighted_practices: Array<Weighting>, 
/**
 * Sector items: the directives whose self-assessment target differs from the default, with
 * the level the sector starts from (what the navigator's targets step calls the sector's).
 */
assessment_targets: Array<AssessmentTarget>, 
/**
 * The date the item's facts were last checked, YYYY-MM-DD.
 */
as_of: string, 
/**
 * Obligation items: status, date, who it applies to and what it requires.
 */
obligation: ObligationView | null, 
/**
 * Sector and practice items: the legal duties that apply to the sector, or that the
 * practice helps meet (backlinks from the obligations' `applies_to` and `helped_by`).
 */
obligations: Array<ItemLink>, };

export type PracticeView = { question: string, why_ask: string, 
/**
 * Maturity levels 0 to 4.
 */
levels: Array<string>, first_steps: Array<string>, ciso_questions: Array<string>, 
/**
 * What a good answer from the CISO sounds like, one per CISO question.
 */
good_answers: Array<string>, 
/**
 * Read first: the practice in a few sentences.
 */
in_brief: string, 
/**
 * Effort and lead time, in a short phrase.
 */
effort: string, directive: ItemLink | null, depends_on: Array<ItemLink>, 
/**
 * The sectors where this practice weighs more, heaviest first.
 */
weights: Array<Weighting>, };

export type ObligationView = { 
/**
 * `in-force` or `planned`.
 */
status: string, 
/**
 * YYYY-MM-DD: in force since, or planned for.
 */
effective: string, who: string, requires: string, applies_to: Array<ItemLink>, helped_by: Array<ItemLink>, };

export type Weighting = { item: ItemLink, weight: number, reason: string, };

export type AssessmentTarget = { directive: ItemLink, level: number, };

export type Answer = number | UnknownMarker;

export type UnknownMarker = "unknown";

export type Profile = { 
/**
 * Free text the organization uses for its size ("small", "300 staff", …).
 */
size: string, 
/**
 * Runs industrial control systems (OT).
 */
ot: boolean, 
/**
 * Makes IoT products.
 */
iot: boolean, 
/**
 * Develops software or systems of its own (or has them built to its specification).
 */
development: boolean, };

export type AnswersFile = { schema: string, 
/**
 * Who answered, or the assessment's name: names a participant when a facilitator imports it.
 */
name?: string, 
/**
 * Who answered, as a stable random ID the exporting Shirube gave its assessment: a workshop
 * tells two people apart by it even when both kept the default name.
 */
respondent?: string, 
/**
 * The organization assessed, as the report's header names it.
 */
organization?: string, 
/**
 * YYYY-MM-DD: the day the answers describe.
 */
assessed_on?: string | null, 
/**
 * A ci sector slug, or "general" (see [`AnswersFile::sector`]).
 */
sector: "general" | SectorSlug, profile: Profile, answers: { [key in ItemId]: Answer }, 
/**
 * Target levels chosen for directives, functions or practices, over the sector's defaults.
 */
targets?: { [key in ItemId]: number }, 
/**
 * Why a target was chosen, in the chooser's words.
 */
target_reasons?: { [key in ItemId]: string }, 
/**
 * Answers given by someone else than the assessment's author ("ciso" after a hand-off).
 */
answered_by?: { [key in ItemId]: string }, };

export type Phase = "first-90-days" | "this-year" | "next-year";

export type StepId = "profile" | `quick-${number}` | "snapshot" | `deep-${number}-${number}` | "targets" | "results" | "roadmap" | "finish";

export const KINDS = ["category", "directive", "function", "guideline", "obligation", "practice", "principle", "sector", "subcategory", "term"] as const;

export type Kind = (typeof KINDS)[number];

export type AssessmentState = { id: number, 
/**
 * Where the user was; a step this version does not know (saved by another) reads as the
 * first one.
 */
step: StepId, answers: AnswersFile, };

export type AnswerUpdate = { assessment: number, practice: ItemId, answer: Answer, };

export type AssessmentSummary = { id: number, name: string, sector: string, step: string, created_at: string, updated_at: string, answered: number, };

export type Added = { id: number, name: string, same_name_as: number | null, };

export type Question = { practice: ItemLink, question: string, why_ask: string, levels: Array<string>, };

export type QuestionGroup = { directive: ItemLink, summary: string, questions: Array<Question>, };

export type Score = { item: ItemLink, 
/**
 * 0–100, or none where no question behind it has been asked.
 */
score: number | null, 
/**
 * 0–100: what the score is measured against.
 */
target: number, unknowns: number, };

export type RoadmapStep = { rank: number, phase: Phase, practice: ItemLink, summary: string, reasons: Array<string>, first_steps: Array<string>, ciso_questions: Array<string>, };

export type Criterion = { tier: number, practice: ItemId, needs: number, 
/**
 * What was answered; none where the question has not been asked yet.
 */
answer: Answer | null, met: boolean, };

export type Tier = { 
/**
 * 1 to 4.
 */
tier: number, 
/**
 * The next tier might be reached: a question it needs has not been answered yet.
 */
provisional: boolean, criteria: Array<Criterion>, };

export type PlanView = { directives: Array<Score>, functions: Array<Score>, 
/**
 * The directives furthest below their targets, largest gap first (three at most).
 */
largest_gaps: Array<Score>, roadmap: Array<RoadmapStep>, tier: Tier, 
/**
 * Every question answered "don't know": the questions to settle.
 */
to_settle: Array<ItemLink>, };

export type Flag = "low" | "unknown" | "sector-target" | "not-answered";

export type Page = { step: StepId, 
/**
 * The directive a deep-dive page belongs to; none on the quick check's pages.
 */
directive: ItemLink | null, 
/**
 * The csf2 categories a deep-dive page's questions are grouped under.
 */
themes: Array<string>, questions: Array<Question>, 
/**
 * Questions of this directive left out because they do not apply to the profile.
 */
skipped: Array<ItemLink>, };

export type Flagged = { directive: ItemLink, flags: Array<Flag>, };

export type Target = { directive: ItemLink, 
/**
 * The level aimed for, 0–4.
 */
level: number, 
/**
 * What the guides suggest for the sector.
 */
sector_default: number, reason: string, };

export type PathView = { steps: Array<StepId>, pages: Array<Page>, flagged: Array<Flagged>, 
/**
 * The directives whose deep dives are in the path (chosen, or else suggested).
 */
deep_dives: Array<ItemId>, 
/**
 * Whether `deep_dives` was chosen by the user rather than suggested.
 */
chosen: boolean, targets: Array<Target>, };

export type TargetUpdate = { assessment: number, 
/**
 * A directive (or a function or practice).
 */
item: ItemId, 
/**
 * 0–4; none to go back to the sector's default.
 */
level: number | null, 
/**
 * Why this target, in the user's words.
 */
reason: string, };

export type QuestionRef = { id: ItemId, directive: ItemId, };

export type ImportedFile = { file_name: string, text: string, };

export type ReportFormat = "body" | "html" | "markdown" | "json" | "docx" | "xlsx";

export type ReportOptions = { 
/**
 * Another saved assessment to compare with ("compare with…").
 */
baseline: number | null, 
/**
 * Only the executive summary, without the annex.
 */
summary_only: boolean, };

export type ReportLang = "en" | "ja" | "both";

export type Part = "scores" | "roadmap";

export type RollupColumn = { id: ItemId, label: string, title: string, function: boolean, };

export type RollupCell = { item: ItemId, 
/**
 * 0–100; none where nothing behind it was answered.
 */
score: number | null, 
/**
 * 0–100: the unit's own target for this column.
 */
target: number, 
/**
 * "Don't know" answers behind this score.
 */
unknowns: number, 
/**
 * The lowest score in the column (see the module's rule).
 */
lowest: boolean, 
/**
 * [`FAR_BELOW`] points or more below the target.
 */
far_below: boolean, };

export type RollupUnit = { 
/**
 * The file's organization, else its name, else the file's name.
 */
name: string, 
/**
 * The sector's title.
 */
sector: string, 
/**
 * "Don't know" answers in the file: each counts as 0 in its scores.
 */
unknowns: number, 
/**
 * One per column, in the columns' order.
 */
cells: Array<RollupCell>, };

export type Rollup = { columns: Array<RollupColumn>, units: Array<RollupUnit>, };

export type RollupFormat = "json" | "html" | "xlsx";

export type ParticipantSummary = { id: number, name: string, imported_at: string, answered: number, };

export type Response = { participant: string, answer: Answer, };

export type WorkshopQuestion = { practice: ItemLink, question: string, levels: Array<string>, responses: Array<Response>, 
/**
 * How many participants gave each level, 0 to 4.
 */
counts: number[], unknown: number, 
/**
 * Highest level given minus lowest, where two or more levels were given.
 */
spread: number | null, disagreement: boolean, agreed: Answer | null, note: string, };

export type WorkshopGroup = { directive: ItemLink, questions: Array<WorkshopQuestion>, };

export type WorkshopView = { participants: Array<ParticipantSummary>, groups: Array<WorkshopGroup>, disagreements: number, };

export type SearchRequest = { query: string, 
/**
 * Only documents in this language; `None` searches both.
 */
lang: Lang | null, limit: number, pack: string | null, kind: string | null, sector: string | null, };

export type Segment = { text: string, hit: boolean, };

export type SearchHit = { id: ItemId, lang: Lang, title: Array<Segment>, breadcrumb: string, snippet: Array<Segment>, score: number, };

export const ANSWERS_MAX_BYTES = 1048576;

export const ROLLUP_FAR_BELOW = 25;

export const ROLLUP_MARKS = { lowest: "▼", far_below: "!" } as const;

export type SectorSlug = "ict" | "finance" | "aviation" | "airports" | "railways" | "electricity" | "gas" | "government" | "medical" | "water" | "logistics" | "chemical" | "credit" | "petroleum" | "ports";

export const SECTORS = ["ict", "finance", "aviation", "airports", "railways", "electricity", "gas", "government", "medical", "water", "logistics", "chemical", "credit", "petroleum", "ports"] as const;

export const ERROR_CODES = ["item-not-found", "guides-invalid", "settings-unreadable", "settings-unwritable", "search-not-ready", "store-corrupt", "store-newer", "store-unavailable", "store-restored", "store-missing", "store-read-only", "disk-full", "assessment-not-found", "answer-invalid", "import-invalid", "export-failed", "internal"] as const;
