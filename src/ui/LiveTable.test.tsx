import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LiveTable } from './LiveTable.tsx';

const rows = [
  { id: 'llama-7b', gb: 14, layers: 32 },
  { id: 'llama-13b', gb: 26, layers: 40 },
  { id: 'llama-70b', gb: 140, layers: 80 },
];

const table = (
  <LiveTable
    caption={{ zh: '表2 模型权重', en: 'Table 2 Model weights' }}
    rowKey={(r) => r.id}
    highlightKey="llama-13b"
    rows={rows}
    columns={[
      { id: 'model', header: { zh: '模型', en: 'Model' }, value: (r) => r.id, align: 'start', rowHeader: true },
      { id: 'gb', header: { zh: '权重', en: 'Weights' }, unit: 'GB', value: (r) => r.gb },
      { id: 'layers', header: { zh: '层数', en: 'Layers' }, value: (r) => r.layers },
    ]}
  />
);

const firstColumn = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((c) => c.textContent?.replace('▶ ', ''));

describe('LiveTable', () => {
  it('LiveTable shows the caption, units in headers and marks the highlighted row', () => {
    render(table);
    expect(screen.getByRole('table', { name: '表2 模型权重' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /权重.*\(GB\)/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { current: true })).toHaveTextContent('llama-13b');
  });

  it('LiveTable sorts by a clicked header, then reverses on a second click', async () => {
    const user = userEvent.setup();
    render(table);
    const header = screen.getByRole('button', { name: /权重/ });
    await user.click(header);
    expect(screen.getByRole('columnheader', { name: /权重/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['llama-7b', 'llama-13b', 'llama-70b']);
    await user.click(header);
    expect(screen.getByRole('columnheader', { name: /权重/ })).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['llama-70b', 'llama-13b', 'llama-7b']);
  });

  it('text columns wrap unless marked noWrap; number columns never wrap', () => {
    render(
      <LiveTable
        caption={{ zh: '表', en: 'Table' }}
        rowKey={(r) => r.id}
        rows={rows.slice(0, 1)}
        columns={[
          { id: 'model', header: { zh: '模型', en: 'Model' }, value: (r) => r.id, align: 'start', rowHeader: true },
          { id: 'note', header: { zh: '说明', en: 'Note' }, value: () => 'a long note', align: 'start' },
          { id: 'fits', header: { zh: '放得下', en: 'Fits' }, value: () => '✓ yes', align: 'start', noWrap: true },
          { id: 'gb', header: { zh: '权重', en: 'Weights' }, value: (r) => r.gb },
        ]}
      />,
    );
    const [note, fits, gb] = within(screen.getByRole('table')).getAllByRole('cell');
    expect(note).toHaveClass('ui-align-start');
    expect(note).not.toHaveClass('ui-nowrap');
    expect(fits).toHaveClass('ui-align-start', 'ui-nowrap');
    expect(gb).toHaveClass('ui-align-end', 'ui-num');
  });
});
