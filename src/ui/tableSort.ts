/** Sorting a live table's rows by one column: numbers numerically, text by the current language's collation, non-finite numbers last. */
export type SortDirection = 'ascending' | 'descending';
export type Cell = number | string;

export function sortRows<R>(rows: readonly R[], value: (row: R) => Cell, direction: SortDirection, locale: string): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true });
  return rows
    .map((row, index) => ({ row, index, cell: value(row) }))
    .sort((a, b) => {
      const aBad = typeof a.cell === 'number' && !Number.isFinite(a.cell);
      const bBad = typeof b.cell === 'number' && !Number.isFinite(b.cell);
      if (aBad !== bBad) return aBad ? 1 : -1;
      let order = 0;
      if (typeof a.cell === 'number' && typeof b.cell === 'number') order = aBad ? 0 : a.cell - b.cell;
      else order = collator.compare(String(a.cell), String(b.cell));
      // Stable: equal cells keep the caller's order.
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}
