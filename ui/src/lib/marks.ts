// The page's start-up phases as User Timing marks. They go to the app's own shell with the first
// paint, where `cargo xtask bench --startup-profile` reads them beside the shell's phases; the
// webview has no inspector here, so this is how its share of the start is seen.
const PREFIX = 'shirube:';

export function mark(phase: string): void {
  performance.mark(PREFIX + phase);
}

// main.ts imports this module first: this line runs once the bundle is fetched and parsed,
// before any other module of it is evaluated.
mark('script-start');

/** The marks, and when the document arrived, in ms since the Unix epoch. (WebKit keeps no
 * resource timing for the app's own scheme, so the scripts' arrival is not among them.) */
export function pageMarks(): [string, number][] {
  const origin = performance.timeOrigin;
  const marks: [string, number][] = performance
    .getEntriesByType('mark')
    .filter((entry) => entry.name.startsWith(PREFIX))
    .map((entry) => [entry.name.slice(PREFIX.length), origin + entry.startTime]);
  const [page] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (page) marks.push(['html-received', origin + page.responseEnd]);
  return marks;
}
