/**
 * A table computed live (the outline's 表N): caption, headers with units,
 * sortable by clicking a header, an optional highlighted row, and a scroll
 * region so wide tables scroll sideways on phones instead of overflowing.
 */
import { useState } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { htmlLangOf, useText, type Text } from '../i18n/index.ts';
import { uiText } from './strings.ts';
import { sortRows, type Cell, type SortDirection } from './tableSort.ts';

export interface TableColumn<R> {
  readonly id: string;
  readonly header: Text;
  /** Printed under the header ("GB", "ms"); values in the column are then bare numbers. */
  readonly unit?: Text;
  readonly value: (row: R) => Cell;
  /** Cell text; default formatNumber for numbers, the string itself otherwise. */
  readonly format?: (value: Cell, row: R) => string;
  readonly align?: 'start' | 'end';
  /** Keep a short text column on one line (text columns otherwise wrap). */
  readonly noWrap?: boolean;
  readonly sortable?: boolean;
  /** Row header column (first column usually): rendered as <th scope="row">. */
  readonly rowHeader?: boolean;
  /** The cell's text as a link to this address (a slide: `#/<slide id>`), when it returns one. */
  readonly href?: (row: R) => string | undefined;
}

export interface LiveTableProps<R> {
  /** E.g. { zh: '表2 …', en: 'Table 2 …' }. */
  readonly caption: Text;
  readonly columns: readonly TableColumn<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  readonly highlightKey?: string | null;
  /** Smaller font for dense tables. */
  readonly dense?: boolean;
  readonly initialSort?: { readonly columnId: string; readonly direction: SortDirection };
}

function cellText<R>(column: TableColumn<R>, row: R): string {
  const v = column.value(row);
  if (column.format) return column.format(v, row);
  return typeof v === 'number' ? formatNumber(v) : v;
}

export function LiveTable<R>({ caption, columns, rows, rowKey, highlightKey, dense, initialSort }: LiveTableProps<R>) {
  const { lang, t } = useText();
  const [sort, setSort] = useState(initialSort ?? null);
  const sortColumn = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
  const shown = sort && sortColumn ? sortRows(rows, sortColumn.value, sort.direction, htmlLangOf(lang)) : rows;

  const toggleSort = (columnId: string) => {
    setSort((s) => (s?.columnId === columnId ? { columnId, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { columnId, direction: 'ascending' }));
  };

  return (
    <div className="ui-table-scroll" role="region" aria-label={t(caption)} tabIndex={0}>
      <table className={dense ? 'ui-table ui-table-dense' : 'ui-table'}>
        <caption className="ui-table-caption">{t(caption)}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.columnId === c.id;
              const heading = (
                <>
                  <span>{t(c.header)}</span>
                  {c.unit !== undefined && <span className="ui-table-unit">({t(c.unit)})</span>}
                </>
              );
              return (
                <th key={c.id} scope="col" className={c.align === 'start' ? 'ui-align-start' : 'ui-align-end'} aria-sort={active && sort ? sort.direction : undefined}>
                  {c.sortable === false ? heading : (
                    <button type="button" className="ui-sort-button" onClick={() => toggleSort(c.id)} title={t(uiText.sortBy) + t(c.header)}>
                      {heading}
                      <span aria-hidden="true" className="ui-sort-mark">{active && sort ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const key = rowKey(row);
            const highlighted = key === highlightKey;
            return (
              <tr key={key} className={highlighted ? 'ui-row-highlight' : undefined} aria-current={highlighted || undefined}>
                {columns.map((c) => {
                  const className = (c.align === 'start' ? 'ui-align-start' : 'ui-align-end ui-num') + (c.noWrap ? ' ui-nowrap' : '');
                  const href = c.href?.(row);
                  const content = href === undefined ? cellText(c, row) : <a href={href}>{cellText(c, row)}</a>;
                  return c.rowHeader
                    ? <th key={c.id} scope="row" className={className}>{highlighted && <span aria-hidden="true">▶ </span>}{content}</th>
                    : <td key={c.id} className={className}>{content}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
