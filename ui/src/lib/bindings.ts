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
lang: Lang | null, };

export type StartupState = { lang: Lang, errors: Array<AppError>, };

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
iot: boolean, };

export type AnswersFile = { schema: string, 
/**
 * Who answered, or the assessment's name: names a participant when a facilitator imports it.
 */
name?: string, 
/**
 * A ci sector slug, or "general" (see [`AnswersFile::sector`]).
 */
sector: "general" | SectorSlug, profile: Profile, answers: { [key in ItemId]: Answer }, };

export type Phase = "first-90-days" | "this-year" | "next-year";

export type StepId = "profile" | "principles" | `assess-${number}` | "results" | "roadmap" | "finish";

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

export type Question = { practice: ItemLink, question: string, why_ask: string, levels: Array<string>, };

export type QuestionGroup = { directive: ItemLink, summary: string, questions: Array<Question>, };

export type Score = { item: ItemLink, 
/**
 * 0–100, or none where every answer behind it is "don't know".
 */
score: number | null, unknowns: number, };

export type Step = { rank: number, phase: Phase, practice: ItemLink, summary: string, reasons: Array<string>, first_steps: Array<string>, ciso_questions: Array<string>, };

export type PlanView = { directives: Array<Score>, functions: Array<Score>, roadmap: Array<Step>, };

export type ImportedFile = { file_name: string, text: string, };

export type ReportFormat = "body" | "html" | "markdown" | "json" | "docx" | "xlsx";

export type ReportLang = "en" | "ja" | "both";

export type Part = "scores" | "roadmap";

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

export type SectorSlug = "ict" | "finance" | "aviation" | "airports" | "railways" | "electricity" | "gas" | "government" | "medical" | "water" | "logistics" | "chemical" | "credit" | "petroleum" | "ports";

export const SECTORS = ["ict", "finance", "aviation", "airports", "railways", "electricity", "gas", "government", "medical", "water", "logistics", "chemical", "credit", "petroleum", "ports"] as const;

export const ERROR_CODES = ["item-not-found", "guides-invalid", "settings-unreadable", "settings-unwritable", "search-not-ready", "store-corrupt", "store-newer", "store-unavailable", "store-restored", "store-missing", "store-read-only", "disk-full", "assessment-not-found", "answer-invalid", "import-invalid", "export-failed", "internal"] as const;
