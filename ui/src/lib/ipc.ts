// The one module that talks to the Rust side. Nothing else imports @tauri-apps/*: the rest of
// the UI sees typed functions, and errors as AppError {code, message} to localize by code.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type {
  Added,
  AnswerUpdate,
  AppError,
  AssessmentState,
  AssessmentSummary,
  ImportedFile,
  Part,
  PathView,
  PlanView,
  TargetUpdate,
  ReportFormat,
  ReportOptions,
  ReportLang,
  Rollup,
  RollupFormat,
  WorkshopView,
  Profile,
  ErrorCode,
  ItemView,
  Lang,
  PackNode,
  SearchHit,
  SearchRequest,
  SectorChoice,
  StartupState,
} from './bindings';
import { ERROR_CODES } from './bindings';


/** Anything a command rejects with, as an AppError (unknown shapes become `internal`). */
export function toAppError(raw: unknown): AppError {
  if (raw && typeof raw === 'object' && 'code' in raw && 'message' in raw) {
    const { code, message } = raw as { code: unknown; message: unknown };
    if (ERROR_CODES.includes(code as ErrorCode) && typeof message === 'string') {
      return { code: code as ErrorCode, message };
    }
  }
  return { code: 'internal', message: String(raw) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toAppError(raw);
  }
}

export const api = {
  startup: () => call<StartupState>('startup'),
  setLang: (lang: Lang) => call<null>('set_lang', { lang }),
  setTextSize: (percent: number) => call<null>('set_text_size', { percent }),
  libraryTree: (lang: Lang) => call<PackNode[]>('library_tree', { lang }),
  item: (id: string, lang: Lang) => call<ItemView>('item', { id, lang }),
  citation: (id: string, lang: Lang, passage: string) =>
    call<string>('citation', { id, lang, passage }),
  sectors: (lang: Lang) => call<SectorChoice[]>('sectors', { lang }),
  /** Tells the shell the first screen is painted, with the page's start-up marks. */
  painted: (marks: [string, number][]) => call<number>('painted', { marks }),
  searchReady: () => call<boolean>('search_ready'),
  search: (request: SearchRequest) => call<SearchHit[]>('search', { request }),
  navigatorProblem: () => call<AppError | null>('navigator_problem'),
  assessments: () => call<AssessmentSummary[]>('assessments'),
  createAssessment: (name: string) => call<number>('create_assessment', { name }),
  assessment: (id: number) => call<AssessmentState>('assessment', { id }),
  setAnswer: (update: AnswerUpdate) => call<null>('set_answer', { update }),
  setProfile: (id: number, sector: string, profile: Profile) =>
    call<null>('set_profile', { id, sector, profile }),
  setStep: (id: number, step: string) => call<null>('set_step', { id, step }),
  plan: (id: number, lang: Lang) => call<PlanView>('plan', { id, lang }),
  /** The assessment's screens and the questions of each, for its sector, profile and answers. */
  path: (id: number, lang: Lang) => call<PathView>('path', { id, lang }),
  setDeepDives: (id: number, directives: string[]) => call<null>('set_deep_dives', { id, directives }),
  setTarget: (update: TargetUpdate) => call<null>('set_target', { update }),
  setDetails: (id: number, organization: string, assessedOn: string | null) =>
    call<null>('set_details', { id, organization, assessedOn }),
  /** Saves the technical questions for the CISO as an answers file in Downloads; resolves to its path. */
  saveHandoff: (id: number) => call<string>('save_handoff', { id }),
  /** Takes the CISO's answers back in; resolves to how many were taken. */
  mergeHandoff: (id: number, file: ImportedFile, lang: Lang) => call<number>('merge_handoff', { id, file, lang }),
  planPart: (id: number, lang: Lang, part: Part, baseline: number | null) =>
    call<string>('plan_part', { id, lang, part, baseline }),
  /** Saves the assessment as a .shirube.json file in Downloads; resolves to its path. */
  saveAnswers: (id: number) => call<string>('save_answers', { id }),
  importAssessment: (file: ImportedFile, lang: Lang) => call<number>('import_assessment', { file, lang }),
  /** Adds one participant's answers to a workshop; resolves to how they were listed. */
  importParticipant: (id: number, file: ImportedFile, lang: Lang) =>
    call<Added>('import_participant', { id, file, lang }),
  removeParticipant: (id: number, participant: number) => call<null>('remove_participant', { id, participant }),
  workshop: (id: number, lang: Lang) => call<WorkshopView>('workshop', { id, lang }),
  /** Takes the group's answer wherever participants agree; resolves to how many were set. */
  acceptConsensus: (id: number) => call<number>('accept_consensus', { id }),
  setNote: (id: number, practice: string, note: string) => call<null>('set_note', { id, practice, note }),
  /** The board report's HTML, made and escaped by the core, for the app to show. */
  report: (id: number, langs: ReportLang, options: ReportOptions) =>
    call<string>('report', { id, langs, options }),
  rollup: (files: ImportedFile[], lang: Lang) => call<Rollup>('rollup', { files, lang }),
  saveRollup: (files: ImportedFile[], lang: Lang, format: RollupFormat) =>
    call<string>('save_rollup', { files, lang, format }),
  saveReport: (id: number, langs: ReportLang, format: ReportFormat, options: ReportOptions) =>
    call<string>('save_report', { id, langs, format, options }),
  /** Calls back once the search index is built (at once if it already is). */
  whenSearchReady: async (callback: () => void) => {
    const unlisten = await listen('search-ready', () => callback());
    if (await call<boolean>('search_ready')) {
      unlisten();
      callback();
    }
  },
};
