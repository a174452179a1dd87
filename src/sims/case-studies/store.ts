import { createSimStore } from '../../state/index.ts';
import { SCENARIO_IDS, type ScenarioId } from './scenarios.ts';

export const PROMPT_RANGE = { min: 64, max: 7000 } as const;

/** The student's choices. `scenario` null = follow the slide's preset; `promptTokens` null = the scenario's own. */
export interface CaseInputs {
  readonly scenario: ScenarioId | null;
  readonly step: number;
  readonly promptTokens: number | null;
}

export const CASE_DEFAULTS: CaseInputs = { scenario: null, step: 0, promptTokens: null };

const MAX_STEPS = 8;

export function validateCase(saved: unknown): Partial<CaseInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok =
    (s.scenario === undefined || s.scenario === null || SCENARIO_IDS.includes(s.scenario as ScenarioId)) &&
    (s.step === undefined || (typeof s.step === 'number' && Number.isInteger(s.step) && s.step >= 0 && s.step <= MAX_STEPS)) &&
    (s.promptTokens === undefined || s.promptTokens === null ||
      (typeof s.promptTokens === 'number' && Number.isInteger(s.promptTokens) && s.promptTokens >= PROMPT_RANGE.min && s.promptTokens <= PROMPT_RANGE.max));
  return ok ? (s as Partial<CaseInputs>) : false;
}

export const useCaseStore = createSimStore<CaseInputs>('case-studies', CASE_DEFAULTS, validateCase);

export const setCase = (patch: Partial<CaseInputs>) => useCaseStore.setState(patch);

/** A new scenario starts at its baseline with its own prompt length. */
export const chooseScenario = (scenario: ScenarioId) => setCase({ scenario, step: 0, promptTokens: null });
