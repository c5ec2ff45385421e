import type { Kind } from './bindings';

// Fluent IDs for item kinds, written out so the tidy test can check each one exists; the type
// makes every kind the bundled packs declare (generated `Kind`) need one.
export const KIND_MESSAGE: Record<Kind, string> = {
  function: 'kind-function',
  category: 'kind-category',
  subcategory: 'kind-subcategory',
  principle: 'kind-principle',
  directive: 'kind-directive',
  sector: 'kind-sector',
  guideline: 'kind-guideline',
  practice: 'kind-practice',
  term: 'kind-term',
  obligation: 'kind-obligation',
};

/** The Fluent ID for any item's kind; a kind only a user pack declares reads as an item. */
export function kindMessage(kind: string): string {
  return (KIND_MESSAGE as Record<string, string>)[kind] ?? 'kind-other';
}
