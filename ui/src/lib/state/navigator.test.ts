// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentState, ItemView, PlanView, QuestionGroup, StepId } from '../bindings';
import { locale } from '../i18n.svelte';
import { errors } from './errors.svelte';
import { NavigatorFlow, stepIds } from './navigator.svelte';

const api = vi.hoisted(() => ({
  questions: vi.fn(),
  principles: vi.fn(),
  assessments: vi.fn(),
  assessment: vi.fn(),
  setStep: vi.fn(),
  setAnswer: vi.fn(),
  setProfile: vi.fn(),
  plan: vi.fn(),
  planPart: vi.fn(),
}));
vi.mock('../ipc', async (importOriginal) => ({ ...(await importOriginal<typeof import('../ipc')>()), api }));

const DIRECTIVES = 10;
const READ_ONLY = { code: 'store-read-only', message: '/data/shirube.db' };

function group(index: number): QuestionGroup {
  const directive = { id: `cmg3:D${index + 1}`, label: `D${index + 1}`, title: `Directive ${index + 1}`, kind: 'directive' };
  return { directive, summary: '', questions: [] };
}

function assessment(step: StepId): AssessmentState {
  return {
    id: 7,
    step,
    answers: { schema: 'shirube.answers/2', sector: 'general', profile: { size: '', ot: false, iot: false }, answers: {} },
  };
}

/** A plan (state holds a copy, not the object). */
const plan: PlanView = {
  directives: [{ item: { id: 'cmg3:D1', label: 'D1', title: 'Directive 1', kind: 'directive' }, score: 50, unknowns: 0 }],
  functions: [],
  roadmap: [],
};

/** A flow with its questions loaded and an assessment opened on `step`. */
async function openedOn(step: StepId): Promise<NavigatorFlow> {
  const flow = new NavigatorFlow();
  await flow.refresh();
  api.assessment.mockResolvedValueOnce(assessment(step));
  expect(await flow.open(7)).toBe(true);
  api.setStep.mockClear();
  api.plan.mockClear();
  return flow;
}

describe('stepIds', () => {
  it('are the IDs saved assessments and the end-to-end tests rely on, in order', () => {
    expect(stepIds(DIRECTIVES)).toEqual([
      'profile',
      'principles',
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `assess-${i}`),
      'results',
      'roadmap',
      'finish',
    ]);
  });
});

describe('NavigatorFlow', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    errors.length = 0;
    locale.lang = 'en';
    api.questions.mockResolvedValue(Array.from({ length: DIRECTIVES }, (_, i) => group(i)));
    api.principles.mockImplementation(async () => ['cmg3:P1', 'cmg3:P2', 'cmg3:P3'].map((id) => ({ id }) as ItemView));
    api.assessments.mockResolvedValue([]);
    api.setStep.mockResolvedValue(null);
    api.setAnswer.mockResolvedValue(null);
    api.plan.mockResolvedValue(plan);
    api.planPart.mockImplementation(async (_id, _lang, part, baseline) => `<p>${part} ${baseline}</p>`);
  });

  it('loads the questions and the three principles in the current language', async () => {
    locale.lang = 'ja';
    const flow = new NavigatorFlow();
    await flow.refresh();
    expect(api.questions).toHaveBeenCalledWith('ja');
    expect(api.principles).toHaveBeenCalledWith('ja');
    expect(flow.principles.map((p) => p.id)).toEqual(['cmg3:P1', 'cmg3:P2', 'cmg3:P3']);
    expect(flow.steps).toHaveLength(DIRECTIVES + 5);
  });

  it('opens an assessment on the step where it was left', async () => {
    const flow = await openedOn('assess-3');
    expect(flow.step).toBe('assess-3');
    expect(flow.index).toBe(5);
    expect(flow.group?.directive.id).toBe('cmg3:D4');
  });

  it('opens an assessment saved on a step this flow does not have at the first screen', async () => {
    const flow = await openedOn('assess-99');
    expect(flow.step).toBe('profile');
    expect(flow.group).toBeUndefined();
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
    const flow = await openedOn('principles');
    await flow.go(flow.index + 1);
    expect(flow.step).toBe('assess-0');
    expect(api.plan).not.toHaveBeenCalled();
    await flow.go(flow.steps.indexOf('results'));
    expect(api.plan).toHaveBeenCalledWith(7, 'en');
    expect(flow.plan).toEqual(plan);
    expect(flow.document).toBe('<p>scores null</p>');
    await flow.go(flow.index + 1);
    expect(api.planPart).toHaveBeenLastCalledWith(7, 'en', 'roadmap', null);
    expect(flow.document).toBe('<p>roadmap null</p>');
  });

  it('stays on its step when the step cannot be saved, and says why', async () => {
    const flow = await openedOn('principles');
    api.setStep.mockRejectedValueOnce(READ_ONLY);
    expect(await flow.go(flow.index + 1)).toBe(false);
    expect(flow.step).toBe('principles');
    expect(errors).toEqual([READ_ONLY]);
  });

  it('shows a refused answer, lists it as unsaved once, and reports the refusal once', async () => {
    const flow = await openedOn('assess-0');
    api.setAnswer.mockRejectedValue(READ_ONLY);
    await flow.answer('practice:mfa', 2);
    await flow.answer('practice:mfa', 3);
    await flow.answer('practice:backup', 'unknown');
    expect(flow.current?.answers.answers).toEqual({ 'practice:mfa': 3, 'practice:backup': 'unknown' });
    expect(flow.unsaved).toEqual(['practice:mfa', 'practice:backup']);
    expect(errors).toEqual([READ_ONLY]);
  });

  it('takes an answer off the unsaved list once it is saved', async () => {
    const flow = await openedOn('assess-0');
    api.setAnswer.mockRejectedValueOnce(READ_ONLY).mockRejectedValueOnce(READ_ONLY);
    await flow.answer('practice:mfa', 1);
    await flow.answer('practice:backup', 1);
    await flow.answer('practice:mfa', 2);
    expect(api.setAnswer).toHaveBeenLastCalledWith({ assessment: 7, practice: 'practice:mfa', answer: 2 });
    expect(flow.unsaved).toEqual(['practice:backup']);
  });

  it('starts a newly opened assessment with nothing unsaved', async () => {
    const flow = await openedOn('assess-0');
    api.setAnswer.mockRejectedValueOnce(READ_ONLY);
    await flow.answer('practice:mfa', 1);
    api.assessment.mockResolvedValueOnce(assessment('assess-0'));
    await flow.open(7);
    expect(flow.unsaved).toEqual([]);
  });

  it('compares with another assessment and forgets it on closing', async () => {
    const flow = await openedOn('results');
    flow.comparedWith = '3';
    await flow.compare();
    expect(api.planPart).toHaveBeenLastCalledWith(7, 'en', 'scores', 3);
    expect(flow.document).toBe('<p>scores 3</p>');
    await flow.close();
    expect(flow.current).toBeNull();
    expect(flow.plan).toBeNull();
    expect(flow.document).toBe('');
    expect(flow.comparedWith).toBe('');
    expect(flow.step).toBe('profile');
  });

  it('lists the other saved assessments to compare with, not the open one', async () => {
    const saved = (id: number) => ({ id, name: `A${id}`, sector: 'general', step: 'profile', created_at: '', updated_at: '', answered: 0 });
    api.assessments.mockResolvedValue([saved(3), saved(7)]);
    const flow = await openedOn('results');
    expect(flow.others.map((a) => a.id)).toEqual([3]);
  });
});
