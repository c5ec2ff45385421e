// What the search box and its results show: the query, the filters, the hits and which one is
// active. Answers come back out of order while the user types; only the latest one is shown.
import type { SearchHit } from '../bindings';
import { locale } from '../i18n.svelte';
import { api } from '../ipc';
import { reportError } from './errors.svelte';

export type SearchFilters = { pack: string; kind: string; sector: string };

const LIMIT = 30;

export class SearchState {
  query = $state('');
  filters = $state<SearchFilters>({ pack: '', kind: '', sector: '' });
  hits = $state<SearchHit[]>([]);
  /** True when more matched than are shown: the count says "the best 30", not "30". */
  more = $state(false);
  activeIndex = $state(-1);
  /** False until the index is built in the background; searching waits for it. */
  ready = $state(false);
  readonly searching = $derived(this.query.trim() !== '');
  readonly active = $derived(this.hits[this.activeIndex] ?? null);
  // Numbers every search; an answer is shown only if no later search has started since.
  #sequence = 0;

  /**
   * Searches for the current query and filters. Resolves to the search's sequence number once
   * its hits are the ones shown, or to null when there was nothing to show (no query, index not
   * ready, a newer search started meanwhile, or an error, which is reported).
   */
  async run(): Promise<number | null> {
    const mine = ++this.#sequence;
    if (!this.searching || !this.ready) {
      this.#show([]);
      return null;
    }
    try {
      const found = await api.search({
        query: this.query,
        lang: locale.lang,
        // One more than is shown, to know whether the list stops short of everything found.
        limit: LIMIT + 1,
        pack: this.filters.pack || null,
        kind: this.filters.kind || null,
        sector: this.filters.sector || null,
      });
      if (mine !== this.#sequence) return null;
      this.#show(found);
      return mine;
    } catch (raw) {
      reportError(raw);
      return null;
    }
  }

  /** Moves the active hit by `delta`, wrapping around at either end. */
  move(delta: number): void {
    if (this.hits.length === 0) return;
    this.activeIndex = (this.activeIndex + delta + this.hits.length) % this.hits.length;
  }

  #show(found: SearchHit[]) {
    const hits = found.slice(0, LIMIT);
    this.more = found.length > LIMIT;
    this.hits = hits;
    this.activeIndex = hits.length > 0 ? 0 : -1;
  }
}

/** The words a hit matched, to mark in the reader once it is opened. */
export function matchedTerms(hit: SearchHit): string[] {
  return [...hit.title, ...hit.snippet].filter((segment) => segment.hit).map((segment) => segment.text);
}
