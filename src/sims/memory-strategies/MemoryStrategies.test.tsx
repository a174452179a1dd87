import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import { getHardware, getModel } from '../../engine/index.ts';
import { memoryStrategyRows } from '../../engine/memory/strategies.ts';
import { LangContext, formatBytes } from '../../ui/index.ts';
import MemoryStrategies from './index.tsx';
import { useMemoryStrategies } from './store.ts';

describe('memory-strategies', () => {
  beforeEach(() => useMemoryStrategies.reset());
  it('lists the engine\'s saved bytes for every strategy', () => {
    render(<LangContext value="en"><MemoryStrategies preset={{ model: 'llama-2-13b', hardware: 'a100-40gb-sxm' }} /></LangContext>);
    const rows = memoryStrategyRows(getModel('llama-2-13b'), getHardware('a100-40gb-sxm'), { batch: 8, tokens: 2048 });
    expect(screen.getAllByRole('row').length).toBe(rows.length + 1);
    for (const r of rows) expect(screen.getAllByText(formatBytes(r.savedBytes, 'GB')).length).toBeGreaterThan(0);
  });
});
