// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { guardLinks } from './links';

function body(html: string) {
  const node = document.createElement('div');
  node.innerHTML = html;
  document.body.append(node);
  const seen: string[] = [];
  const action = guardLinks(node, (url) => seen.push(url));
  return { node, seen, action };
}

function click(element: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  element.dispatchEvent(event);
  return event;
}

describe('guardLinks', () => {
  it('keeps a click on a link from navigating and hands over the address', () => {
    const { node, seen } = body('<p><a href="https://www.nist.gov/"><strong>NIST</strong></a></p>');
    const event = click(node.querySelector('strong')!);
    expect(event.defaultPrevented).toBe(true);
    expect(seen).toEqual(['https://www.nist.gov/']);
  });

  it('marks every link as external and shows its address on hover', () => {
    const { node } = body('<a href="mailto:ciso@example.com">mail</a>');
    const anchor = node.querySelector('a')!;
    expect(anchor.classList.contains('external')).toBe(true);
    expect(anchor.title).toBe('mailto:ciso@example.com');
  });

  it('leaves clicks outside links alone', () => {
    const { node, seen } = body('<p>text</p>');
    expect(click(node.querySelector('p')!).defaultPrevented).toBe(false);
    expect(seen).toEqual([]);
  });

  it('stops listening once destroyed', () => {
    const { node, seen, action } = body('<a href="https://example.com/">x</a>');
    action.destroy();
    click(node.querySelector('a')!);
    expect(seen).toEqual([]);
  });
});
