import { useEffect, useState } from 'react';
import type { SimProps } from '../_protocol/types.ts';
import { Figure } from './Figure.tsx';
import { isHardwareId, isModelId } from './scenario.ts';
import { MEMORY_BUDGET_DEFAULTS, useMemoryBudget } from './store.ts';
import { Table } from './Table.tsx';
import './memoryBudget.css';

let presetApplied = false;

/** Memory budget (图2) and its live table (表2, view="table"). */
export default function MemoryBudget({ preset }: SimProps) {
  const [badPreset] = useState(() =>
    (preset.model !== undefined && !isModelId(preset.model)) || (preset.hardware !== undefined && !isHardwareId(preset.hardware)));
  useEffect(() => {
    // A slide's preset applies once per page load, and only over untouched defaults.
    if (presetApplied) return;
    presetApplied = true;
    const s = useMemoryBudget.getState();
    if (preset.model && isModelId(preset.model) && s.modelId === MEMORY_BUDGET_DEFAULTS.modelId) useMemoryBudget.setState({ modelId: preset.model });
    if (preset.hardware && isHardwareId(preset.hardware) && s.hardwareId === MEMORY_BUDGET_DEFAULTS.hardwareId) useMemoryBudget.setState({ hardwareId: preset.hardware });
  }, [preset.model, preset.hardware]);
  return preset.view === 'table' ? <Table /> : <Figure notice={badPreset} />;
}
