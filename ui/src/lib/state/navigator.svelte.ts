// The navigator's step-by-step flow over one assessment: its path (the screens and their
// questions, computed by the Rust side from the sector, profile and answers), where the user
// stands, moving between screens (saved, so a restart resumes there; a warning first when a page
// still has unanswered questions), answering (saved the moment it is given), and the plan the
// last screens show.
import type {
  Answer,
  AssessmentState,
  AssessmentSummary,
  Page,
  Part,
  PathView,
  PlanView,
  StepId,
} from '../bindings';
import { locale } from '../i18n.svelte';
import { api } from '../ipc';
import { reportError } from './errors.svelte';

/**
 * One screen of the flow. The ID is saved with the assessment, and the Rust side and the
 * end-to-end tests know these IDs: never rename one. (Generated from the navigator's `Step`.)
 */
export type { StepId };

/** About how long one question takes to read and answer, for the minutes left. */
export const SECONDS_PER_QUESTION = 40;

// The screens that show the plan, and so load it on arrival.
const PLAN_STEPS: readonly StepId[] = ['snapshot', 'targets', 'results', 'roadmap', 'finish'];
// The screens that show a part of the plan document.
const DOCUMENT_PARTS: Partial<Record<StepId, Part>> = { snapshot: 'scores', results: 'scores', roadmap: 'roadmap' };

/** What the board report, the workshop or the group's picture shows beside the flow. */
export type Side = { kind: 'workshop' | 'report'; id: number; name: string } | { kind: 'rollup' };

export class NavigatorFlow {
  /** Every saved assessment: the start screen lists them, the results compare with them. */
  list = $state<AssessmentSummary[]>([]);
  /** The assessment being worked through; null on the start screen. */
  current = $state<AssessmentState | null>(null);
  path = $state<PathView | null>(null);
  plan = $state<PlanView | null>(null);
  /** The workshop or board report open instead of the flow. */
  side = $state<Side | null>(null);
  /** The saved assessment to compare with (its ID as the picker's value; '' for none). */
  comparedWith = $state('');
  /**
   * The part of the plan document the snapshot, results or roadmap screen shows: HTML rendered
   * by the code that renders the board report (escaped there), so the screens and the report agree.
   */
  document = $state('');
  // Answers shown but not saved (a read-only or full disk): said on screen, never dropped silently.
  unsaved = $state<string[]>([]);
  /** The step the user asked for while the current page has unanswered questions: confirm first. */
  leaving = $state<number | null>(null);

  readonly steps = $derived<StepId[]>(this.path?.steps ?? ['profile']);
  // A step this version does not know (saved by another) opens the first screen.
  readonly index = $derived(Math.max(0, this.steps.findIndex((step) => step === this.current?.step)));
  readonly step = $derived(this.steps[this.index]);
  readonly isLast = $derived(this.index === this.steps.length - 1);
  /** The questions this step asks, on a quick-check or deep-dive step. */
  readonly page = $derived<Page | undefined>(this.path?.pages.find((page) => page.step === this.step));
  readonly others = $derived(this.list.filter((saved) => saved.id !== this.current?.id));
  /** Every question on the path, and how many of them are answered. */
  readonly progress = $derived(
    questionProgress(this.path, this.current, this.index <= this.steps.indexOf('snapshot')),
  );

  /** Questions on a step's page that have no answer yet. */
  unanswered(step: StepId): number {
    const page = this.path?.pages.find((p) => p.step === step);
    const answers = this.current?.answers.answers ?? {};
    return page ? page.questions.filter((q) => answers[q.practice.id] === undefined).length : 0;
  }

  /** Loads what the flow shows, in the current language: at start and after every change of it. */
  async refresh(): Promise<void> {
    try {
      this.list = await api.assessments();
      await this.#loadPath();
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
      this.side = null;
      await this.#loadPath();
    } catch (raw) {
      reportError(raw);
      return false;
    }
    return this.go(this.index);
  }

  /** Starts a new assessment under `name` and opens it on its first screen. */
  async start(name: string): Promise<boolean> {
    try {
      return await this.open(await api.createAssessment(name));
    } catch (raw) {
      reportError(raw);
      return false;
    }
  }

  /**
   * Asks to go to the step at `index`: goes at once unless the current page has unanswered
   * questions and the move is forward, in which case `leaving` holds the request to confirm.
   */
  async request(index: number): Promise<boolean> {
    if (index > this.index && this.unanswered(this.step) > 0) {
      this.leaving = index;
      return false;
    }
    return this.go(index);
  }

