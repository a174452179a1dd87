/**
 * Export in the explore view: every chart the simulator draws (SVG, PNG) and
 * every table (CSV), found in the panel as shown, so the files hold what the
 * reader sees in the current language and settings.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { t as translate, useLang } from '../../i18n/index.ts';
import { encodePlacement, placementValues } from './defineSim.tsx';
import { downloadBlob, exportFileName, svgDocument, svgToPng, tableToCsv } from './exportFiles.ts';

interface Item {
  readonly kind: 'chart' | 'table';
  readonly index: number;
  readonly element: Element;
}

export function ExportMenu({ placement, name, caption }: { readonly placement: string; readonly name: string; readonly caption?: string }) {
  const lang = useLang();
  const ref = useRef<HTMLSpanElement>(null);
  const [items, setItems] = useState<readonly Item[] | null>(null);
  const [error, setError] = useState(false);

  const open = () => {
    const body = ref.current?.closest('.sim-explore')?.querySelector('.sim-explore-body');
    if (!body) return;
    const charts = [...body.querySelectorAll('svg.ui-chart')].map((element, index): Item => ({ kind: 'chart', index, element }));
    const tables = [...body.querySelectorAll('table')].filter((t) => !t.closest('.ui-derivation')).map((element, index): Item => ({ kind: 'table', index, element }));
    setItems(items === null ? [...charts, ...tables] : null);
    setError(false);
  };

  const file = (item: Item, ext: string) => exportFileName({
    caption, name, state: placementValues(placement) ?? {}, settings: encodePlacement(placement) ?? '', index: item.index, kind: item.kind === 'chart' ? translate('export.chart', undefined, lang) : translate('export.table', undefined, lang), ext,
  });

  const save = (item: Item, format: 'svg' | 'png' | 'csv') => {
    setError(false);
    if (format === 'csv') {
      downloadBlob(new Blob([tableToCsv(item.element as HTMLTableElement)], { type: 'text/csv;charset=utf-8' }), file(item, 'csv'));
      return;
    }
    const svg = item.element as SVGSVGElement;
    const text = svgDocument(svg);
    if (format === 'svg') {
      downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), file(item, 'svg'));
      return;
    }
    const box = svg.viewBox.baseVal;
    svgToPng(text, box?.width || svg.clientWidth, box?.height || svg.clientHeight).then((png) => downloadBlob(png, file(item, 'png')), () => setError(true));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && items !== null) {
      e.stopPropagation();
      setItems(null);
    }
  };

  return (
    <span className="sim-export" ref={ref} onKeyDown={onKeyDown}>
      <button type="button" className="sim-share-button ui-action" data-action="sim-export" aria-expanded={items !== null} onClick={open}>
        {translate('export.button', undefined, lang)}
      </button>
      {items !== null && (
        <span className="sim-share-popover sim-export-menu" role="group" aria-label={translate('export.button', undefined, lang)}>
          {items.length === 0 && <span>{translate('export.nothing', undefined, lang)}</span>}
          {items.map((item) => {
            const label = `${translate(item.kind === 'chart' ? 'export.chart' : 'export.table', undefined, lang)} ${item.index + 1}`;
            const summary = item.kind === 'chart' ? item.element.getAttribute('aria-label') ?? '' : item.element.querySelector('caption')?.textContent ?? '';
            return (
              <span key={`${item.kind}-${item.index}`} className="sim-export-row">
                <span className="sim-export-name" title={summary}>{label}{summary ? `: ${summary.slice(0, 60)}${summary.length > 60 ? '…' : ''}` : ''}</span>
                {item.kind === 'chart' ? (
                  <>
                    <button type="button" className="ui-button" data-export="svg" onClick={() => save(item, 'svg')}>SVG</button>
                    <button type="button" className="ui-button" data-export="png" onClick={() => save(item, 'png')}>PNG</button>
                  </>
                ) : (
                  <button type="button" className="ui-button" data-export="csv" onClick={() => save(item, 'csv')}>CSV</button>
                )}
              </span>
            );
          })}
          {error && <span role="alert">{translate('export.failed', undefined, lang)}</span>}
        </span>
      )}
    </span>
  );
}
