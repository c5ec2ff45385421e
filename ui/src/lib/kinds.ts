// Fluent IDs for item kinds, written out so the tidy test can check each one exists.
export const KIND_MESSAGE: Record<string, string> = {
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
