// Links inside guide text never navigate the app's window away: the webview must keep showing
// Shirube (the shell refuses such navigation too). A click on a link hands its address to
// `onexternal`, so the UI can show it for the reader to open in a browser of their own.
export function guardLinks(node: HTMLElement, onexternal: (url: string) => void) {
  let report = onexternal;
  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor || !node.contains(anchor)) return;
    event.preventDefault();
    const href = anchor.getAttribute('href');
    if (href) report(href);
  };
  const markLinks = () => {
    for (const anchor of node.querySelectorAll('a[href]')) {
      anchor.setAttribute('title', anchor.getAttribute('href') ?? '');
      anchor.classList.add('external');
    }
  };
  markLinks();
  const observer = new MutationObserver(markLinks);
  observer.observe(node, { childList: true, subtree: true });
  node.addEventListener('click', onClick);
  return {
    update(next: (url: string) => void) {
      report = next;
    },
    destroy() {
      observer.disconnect();
      node.removeEventListener('click', onClick);
    },
  };
}
