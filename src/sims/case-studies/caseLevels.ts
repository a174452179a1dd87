/** The engine's numbers for each step of a scenario (practiceStack), memoised per scenario and prompt length. */
import { getHardware, getModel } from '../../engine/index.ts';
import { practiceStack, type PracticeLevel } from '../../engine/serving/practiceStack.ts';
import type { Scenario } from './scenarios.ts';

const cache = new Map<string, PracticeLevel[]>();

export function scenarioLevels(scenario: Scenario, promptTokens: number): PracticeLevel[] {
  const key = `${scenario.id}|${promptTokens}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const settings = { ...scenario.settings, promptTokens };
  const levels = practiceStack(getModel(scenario.modelId), getHardware(scenario.hardwareId), scenario.path, settings);
  if (cache.size > 64) cache.delete(cache.keys().next().value as string);
  cache.set(key, levels);
  return levels;
}
