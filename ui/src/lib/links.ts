// Links inside guide text never navigate the app's window away: the webview must keep showing
// Shirube. Web addresses are left visible (title) for the reader to open elsewhere.
export function guardLinks(node: HTMLElement) {
  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest('a');
    if (anchor && node.contains(anchor)) event.preventDefault();
  };
  const titleLinks = () => {
    for (const anchor of node.querySelectorAll('a[href]')) {
      anchor.setAttribute('title', anchor.getAttribute('href') ?? '');
    }
  };
  titleLinks();
  const observer = new MutationObserver(titleLinks);
  observer.observe(node, { childList: true, subtree: true });
  node.addEventListener('click', onClick);
  return {
    destroy() {
      observer.disconnect();
      node.removeEventListener('click', onClick);
    },
  };
}
