/** The record's one input: which row's ideal and realistic figures open their derivation. */
import { RECORD_MEASUREMENTS } from '../../engine/index.ts';
import { choiceInput } from '../../state/inputs.ts';
import { text } from './text.ts';

const rowIds = (): readonly string[] => RECORD_MEASUREMENTS.map((r) => r.id);

/** The story: MLPerf v4.1 Llama-2-70B Offline on 8 × H100, the row the round-1 engine failed to bound. */
export const inputs = {
  selected: choiceInput(rowIds, { default: 'mlperf41-llama2-70b-offline-8xh100', label: text.selected }),
};

export type Inputs = typeof inputs;
