import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { roles } from '../palette.ts';
import { StackedBar } from '../stackedBar/StackedBar.tsx';
import { LineChart } from './LineChart.tsx';

describe('chart renderers', () => {
  it('LineChart renders an SVG image with a viewBox, its summary and its legend text', () => {
    render(
      <LineChart
        label="Latency against batch size"
        width={760}
        height={420}
        x={{ title: 'batch', kind: 'log', logBase: 2 }}
        y={{ title: 'ms' }}
        series={[{ id: 'a', label: 'A100', points: [{ x: 1, y: 10 }, { x: 8, y: 12 }, { x: 64, y: 40 }] }]}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Latency against batch size' });
    expect(svg).toHaveAttribute('viewBox', '0 0 760 420');
    expect(svg).toHaveTextContent('A100');
    expect(svg.innerHTML).not.toMatch(/NaN/);
  });

  it('StackedBar renders labelled segments with texture fills and the capacity label', () => {
    render(
      <StackedBar
        label="GPU memory"
        width={760}
        height={240}
        capacity={{ value: 24e9, label: 'HBM 24 GB' }}
        axis={{ title: 'GB' }}
        bars={[{ id: 'b', label: 'FP16', segments: [{ id: 'w', label: 'Weights', value: 14e9, style: roles.weights }, { id: 'kv', label: 'KV', value: 6e9, style: roles.kvCache }] }]}
      />,
    );
    const svg = screen.getByRole('img', { name: 'GPU memory' });
    expect(svg).toHaveTextContent('HBM 24 GB');
    expect(svg).toHaveTextContent('Weights');
    expect(svg.querySelector('rect[fill^="url(#"]')).not.toBeNull();
  });
});
