// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchRequest } from '../bindings';
import { locale } from '../i18n.svelte';
import { errors } from './errors.svelte';
import { matchedTerms, SearchState } from './search.svelte';

const api = vi.hoisted(() => ({ search: vi.fn() }));
vi.mock('../ipc', async (importOriginal) => ({ ...(await importOriginal<typeof import('../ipc')>()), api }));

function hit(id: string): SearchHit {
  return { id, lang: 'en', title: [{ text: id, hit: false }], breadcrumb: '', snippet: [], score: 1 };
}

/** A search answer the test hands back when it chooses, to play answers out of order. */
function deferred() {
  let resolve!: (hits: SearchHit[]) => void;
  let reject!: (raw: unknown) => void;
  const promise = new Promise<SearchHit[]>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function readyState(query: string): SearchState {
  const search = new SearchState();
  search.ready = true;
  search.query = query;
  return search;
}

describe('SearchState', () => {
  beforeEach(() => {
    api.search.mockReset();
    errors.length = 0;
    locale.lang = 'en';
  });

  it('sends the query, language and filters, with empty filters as none', async () => {
    api.search.mockResolvedValue([hit('a'), hit('b')]);
    locale.lang = 'ja';
    const search = readyState('ランサムウェア');
    search.filters.sector = 'finance';
    expect(await search.run()).toBe(1);
    expect(api.search).toHaveBeenCalledWith<[SearchRequest]>({
      query: 'ランサムウェア',
      lang: 'ja',
      limit: 31,
      pack: null,
      kind: null,
      sector: 'finance',
    });
    expect(search.hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(search.active?.id).toBe('a');
    expect(search.more).toBe(false);
  });

  it('shows thirty and says there are more when a thirty-first came back', async () => {
    api.search.mockResolvedValue(Array.from({ length: 31 }, (_, n) => hit(`h${n}`)));
    const search = readyState('security');
    await search.run();
    expect(search.hits).toHaveLength(30);
    expect(search.hits.at(-1)?.id).toBe('h29');
    expect(search.more).toBe(true);
  });

  it('shows only the latest answer when an earlier one arrives after it', async () => {
    const slow = deferred();
    const fast = deferred();
    api.search.mockReturnValueOnce(slow.promise).mockReturnValueOnce(fast.promise);
    const search = readyState('ran');
    const first = search.run();
    search.query = 'ransomware';
    const second = search.run();
    fast.resolve([hit('latest')]);
    expect(await second).toBe(2);
    slow.resolve([hit('stale')]);
    expect(await first).toBeNull();
    expect(search.hits.map((h) => h.id)).toEqual(['latest']);
  });

  it('drops an answer that arrives after the query was cleared', async () => {
    const pending = deferred();
    api.search.mockReturnValueOnce(pending.promise);
    const search = readyState('ransomware');
    const running = search.run();
    search.query = '  ';
    expect(await search.run()).toBeNull();
    pending.resolve([hit('stale')]);
    expect(await running).toBeNull();
    expect(search.hits).toEqual([]);
    expect(search.activeIndex).toBe(-1);
  });

  it('asks nothing until the index is ready', async () => {
    const search = new SearchState();
    search.query = 'cloud';
    expect(await search.run()).toBeNull();
    expect(api.search).not.toHaveBeenCalled();
    search.ready = true;
    api.search.mockResolvedValue([hit('cloud')]);
    expect(await search.run()).not.toBeNull();
    expect(search.hits).toHaveLength(1);
  });

  it('reports a failed search and keeps the hits it had', async () => {
    api.search.mockResolvedValueOnce([hit('a')]).mockRejectedValueOnce({ code: 'search-not-ready', message: '' });
    const search = readyState('a');
    await search.run();
    expect(await search.run()).toBeNull();
    expect(search.hits.map((h) => h.id)).toEqual(['a']);
    expect(errors).toEqual([{ code: 'search-not-ready', message: '' }]);
  });

  it('moves the active hit around, wrapping at both ends', async () => {
    api.search.mockResolvedValue([hit('a'), hit('b'), hit('c')]);
    const search = readyState('x');
    await search.run();
    search.move(-1);
    expect(search.active?.id).toBe('c');
    search.move(1);
    search.move(1);
    expect(search.active?.id).toBe('b');
  });

  it('has no active hit to move to when nothing was found', async () => {
    api.search.mockResolvedValue([]);
    const search = readyState('zzqqxx');
    await search.run();
    search.move(1);
    expect(search.activeIndex).toBe(-1);
    expect(search.active).toBeNull();
  });
});

describe('matchedTerms', () => {
  it('takes the matched words from the title and the snippet, in order', () => {
    const found: SearchHit = {
      ...hit('x'),
      title: [
        { text: 'Multi-factor ', hit: false },
        { text: 'authentication', hit: true },
      ],
      snippet: [
        { text: 'use ', hit: false },
        { text: 'MFA', hit: true },
      ],
    };
    expect(matchedTerms(found)).toEqual(['authentication', 'MFA']);
  });
});
