import { useEffect, useState } from 'react';
import type { SimProps } from '../_protocol/types.ts';
import { Figure } from './Figure.tsx';
import { COMPRESSION_DEFAULTS, useCompression } from './store.ts';
import { isModelId, Table } from './Table.tsx';
import './compression.css';

let presetApplied = false;

/** Compression methods (图3) and their comparison (表3, view="table"). */
export default function Compression({ preset }: SimProps) {
  const [badPreset] = useState(() => preset.model !== undefined && !isModelId(preset.model));
  useEffect(() => {
    if (presetApplied) return;
    presetApplied = true;
    if (preset.model && isModelId(preset.model) && useCompression.getState().modelId === COMPRESSION_DEFAULTS.modelId) useCompression.setState({ modelId: preset.model });
  }, [preset.model]);
  return preset.view === 'table' ? <Table /> : <Figure notice={badPreset} />;
}
