import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { LangContext } from '../../ui/index.ts';
import KvPaging from './index.tsx';
import { useKvPaging } from './store.ts';

describe('kv-paging', () => {
  beforeEach(() => useKvPaging.reset());
  it('the paper preset shows 2038 and 507 never-used slots (Kwon et al. Fig. 3)', () => {
    render(<LangContext value="en"><KvPaging preset={{ model: 'opt-13b', hardware: 'a100-40gb-sxm' }} /></LangContext>);
    fireEvent.click(screen.getByRole('radio', { name: /Paper Fig. 3/ }));
    expect(screen.getByText(/A: 2,038 · B: 507|A: 2038 · B: 507/)).toBeInTheDocument();
  });
  it('switching to paged admits at least as many requests', () => {
    render(<LangContext value="en"><KvPaging preset={{}} /></LangContext>);
    const before = useKvPaging.getState().allocation;
    fireEvent.click(screen.getByRole('radio', { name: /Paged/ }));
    expect(before).toBe('contiguous');
    expect(useKvPaging.getState().allocation).toBe('paged');
    expect(screen.getByRole('img')).toBeInTheDocument();
  });
});
