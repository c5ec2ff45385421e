// The navigator's step-by-step flow over one assessment: which screens there are, where the
// user stands, moving between screens (saved, so a restart resumes there), answering (saved the
// moment it is given), and the plan that the last screens show.
import type { Answer, AssessmentState, AssessmentSummary, ItemView, Part, PlanView, QuestionGroup, StepId } from '../bindings';
import { locale } from '../i18n.svelte';
import { api } from '../ipc';
import { reportError } from './errors.svelte';

/**
 * One screen of the flow. The ID is saved with the assessment, and the Rust side and the
 * end-to-end tests know these IDs: never rename one. (Generated from the navigator's `Step`.)
 */
export type { StepId };

const BEFORE_QUESTIONS = ['profile', 'principles'] as const satisfies readonly StepId[];
const AFTER_QUESTIONS = ['results', 'roadmap', 'finish'] as const satisfies readonly StepId[];
// The screens that show the plan, and so load it on arrival.
const PLAN_STEPS: readonly StepId[] = AFTER_QUESTIONS;
// The screens that show a part of the plan document.
const DOCUMENT_PARTS: Partial<Record<StepId, Part>> = { results: 'scores', roadmap: 'roadmap' };

/** The flow: profile, principles, one screen per directive, results, roadmap, finish. */
export function stepIds(directives: number): StepId[] {
  const questions = Array.from({ length: directives }, (_, i): StepId => `assess-${i}`);
  return [...BEFORE_QUESTIONS, ...questions, ...AFTER_QUESTIONS];
}

export class NavigatorFlow {
  /** Every saved assessment: the start screen lists them, the results compare with them. */
  list = $state<AssessmentSummary[]>([]);
  /** The assessment being worked through; null on the start screen. */
  current = $state<AssessmentState | null>(null);
  groups = $state<QuestionGroup[]>([]);
  principles = $state<ItemView[]>([]);
  plan = $state<PlanView | null>(null);
  /** The saved assessment to compare with (its ID as the picker's value; '' for none). */
  comparedWith = $state('');
  /**
   * The part of the plan document the results or roadmap screen shows: HTML rendered by the
   * code that renders the board report (escaped there), so the screens and the report agree.
   */
  document = $state('');
  // Answers shown but not saved (a read-only or full disk): said on screen, never dropped silently.
  unsaved = $state<string[]>([]);

  readonly steps = $derived(stepIds(this.groups.length));
  // A step this version does not know (saved by another) opens the first screen.
  readonly index = $derived(Math.max(0, this.steps.findIndex((step) => step === this.current?.step)));
  readonly step = $derived(this.steps[this.index]);
  readonly isLast = $derived(this.index === this.steps.length - 1);
  /** The directive whose questions this step asks, on an `assess-N` step. */
  readonly group = $derived<QuestionGroup | undefined>(
    this.step.startsWith('assess-') ? this.groups[this.index - BEFORE_QUESTIONS.length] : undefined,
  );
  readonly others = $derived(this.list.filter((saved) => saved.id !== this.current?.id));

  /** Loads what the flow shows, in the current language: at start and after every change of it. */
  async refresh(): Promise<void> {
    try {
      this.groups = await api.questions(locale.lang);
      this.principles = await api.principles(locale.lang);
      this.list = await api.assessments();
      await this.#loadPlanIfShown();
    } catch (raw) {
      reportError(raw);
    }
  }

  /** Opens a saved assessment on the step it was left at; resolves to whether it opened. */
  async open(id: number): Promise<boolean> {
    try {
      this.current = await api.assessment(id);
      this.unsaved = [];
    } catch (raw) {
      reportError(raw);
      return false;
    }
    return this.go(this.index);
  }

  /**
   * Goes to the step at `index`, kept within the flow, once it is saved; resolves to whether
   * it got there.
   */
  async go(index: number): Promise<boolean> {
    const current = this.current;
    if (!current) return false;
    const target = this.steps[Math.min(Math.max(index, 0), this.steps.length - 1)];
    try {
      await api.setStep(current.id, target);
      current.step = target;
      await this.#loadPlanIfShown();
      return true;
    } catch (raw) {
      reportError(raw);
      return false;
    }
  }

  /** Shows the answer at once and saves it the same moment; a refused save stays listed as unsaved. */
  async answer(practice: string, value: Answer): Promise<void> {
    const current = this.current;
    if (!current) return;
    current.answers.answers[practice] = value;
    try {
      await api.setAnswer({ assessment: current.id, practice, answer: value });
      this.unsaved = this.unsaved.filter((unsaved) => unsaved !== practice);
    } catch (raw) {
      if (!this.unsaved.includes(practice)) this.unsaved.push(practice);
      reportError(raw);
    }
  }

  /** Saves the sector and profile as the profile screen edits them. */
  async saveProfile(): Promise<void> {
    if (!this.current) return;
    try {
      await api.setProfile(this.current.id, this.current.answers.sector, this.current.answers.profile);
    } catch (raw) {
      reportError(raw);
    }
  }

  /** Shows the scores again, with their change since the assessment picked in `comparedWith`. */
  async compare(): Promise<void> {
    try {
      await this.#loadDocument();
    } catch (raw) {
      reportError(raw);
    }
  }

  /** Leaves the assessment for the start screen, with the saved list brought up to date. */
  async close(): Promise<void> {
    this.current = null;
    this.plan = null;
    this.comparedWith = '';
    this.document = '';
    this.list = await api.assessments().catch((raw) => {
      reportError(raw);
      return [];
    });
  }

  async #loadPlanIfShown(): Promise<void> {
    if (!this.current || !PLAN_STEPS.includes(this.step)) return;
    this.plan = await api.plan(this.current.id, locale.lang);
    await this.#loadDocument();
  }

  async #loadDocument(): Promise<void> {
    const part = DOCUMENT_PARTS[this.step];
    if (!this.current || !part) return;
    const baseline = part === 'scores' && this.comparedWith ? Number(this.comparedWith) : null;
    this.document = await api.planPart(this.current.id, locale.lang, part, baseline);
  }
}
