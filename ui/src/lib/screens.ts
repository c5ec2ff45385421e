// The screens the start page does not show, each in its own chunk: the start parses and runs only
// what it paints. App.svelte loads them all once the start page is painted, so opening one later
// does not wait for its code.
export const loadNavigator = () => import('../components/navigator/Navigator.svelte');
export const loadLibrary = () => import('../components/Library.svelte');
export const loadReader = () => import('../components/Reader.svelte');
export const loadSearchResults = () => import('../components/SearchResults.svelte');

export function preloadScreens(): Promise<unknown> {
  return Promise.all([loadNavigator(), loadLibrary(), loadReader(), loadSearchResults()]);
}
