// Each screen's title, from its step ID and the path: the same words in the step list and as
// the screen's heading.
import type { PathView, StepId } from '../../lib/bindings';

type Translate = (id: string, args?: Record<string, string | number>) => string;

export function stepTitle(step: StepId, path: PathView, t: Translate): string {
  const page = path.pages.find((p) => p.step === step);
  if (step.startsWith('quick-')) {
    const quickPages = path.pages.filter((p) => p.step.startsWith('quick-')).length;
    return t('nav-step-quick', { page: Number(step.slice('quick-'.length)) + 1, pages: quickPages });
  }
  if (step.startsWith('deep-') && page?.directive) {
    const [, , pageIndex] = step.split('-');
    const pages = path.pages.filter((p) => p.directive?.id === page.directive?.id).length;
    return t('nav-step-deep', {
      directive: page.directive.label,
      title: page.directive.title,
      page: Number(pageIndex) + 1,
      pages,
    });
  }
  return t(`nav-step-${step}`);
}