  /** Goes to the step at `index`, kept within the flow, once it is saved; resolves to whether it got there. */
  async go(index: number): Promise<boolean> {
    const current = this.current;
    this.leaving = null;
    if (!current) return false;
    const target = this.steps[Math.min(Math.max(index, 0), this.steps.length - 1)];
    try {
      await api.setStep(current.id, target);
      // The plan first, then the screen: it never shows the last visit's document.
      await this.#loadPlanFor(target);
      current.step = target;
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
    // The author takes an answer over from whoever gave it.
    delete current.answers.answered_by?.[practice];
    try {
      await api.setAnswer({ assessment: current.id, practice, answer: value });
      this.unsaved = this.unsaved.filter((unsaved) => unsaved !== practice);
      await this.#loadPath();
    } catch (raw) {
      if (!this.unsaved.includes(practice)) this.unsaved.push(practice);
      reportError(raw);
    }
  }

  /** Saves the sector, profile, organization and date as the profile screen edits them. */
  async saveProfile(): Promise<void> {
    const current = this.current;
    if (!current) return;
    const { sector, profile, organization, assessed_on } = current.answers;
    try {
      await api.setProfile(current.id, sector, profile);
      await api.setDetails(current.id, organization ?? '', assessed_on || null);
      await this.#loadPath();
    } catch (raw) {
      reportError(raw);
    }
  }

  /** Chooses the directives to deepen (the snapshot's choice), and so the screens after it. */
  async chooseDeepDives(directives: string[]): Promise<void> {
    if (!this.current) return;
    try {
      await api.setDeepDives(this.current.id, directives);
      await this.#loadPath();
    } catch (raw) {
      reportError(raw);
    }
  }

  /** Sets a directive's target (null: back to the sector's default) and why. */
  async setTarget(item: string, level: number | null, reason: string): Promise<void> {
    if (!this.current) return;
    try {
      await api.setTarget({ assessment: this.current.id, item, level, reason });
      this.current = await api.assessment(this.current.id);
      await this.#loadPath();
      await this.#loadPlanIfShown();
    } catch (raw) {
      reportError(raw);
    }
  }

  /** Reads the assessment again (after the CISO's answers were merged into it). */
  async reload(): Promise<void> {
    if (!this.current) return;
    try {
      this.current = await api.assessment(this.current.id);
      await this.#loadPath();
      await this.#loadPlanIfShown();
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

  openSide(kind: 'workshop' | 'report', id: number): void {
    this.side = { kind, id, name: this.list.find((a) => a.id === id)?.name ?? '' };
  }

  /** The group's picture: answers files from group companies, side by side. */
  openRollup(): void {
    this.side = { kind: 'rollup' };
  }

  /** Leaves the assessment for the start screen, with the saved list brought up to date. */
  async close(): Promise<void> {
    this.current = null;
    this.path = null;
    this.plan = null;
    this.side = null;
    this.leaving = null;
    this.comparedWith = '';
    this.document = '';
    this.list = await api.assessments().catch((raw) => {
      reportError(raw);
      return [];
    });
  }

  async #loadPath(): Promise<void> {
    this.path = this.current ? await api.path(this.current.id, locale.lang) : null;
  }

  async #loadPlanIfShown(): Promise<void> {
    await this.#loadPlanFor(this.step);
  }

  async #loadPlanFor(step: StepId): Promise<void> {
    if (!this.current || !PLAN_STEPS.includes(step)) return;
    this.plan = await api.plan(this.current.id, locale.lang);
    await this.#loadDocument(step);
  }

  async #loadDocument(step: StepId = this.step): Promise<void> {
    const part = DOCUMENT_PARTS[step];
    if (!this.current || !part) return;
    const baseline = part === 'scores' && this.comparedWith ? Number(this.comparedWith) : null;
    this.document = await api.planPart(this.current.id, locale.lang, part, baseline);
  }
}

/**
 * How many questions the path asks, how many are answered, and about how many minutes are left;
 * until the snapshot, of the quick check only (the deep dives are chosen there).
 */
export function questionProgress(
  path: PathView | null,
  current: AssessmentState | null,
  quickOnly = false,
): { answered: number; total: number; minutes: number } {
  const answers = current?.answers.answers ?? {};
  const pages = (path?.pages ?? []).filter((page) => !quickOnly || page.step.startsWith('quick-'));
  const ids = pages.flatMap((page) => page.questions.map((q) => q.practice.id));
  const answered = ids.filter((id) => answers[id] !== undefined).length;
  const left = ids.length - answered;
  return { answered, total: ids.length, minutes: Math.ceil((left * SECONDS_PER_QUESTION) / 60) };
}
