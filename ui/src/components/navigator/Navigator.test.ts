// @vitest-environment jsdom
// The navigator mounted with its screens and the error banner, the API mocked: the wiring
// between the flow, the screens and the error store, and the DOM the end-to-end tests rely on.
import { flushSync, mount, tick, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentState, ItemLink, PlanView, QuestionGroup } from '../../lib/bindings';
import { errors } from '../../lib/state/errors.svelte';
import ErrorBanner from '../ErrorBanner.svelte';
import Navigator from './Navigator.svelte';

const api = vi.hoisted(() => ({
  questions: vi.fn(),
  principles: vi.fn(),
  sectors: vi.fn(),
  assessments: vi.fn(),
  assessment: vi.fn(),
  setStep: vi.fn(),
  setAnswer: vi.fn(),
  setProfile: vi.fn(),
  plan: vi.fn(),
  planPart: vi.fn(),
}));
vi.mock('../../lib/ipc', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/ipc')>()),
  api,
}));

const link = (id: string): ItemLink => ({ id, label: '', title: id, kind: '' });
const groups: QuestionGroup[] = ['mfa', 'backup'].map((slug, i) => ({
  directive: link(`cmg3:D${i + 1}`),
  summary: '',
  questions: [{ practice: link(`practice:${slug}`), question: '', why_ask: '', levels: ['0', '1', '2', '3', '4'] }],
}));
const saved: AssessmentState = {
  id: 7,
  step: 'assess-1',
  answers: { schema: 'shirube.answers/2', sector: 'general', profile: { size: '', ot: false, iot: false }, answers: {} },
};
const plan: PlanView = {
  directives: [],
  functions: [],
  roadmap: [
    { rank: 1, phase: 'first-90-days', practice: link('practice:mfa'), summary: '', reasons: [''], first_steps: [], ciso_questions: [] },
  ],
};

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
    api.questions.mockResolvedValue(groups);
    api.principles.mockImplementation(async () => ['cmg3:P1'].map((id) => ({ ...link(id), summary: '' })));
    api.sectors.mockResolvedValue([{ sector: 'railways', title: 'Railways' }]);
    api.assessments.mockResolvedValue([
      { id: 7, name: 'Board', sector: 'general', step: 'assess-1', created_at: '', updated_at: '', answered: 0 },
    ]);
    api.assessment.mockResolvedValue(structuredClone(saved));
    api.setStep.mockResolvedValue(null);
    api.setAnswer.mockResolvedValue(null);
    api.plan.mockResolvedValue(plan);
    // The document as the report's renderer writes it (escaped there; shown as it is here).
    api.planPart.mockImplementation(async (_id: number, _lang: string, part: string) =>
      part === 'roadmap' ? '<section class="report-practice" data-practice="practice:mfa"></section>' : '',
    );
    mounted = [
      mount(ErrorBanner, { target: document.body }),
      mount(Navigator, { target: document.body }),
    ];
    await settle();
    await click('[data-assessment="7"]');
  });

  afterEach(() => {
    for (const component of mounted) unmount(component);
  });

  it('opens a saved assessment on its step, with the progress and the focus there', () => {
    expect($('[data-step]')?.dataset.step).toBe('assess-1');
    expect($('[data-testid="progress"]')?.textContent).toBe('Step 4 of 7');
    expect(document.activeElement?.classList.contains('nav-focus')).toBe(true);
    expect($('fieldset[data-practice="practice:backup"]')).not.toBeNull();
  });

  it('walks back to the profile and on to the roadmap, saving every step', async () => {
    for (let i = 0; i < 3; i++) await click('[data-testid="back"]');
    expect($('[data-step]')?.dataset.step).toBe('profile');
    expect(($('[data-testid="back"]') as HTMLButtonElement).disabled).toBe(true);
    for (let i = 0; i < 5; i++) await click('[data-testid="next"]');
    expect($('[data-step]')?.dataset.step).toBe('roadmap');
    expect($('.report-practice[data-practice="practice:mfa"]')).not.toBeNull();
    expect(api.setStep).toHaveBeenLastCalledWith(7, 'roadmap');
  });

  it('saves the profile as it is edited', async () => {
    for (let i = 0; i < 3; i++) await click('[data-testid="back"]');
    await click('[data-testid="ot"]');
    expect(api.setProfile).toHaveBeenCalledWith(7, 'general', { size: '', ot: true, iot: false });
  });

  it('says once that refused answers are unsaved, and shows the refusal once', async () => {
    api.setAnswer.mockRejectedValue({ code: 'store-read-only', message: '/data/shirube.db' });
    await click('fieldset[data-practice="practice:backup"] input[value="2"]');
    await click('fieldset[data-practice="practice:backup"] input[value="3"]');
    expect($('[data-testid="unsaved"]')?.textContent).toContain('One answer');
    expect(document.querySelectorAll('.errors .error[data-code="store-read-only"]')).toHaveLength(1);
  });

  it('returns to the list of saved assessments when done', async () => {
    await click('[data-testid="next"]');
    await click('[data-testid="next"]');
    await click('[data-testid="next"]');
    expect($('[data-step]')?.dataset.step).toBe('finish');
    await click('[data-testid="done"]');
    expect($('[data-step]')).toBeNull();
    expect($('[data-assessment="7"]')).not.toBeNull();
  });
});
