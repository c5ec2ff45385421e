// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentState, ItemLink, Page, PathView, PlanView, StepId } from '../bindings';
import { locale } from '../i18n.svelte';
import { errors } from './errors.svelte';
import { NavigatorFlow, questionProgress } from './navigator.svelte';

const api = vi.hoisted(() => ({
  assessments: vi.fn(),
  assessment: vi.fn(),
  createAssessment: vi.fn(),
  path: vi.fn(),
  setStep: vi.fn(),
  setAnswer: vi.fn(),
  setProfile: vi.fn(),
  setDetails: vi.fn(),
  setDeepDives: vi.fn(),
  setTarget: vi.fn(),
  plan: vi.fn(),
  planPart: vi.fn(),
}));
vi.mock('../ipc', async (importOriginal) => ({ ...(await importOriginal<typeof import('../ipc')>()), api }));

const READ_ONLY = { code: 'store-read-only', message: '/data/shirube.db' };
const link = (id: string): ItemLink => ({ id, label: id, title: id, kind: '' });

function page(step: StepId, slugs: string[]): Page {
  const question = (slug: string) => ({ practice: link(`practice:${slug}`), question: '', why_ask: '', levels: [] });
  return { step, directive: null, themes: [], questions: slugs.map(question), skipped: [] };
}

/** A path of two quick-check pages and one deep-dive page (as the Rust side sends it). */
const path: PathView = {
  steps: ['profile', 'quick-0', 'quick-1', 'snapshot', 'deep-4-0', 'targets', 'results', 'roadmap', 'finish'],
  pages: [page('quick-0', ['mfa', 'backup']), page('quick-1', ['policy']), page('deep-4-0', ['patch', 'edr', 'logs'])],
  flagged: [],
  deep_dives: ['cmg3:D5'],
  chosen: false,
  targets: [],
};

function assessment(step: StepId): AssessmentState {
  return {
    id: 7,
    step,
    answers: {
      schema: 'shirube.answers/2',
      sector: 'general',
      profile: { size: '', ot: false, iot: false, development: false },
      answers: {},
    },
  };
}

const plan = { directives: [], functions: [], largest_gaps: [], roadmap: [], to_settle: [] } as unknown as PlanView;

/** A flow with an assessment opened on `step`. */
async function openedOn(step: StepId): Promise<NavigatorFlow> {
  const flow = new NavigatorFlow();
  api.assessment.mockResolvedValueOnce(assessment(step));
  expect(await flow.open(7)).toBe(true);
  api.setStep.mockClear();
  api.plan.mockClear();
  api.path.mockClear();
  return flow;
}

