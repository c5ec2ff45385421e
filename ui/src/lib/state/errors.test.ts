// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { dismissError, errors, reportError } from './errors.svelte';

describe('the error store', () => {
  beforeEach(() => {
    errors.length = 0;
  });

  it('shows the same error once, however often it is reported', () => {
    for (let i = 0; i < 3; i++) reportError({ code: 'store-read-only', message: '/data/shirube.db' });
    expect(errors).toEqual([{ code: 'store-read-only', message: '/data/shirube.db' }]);
  });

  it('keeps errors that differ in code or in detail', () => {
    reportError({ code: 'disk-full', message: 'a' });
    reportError({ code: 'disk-full', message: 'b' });
    reportError({ code: 'store-read-only', message: 'a' });
    expect(errors.map((e) => `${e.code} ${e.message}`)).toEqual(['disk-full a', 'disk-full b', 'store-read-only a']);
  });

  it('shows anything that is not an AppError as an internal error with its text', () => {
    reportError(new Error('boom'));
    reportError({ code: 'no-such-code', message: 'x' });
    expect(errors.map((e) => e.code)).toEqual(['internal', 'internal']);
    expect(errors[0].message).toBe('Error: boom');
  });

  it('forgets a dismissed error, so it shows again when it happens again', () => {
    reportError({ code: 'disk-full', message: 'a' });
    reportError({ code: 'internal', message: 'b' });
    dismissError(0);
    expect(errors.map((e) => e.code)).toEqual(['internal']);
    reportError({ code: 'disk-full', message: 'a' });
    expect(errors.map((e) => e.code)).toEqual(['internal', 'disk-full']);
  });
});
