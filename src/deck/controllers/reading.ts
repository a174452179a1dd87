import type { Lang } from '../../i18n/index.ts';

/** True when the page was opened in reading mode (`?read`): the lecture as one scrolling page. */
export function isReadingView(search: string): boolean {
  return /(?:^|[?&])read(?:[=&]|$)/i.test(search);
}

/** The address of the reading mode (or, with `reading` false, the slides) in `lang`, at section `sectionId`. */
export function readingUrl(href: string, lang: Lang, reading: boolean, sectionId?: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete('read');
  params.delete('print-pdf');
  params.set('lang', lang);
  url.search = reading ? `?read&${params.toString()}` : `?${params.toString()}`;
  url.hash = sectionId ? (reading ? sectionId : `/${sectionId}`) : '';
  return url.toString();
}