describe('NavigatorFlow', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    errors.length = 0;
    locale.lang = 'en';
    api.assessments.mockResolvedValue([]);
    api.path.mockResolvedValue(path);
    api.setStep.mockResolvedValue(null);
    api.setAnswer.mockResolvedValue(null);
    api.plan.mockResolvedValue(plan);
    api.planPart.mockImplementation(async (_id, _lang, part, baseline) => `<p>${part} ${baseline}</p>`);
  });

  it('opens an assessment on the step where it was left, with that page of questions', async () => {
    const flow = await openedOn('deep-4-0');
    expect(flow.step).toBe('deep-4-0');
    expect(flow.index).toBe(4);
    expect(flow.page?.questions.map((q) => q.practice.id)).toEqual(['practice:patch', 'practice:edr', 'practice:logs']);
  });

  it('opens an assessment saved on a step this path does not have at the first screen', async () => {
    const flow = await openedOn('deep-9-9');
    expect(flow.step).toBe('profile');
    expect(flow.page).toBeUndefined();
  });

  it('counts progress in questions and minutes over the pages of the path', () => {
    const state = assessment('quick-0');
    state.answers.answers = { 'practice:mfa': 2, 'practice:backup': 'unknown' };
    // Six questions, two answered; four left at 40 seconds each.
    expect(questionProgress(path, state)).toEqual({ answered: 2, total: 6, minutes: 3 });
    expect(questionProgress(null, null)).toEqual({ answered: 0, total: 0, minutes: 0 });
  });

  it('warns before going on from a page with unanswered questions, and goes once confirmed', async () => {
    const flow = await openedOn('quick-0');
    await flow.answer('practice:mfa', 3);
    expect(flow.unanswered('quick-0')).toBe(1);
    expect(await flow.request(flow.index + 1)).toBe(false);
    expect(flow.leaving).toBe(2);
    expect(flow.step).toBe('quick-0');
    expect(await flow.go(flow.leaving!)).toBe(true);
    expect(flow.step).toBe('quick-1');
    expect(flow.leaving).toBeNull();
    // Going back never asks.
    expect(await flow.request(0)).toBe(true);
    expect(flow.step).toBe('profile');
  });

  it('saves each step it goes to, and stays within the first and last step', async () => {
    const flow = await openedOn('profile');
    expect(await flow.go(-1)).toBe(true);
    expect(flow.step).toBe('profile');
    expect(await flow.go(99)).toBe(true);
    expect(flow.step).toBe('finish');
    expect(flow.isLast).toBe(true);
    expect(api.setStep.mock.calls).toEqual([
      [7, 'profile'],
      [7, 'finish'],
    ]);
  });

  it('loads the plan on the screens that show it, and only there', async () => {
    const flow = await openedOn('quick-1');
    expect(api.plan).not.toHaveBeenCalled();
    await flow.go(flow.steps.indexOf('snapshot'));
    expect(api.plan).toHaveBeenCalledWith(7, 'en');
    expect(flow.document).toBe('<p>scores null</p>');
    await flow.go(flow.steps.indexOf('roadmap'));
    expect(api.planPart).toHaveBeenLastCalledWith(7, 'en', 'roadmap', null);
    expect(flow.document).toBe('<p>roadmap null</p>');
  });

  it('stays on its step when the step cannot be saved, and says why', async () => {
    const flow = await openedOn('quick-1');
    api.setStep.mockRejectedValueOnce(READ_ONLY);
    expect(await flow.go(flow.index + 1)).toBe(false);
    expect(flow.step).toBe('quick-1');
    expect(errors).toEqual([READ_ONLY]);
  });

  it('shows a refused answer, lists it as unsaved once, and reports the refusal once', async () => {
    const flow = await openedOn('quick-0');
    api.setAnswer.mockRejectedValue(READ_ONLY);
    await flow.answer('practice:mfa', 2);
    await flow.answer('practice:mfa', 3);
    await flow.answer('practice:backup', 'unknown');
    expect(flow.current?.answers.answers).toEqual({ 'practice:mfa': 3, 'practice:backup': 'unknown' });
    expect(flow.unsaved).toEqual(['practice:mfa', 'practice:backup']);
    expect(errors).toEqual([READ_ONLY]);
  });

  it('asks for the path again after each saved answer (the snapshot and deep dives follow answers)', async () => {
    const flow = await openedOn('quick-0');
    await flow.answer('practice:mfa', 1);
    expect(api.path).toHaveBeenCalledWith(7, 'en');
  });

  it('saves the deep dives chosen and a target, then reloads what they change', async () => {
    const flow = await openedOn('snapshot');
    await flow.chooseDeepDives(['cmg3:D2']);
    expect(api.setDeepDives).toHaveBeenCalledWith(7, ['cmg3:D2']);
    api.assessment.mockResolvedValueOnce(assessment('targets'));
    await flow.setTarget('cmg3:D2', 4, 'regulator expects it');
    expect(api.setTarget).toHaveBeenCalledWith({ assessment: 7, item: 'cmg3:D2', level: 4, reason: 'regulator expects it' });
    expect(api.path).toHaveBeenCalledTimes(2);
  });

  it('compares with another assessment and forgets it on closing', async () => {
    const flow = await openedOn('results');
    flow.comparedWith = '3';
    await flow.compare();
    expect(api.planPart).toHaveBeenLastCalledWith(7, 'en', 'scores', 3);
    await flow.close();
    expect(flow.current).toBeNull();
    expect(flow.path).toBeNull();
    expect(flow.document).toBe('');
    expect(flow.comparedWith).toBe('');
  });
});
