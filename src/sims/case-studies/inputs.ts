/** The case-studies simulator's inputs, declared once (ranges, defaults, labels, validation). */
import { choiceInput, numberInput } from '../../state/inputs.ts';
import { MAX_STEPS, PROMPT_RANGE, SCENARIO_IDS } from './scenarios.ts';
import { text } from './text.ts';

/** The story: the finance scenario at its measured baseline, with its own prompt length. */
export const inputs = {
  scenario: choiceInput(SCENARIO_IDS, { default: 'finance', label: text.scenario }),
  /** 0 = the measured baseline; k = the first k steps of the scenario's path applied. */
  step: numberInput({ default: 0, min: 0, max: MAX_STEPS - 1, label: text.step }),
  /** Prompt tokens; 0 = the scenario's own length (6000 for finance and healthcare, 512 for driving). */
  promptTokens: numberInput({ default: 0, min: 0, max: PROMPT_RANGE.max, label: text.prompt, unit: text.tokens }),
};

export type Inputs = typeof inputs;

/**
 * State saved before the simulator shape (no version: `{ scenario: id | null,
 * step, promptTokens: number | null }`): null meant "the slide's preset" or
 * "the scenario's own length", which is now the preset and 0.
 */
export function migrate(version: number, saved: unknown): unknown {
  if (version !== 0 || typeof saved !== 'object' || saved === null) return saved;
  const s = saved as Record<string, unknown>;
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null));
}
