// Fluent in the UI, from the same locales/*/*.ftl files the Rust side embeds. Isolation marks
// are off, as in Rust. `t` reads the current language, so templates re-render when it changes.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang } from './bindings';

const sources = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

export function buildBundle(locale: string, files: Record<string, string>): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const [path, text] of Object.entries(files).sort()) {
    if (path.includes(`/${locale}/`)) {
      const errors = bundle.addResource(new FluentResource(text));
      if (errors.length > 0) console.error(`Fluent errors in ${path}`, errors);
    }
  }
  return bundle;
}

// Parsed on first use: the start shows one language, and parsing the other would only delay it.
const bundles: Partial<Record<Lang, FluentBundle>> = {};

function bundleFor(lang: Lang): FluentBundle {
  const parsed = bundles[lang] ?? buildBundle(LOCALES[lang], sources);
  bundles[lang] = parsed;
  return parsed;
}

export const locale = $state<{ lang: Lang }>({ lang: 'en' });

export function setLocale(lang: Lang): void {
  locale.lang = lang;
  document.documentElement.lang = lang;
}

/** A localized message; a missing ID shows the ID itself, so a gap is visible, never blank. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const bundle = bundleFor(locale.lang);
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args);
}
