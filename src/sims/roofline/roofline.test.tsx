import { act, render, screen, within, fireEvent } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel, ridgePoint } from '../../engine/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { decodeComputeBoundBatch } from '../../engine/compute/ridgeBatch.ts';
import { rooflinePoints } from '../../engine/compute/operatorBounds.ts';
import { LangContext } from '../../ui/index.ts';
import RooflineSim from './index.tsx';
import { useRoofline } from './store.ts';
import { boundRows } from './BoundTable.tsx';

const renderEn = (preset: Record<string, string> = {}) =>
  render(<LangContext value="en"><RooflineSim preset={preset} /></LangContext>);

describe('roofline simulator', () => {
  beforeEach(() => { localStorage.clear(); useRoofline.reset(); });

  it('opens on the A100 ridge point the engine computes', () => {
    renderEn({ model: 'llama-2-7b', hardware: 'a100-80gb-sxm' });
    const ridge = formatNumber(ridgePoint(getHardware('a100-80gb-sxm'), 'fp16'));
    expect(screen.getAllByText(new RegExp(`^${ridge}`)).length).toBeGreaterThan(0);
  });

  it('switching hardware to H100 shows the H100 ridge and its compute-bound batch', () => {
    renderEn();
    fireEvent.change(screen.getByLabelText('Hardware'), { target: { value: 'h100-sxm' } });
    const hw = getHardware('h100-sxm');
    expect(screen.getAllByText(new RegExp(`^${formatNumber(ridgePoint(hw, 'fp16'))}`)).length).toBeGreaterThan(0);
    const b = decodeComputeBoundBatch(getModel('llama-2-7b'), hw, { tokens: 1024 })!;
    expect(screen.getAllByText(String(b)).length).toBeGreaterThan(0);
  });

  it('raising the batch moves the decode q_proj readout to the engine intensity', () => {
    const { container } = renderEn();
    act(() => { useRoofline.setState({ batch: 64 }); });
    const q = rooflinePoints(getModel('llama-2-7b'), getHardware('a100-80gb-sxm'), { phase: 'decode', batch: 64, tokens: 1024 }).find((p) => p.name === 'q_proj')!;
    expect(container.querySelector('.roofline-readout')!.textContent).toContain(`I = ${formatNumber(q.intensity)} FLOP/B`);
  });

  it('the TPU paper view shows the three ridges 1350, 9 and 13 (MAC ops per weight byte)', () => {
    renderEn();
    fireEvent.click(screen.getByRole('radio', { name: /TPU paper/ }));
    const svg = screen.getByRole('img');
    expect(within(svg).getByText(/TPU I\* = 1,353/)).toBeTruthy();
    expect(within(svg).getByText(/K80 I\* = 8\.75/)).toBeTruthy();
    expect(within(svg).getByText(/Haswell I\* = 12\.7/)).toBeTruthy();
  });

  it('table view lists every preset model with its compute-bound batch', () => {
    useRoofline.setState({ hardware: 'a100-80gb-sxm' });
    renderEn({ view: 'table' });
    const rows = boundRows('a100-80gb-sxm', useRoofline.getState());
    const row = screen.getByRole('rowheader', { name: 'Llama-2-7B' }).closest('tr')!;
    expect(within(row).getByText(formatNumber(rows.find((r) => r.id === 'llama-2-7b')!.ridgeBatch!))).toBeTruthy();
  });
});
