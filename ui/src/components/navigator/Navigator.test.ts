// @vitest-environment jsdom
// The navigator mounted with its screens and the error banner, the API mocked: the wiring
// between the flow, the screens and the error store, and the DOM the end-to-end tests rely on.
import { flushSync, mount, tick, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentState, ItemLink, PathView, PlanView } from '../../lib/bindings';
import { errors } from '../../lib/state/errors.svelte';
import { NavigatorFlow } from '../../lib/state/navigator.svelte';
import ErrorBanner from '../ErrorBanner.svelte';
import Navigator from './Navigator.svelte';

const api = vi.hoisted(() => ({
  sectors: vi.fn(),
  assessments: vi.fn(),
  assessment: vi.fn(),
  path: vi.fn(),
  setStep: vi.fn(),
  setAnswer: vi.fn(),
  setProfile: vi.fn(),
  setDetails: vi.fn(),
  plan: vi.fn(),
  planPart: vi.fn(),
}));
vi.mock('../../lib/ipc', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/ipc')>()),
  api,
}));

const link = (id: string): ItemLink => ({ id, label: 'D1', title: id, kind: '' });
const question = (slug: string) => ({ practice: link(`practice:${slug}`), question: slug, why_ask: '', levels: ['a', 'b', 'c', 'd', 'e'] });
const path: PathView = {
  steps: ['profile', 'quick-0', 'snapshot', 'targets', 'results', 'roadmap', 'finish'],
  pages: [{ step: 'quick-0', directive: null, themes: [], questions: [question('mfa'), question('backup')], skipped: [] }],
  flagged: [],
  deep_dives: [],
  chosen: false,
  targets: [],
};
const saved: AssessmentState = {
  id: 7,
  step: 'quick-0',
  answers: {
    schema: 'shirube.answers/2',
    sector: 'general',
    profile: { size: '', ot: false, iot: false, development: false },
    answers: {},
  },
};
const plan = {
  directives: [],
  functions: [],
  largest_gaps: [],
  to_settle: [],
  roadmap: [
    { rank: 1, phase: 'first-90-days', practice: link('practice:mfa'), summary: '', reasons: [''], first_steps: [], ciso_questions: [] },
  ],
} as unknown as PlanView;

// Lets the mocked calls answer and the screen update.
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
  await tick();
  flushSync();
}

const $ = (css: string) => document.querySelector<HTMLElement>(css);
async function click(css: string) {
  const element = $(css);
  expect(element, css).not.toBeNull();
  element!.click();
  await settle();
}

describe('Navigator', () => {
  let mounted: Record<string, unknown>[] = [];

  beforeEach(async () => {
    vi.clearAllMocks();
    errors.length = 0;
    api.sectors.mockResolvedValue([{ sector: 'railways', title: 'Railways' }]);
    api.assessments.mockResolvedValue([
      { id: 7, name: 'Board', sector: 'general', step: 'quick-0', created_at: '', updated_at: '', answered: 0 },
    ]);
    api.assessment.mockResolvedValue(structuredClone(saved));
    api.path.mockResolvedValue(path);
    api.setStep.mockResolvedValue(null);
    api.setAnswer.mockResolvedValue(null);
    api.plan.mockResolvedValue(plan);
    // The document as the report's renderer writes it (escaped there; shown as it is here).
    api.planPart.mockImplementation(async (_id: number, _lang: string, part: string) =>
      part === 'roadmap' ? '<section class="report-practice" data-practice="practice:mfa"></section>' : '',
    );
    mounted = [
      mount(ErrorBanner, { target: document.body }),
      mount(Navigator, { target: document.body, props: { flow: new NavigatorFlow() } }),
    ];
    await settle();
    await click('[data-assessment="7"]');
  });

  afterEach(() => {
    for (const component of mounted) unmount(component);
  });

  it('opens a saved assessment on its step, with progress in questions and the focus on its heading', () => {
    expect($('[data-step]')?.dataset.step).toBe('quick-0');
    expect($('[data-testid="progress"]')?.textContent?.trim()).toBe('Question 1 of 2 · about 2 minutes left');
    expect(document.activeElement).toBe($('[data-testid="step-title"]'));
    expect($('fieldset[data-practice="practice:backup"]')).not.toBeNull();
    expect($('[data-goto="quick-0"]')?.textContent).toContain('2 unanswered');
  });

  it('warns before leaving a page with unanswered questions, and stays when asked to', async () => {
    await click('fieldset[data-practice="practice:mfa"] input[value="3"]');
    await click('[data-testid="next"]');
    expect($('[data-testid="leave-warning"]')?.textContent).toContain('One question on this page is unanswered');
    await click('[data-testid="leave-stay"]');
    expect($('[data-testid="leave-warning"]')).toBeNull();
    expect($('[data-step]')?.dataset.step).toBe('quick-0');
    await click('[data-testid="next"]');
    await click('[data-testid="leave-go"]');
    expect($('[data-step]')?.dataset.step).toBe('snapshot');
  });

  it('goes to any step from the step list, and on to the roadmap', async () => {
    await click('[data-goto="profile"]');
    expect($('[data-step]')?.dataset.step).toBe('profile');
    expect(($('[data-testid="back"]') as HTMLButtonElement).disabled).toBe(true);
    // The profile has no questions: nothing to warn about.
    await click('[data-goto="roadmap"]');
    expect($('[data-step]')?.dataset.step).toBe('roadmap');
    expect($('.report-practice[data-practice="practice:mfa"]')).not.toBeNull();
    expect(api.setStep).toHaveBeenLastCalledWith(7, 'roadmap');
  });

  it('saves the profile and the organization as they are edited', async () => {
    await click('[data-testid="back"]');
    await click('[data-testid="ot"]');
    expect(api.setProfile).toHaveBeenCalledWith(7, 'general', { size: '', ot: true, iot: false, development: false });
    expect(api.setDetails).toHaveBeenCalledWith(7, '', null);
  });

  it('says once that refused answers are unsaved, and shows the refusal once', async () => {
    api.setAnswer.mockRejectedValue({ code: 'store-read-only', message: '/data/shirube.db' });
    await click('fieldset[data-practice="practice:backup"] input[value="2"]');
    await click('fieldset[data-practice="practice:backup"] input[value="3"]');
    expect($('[data-testid="unsaved"]')?.textContent).toContain('One answer');
    expect(document.querySelectorAll('.errors .error[data-code="store-read-only"]')).toHaveLength(1);
  });

  it('returns to the list of saved assessments when done', async () => {
    await click('[data-goto="finish"]');
    await click('[data-testid="leave-go"]');
    expect($('[data-step]')?.dataset.step).toBe('finish');
    await click('[data-testid="done"]');
    expect($('[data-step]')).toBeNull();
    expect($('[data-assessment="7"]')).not.toBeNull();
  });
});
