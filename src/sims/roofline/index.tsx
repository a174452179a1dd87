/**
 * 图5 / 表5: the roofline of a device with every operator of one layer as a
 * point (or, in the "TPU paper" view, Jouppi et al. 2017 Figs. 5–7), and the
 * live table of which operator classes are compute- or bandwidth-bound.
 */
import { useEffect } from 'react';
import { getHardware, getModel } from '../../engine/index.ts';
import type { SimProps } from '../_protocol/types.ts';
import { ResetButton, Segmented } from '../../ui/index.ts';
import { BoundTable } from './BoundTable.tsx';
import { LlmRoofline } from './LlmRoofline.tsx';
import { TpuPaperRoofline } from './TpuPaperRoofline.tsx';
import { ROOFLINE_DEFAULTS, setRoofline, useRoofline, type RooflineMode } from './store.ts';
import { T } from './text.ts';

const known = (get: (id: string) => unknown, id: string | undefined): boolean => {
  if (id === undefined) return false;
  try { get(id); return true; } catch { return false; }
};

let presetApplied = false;

/**
 * Applies the figure slide's preset props once per page load (unknown ids are
 * ignored). The table placement never applies its preset: it follows the
 * choices made on the figure slide, which share this store.
 */
function usePreset(preset: SimProps['preset']) {
  useEffect(() => {
    if (presetApplied || preset.view === 'table') return;
    presetApplied = true;
    const patch: { model?: string; hardware?: string; mode?: RooflineMode } = {};
    if (known(getModel, preset.model)) patch.model = preset.model!;
    if (known(getHardware, preset.hardware)) patch.hardware = preset.hardware!;
    if (preset.scenario === 'tpu-paper') patch.mode = 'tpu';
    if (Object.keys(patch).length > 0) setRoofline(patch);
  }, [preset.model, preset.hardware, preset.scenario, preset.view]);
}

export default function RooflineSim({ preset }: SimProps) {
  usePreset(preset);
  const stored = useRoofline();
  // Saved ids that no longer name a preset fall back to the defaults.
  const inputs = {
    ...stored,
    model: known(getModel, stored.model) ? stored.model : ROOFLINE_DEFAULTS.model,
    hardware: known(getHardware, stored.hardware) ? stored.hardware : ROOFLINE_DEFAULTS.hardware,
  };
  if (preset.view === 'table') return <BoundTable />;
  const modeControl = (
    <Segmented<RooflineMode> label={T.mode} value={inputs.mode}
      options={[{ value: 'llm', label: T.modeLlm }, { value: 'tpu', label: T.modeTpu }]}
      onChange={(v) => setRoofline({ mode: v })} />
  );
  const resetControl = <ResetButton onReset={() => useRoofline.reset()} />;
  return inputs.mode === 'tpu'
    ? <TpuPaperRoofline modeControl={modeControl} resetControl={resetControl} />
    : <LlmRoofline inputs={inputs} modeControl={modeControl} resetControl={resetControl} />;
}
