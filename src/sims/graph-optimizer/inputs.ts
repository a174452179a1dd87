/** The graph-optimizer simulator's inputs (图6, 表6), declared once. */
import { PASS_STEPS, type PassStep } from '../../engine/index.ts';
import { choiceInput, jsonInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const PHASES = ['prefill', 'decode'] as const;
export type PhaseId = (typeof PHASES)[number];

/** A list of pass steps, each once, in the slide's order. */
function validSteps(raw: unknown): readonly PassStep[] | undefined {
  if (!Array.isArray(raw) || raw.some((p) => !(PASS_STEPS as readonly unknown[]).includes(p))) return undefined;
  return PASS_STEPS.filter((p) => raw.includes(p));
}

/** The story: one Llama-2-7B block on an A100 80GB, decode at batch 8 and 1,024 tokens, passes switched on by the clicker. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-7b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware }),
  phase: choiceInput(PHASES, { default: 'decode', label: text.phase }),
  batch: numberInput({ default: 8, min: 1, max: 512, log: true, stops: [1, 8, 32, 128], label: text.batch }),
  tokens: numberInput({ default: 1024, min: 16, max: 32768, log: true, stops: [128, 1024, 8192], label: text.tokens, unit: text.tokensUnit }),
  /** The steps switched on (the clicker switches on the first k). */
  passes: jsonInput<readonly PassStep[]>({ default: [], validate: validSteps, label: text.passes }),
};

export type Inputs = typeof inputs;

/** Step k of the story: the first k passes on. */
export const stepsUpTo = (k: number): readonly PassStep[] => PASS_STEPS.slice(0, Math.max(0, Math.min(PASS_STEPS.length, k)));

/** How far the story has got: the longest run of passes from the first that is on. */
export function stepOf(passes: readonly PassStep[]): number {
  let k = 0;
  while (k < PASS_STEPS.length && passes.includes(PASS_STEPS[k]!)) k++;
  return k;
}
