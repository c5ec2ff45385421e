// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markTerms } from './highlight';

describe('markTerms', () => {
  it('wraps every match in <mark>, case-insensitively, without touching markup', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Backups beat <strong>ransomware</strong>. バックアップを確認します。</p>';
    expect(markTerms(root, ['backup', 'Ransomware', 'バックアップ'])).toBe(3);
    expect(root.querySelectorAll('mark')).toHaveLength(3);
    expect(root.querySelector('strong mark')?.textContent).toBe('ransomware');
    expect(root.textContent).toBe('Backups beat ransomware. バックアップを確認します。');
  });

  it('treats terms as text, not patterns', () => {
    const root = document.createElement('div');
    root.textContent = 'a.b and axb';
    expect(markTerms(root, ['a.b'])).toBe(1);
    expect(markTerms(root, ['   '])).toBe(0);
  });
});
