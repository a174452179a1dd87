/** Offloading across memory levels (the vDNN idea): weights, KV cache or training's activations over PCIe, with or without prefetch. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';

/** State saved before the simulator shape held the share as a fraction (0–1); it is a percent now. */
function migrate(version: number, saved: unknown): unknown {
  if (version >= 1 || typeof saved !== 'object' || saved === null) return saved;
  const { fraction, ...rest } = saved as Record<string, unknown>;
  return typeof fraction === 'number' ? { ...rest, share: Math.round(fraction * 100) } : rest;
}

export default defineSim({
  name: 'offload',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'model', hardware: 'hardware', target: 'target', phase: 'phase' },
  views: { default: Figure },
  migrate,
});
