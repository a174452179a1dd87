import type { Lang } from '../../i18n/index.ts';

/** True when the page was opened as reveal.js' PDF layout (`?print-pdf`). */
export function isPrintView(search: string): boolean {
  return /(?:^|[?&])print-pdf(?:[=&]|$)/i.test(search);
}

/** The address of the PDF layout of this deck, in `lang`, from the current address. */
export function printUrl(href: string, lang: Lang): string {
  const url = new URL(href);
  url.hash = '';
  const params = new URLSearchParams(url.search);
  params.delete('print-pdf');
  params.set('lang', lang);
  // reveal.js looks for the bare `print-pdf` flag in the query.
  url.search = `?print-pdf&${params.toString()}`;
  return url.toString();
}
