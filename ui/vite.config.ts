import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI reads the same Fluent files as the Rust side, from ../locales.
export default defineConfig({
  plugins: [svelte()],
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
