// Marks the words a search matched inside the reader's text. It walks text nodes only, so the
// sanitized HTML is never re-parsed, and wraps each match in <mark>.
export function markTerms(root: HTMLElement, terms: string[]): number {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0) return 0;
  const escaped = wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      fragment.append(mark);
      at = start + match[0].length;
      marked += 1;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return marked;
}
