import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI reads the same Fluent files as the Rust side, from ../locales.
export default defineConfig({
  plugins: [svelte()],
  // Component tests mount into jsdom, so Svelte's browser build, not its server build.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  clearScreen: false,
  server: { fs: { allow: ['..'] } },
  build: {
    target: 'es2022',
    // Nothing inline: the CSP allows only 'self' scripts and styles.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
