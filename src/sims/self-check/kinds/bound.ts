/**
 * "Which bound?": one prefill or decode step of a model on one or more GPUs,
 * in the unoptimised FP16 setup of 图11 (baselineStepOptions). The answer is
 * inferenceStep's bound: whichever of the compute-bound operators' time, the
 * memory-bound operators' time and the exposed communication is largest
 * (stepSplitDerivation shows all three). A third of the seeds are drawn for
 * each answer; a step that does not fit in memory is never asked about.
 */
import {
  baselineStepOptions, getHardware, getInterconnect, getModel, inferenceStep, isEngineError, ridgePoint, ridgePointDerivation, stepSplitDerivation,
  type BottleneckScenario, type StepBound,
} from '../../../engine/index.ts';
import { BOUNDS, type Exercise, type Given } from '../exercise.ts';
import type { Rng } from '../random.ts';

const MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-3-8b', 'mistral-7b', 'llama-2-70b', 'llama-3-70b'] as const;
const DEVICES = ['a100-40gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'l4', 'rtx-4090'] as const;
const PHASES = ['prefill', 'decode'] as const;
const BATCHES = [1, 8, 32, 128] as const;
const TOKENS = [128, 512, 2048] as const;
const TP = [1, 1, 2, 4, 8] as const;
/** The slow link a multi-GPU step may be put on instead of the device's own. */
const SLOW_LINK = 'pcie-4-x16';
const TRIES = 96;

function draw(rng: Rng) {
  const model = getModel(rng.pick(MODELS));
  const hw = getHardware(rng.pick(DEVICES));
  const tp = hw.intraNodeLink === null ? 1 : rng.pick(TP);
  const link = tp === 1 ? null : rng.next() < 0.5 ? SLOW_LINK : hw.intraNodeLink;
  const scenario: BottleneckScenario = {
    phase: rng.pick(PHASES), batch: rng.pick(BATCHES), tokens: rng.pick(TOKENS), tp,
    ...(link === null ? {} : { interconnect: link }),
  };
  try {
    const step = inferenceStep(model, hw, baselineStepOptions(scenario));
    return { model, hw, scenario, link, step, ok: step.fits && step.withinContext };
  } catch (e) {
    if (isEngineError(e)) return null; // e.g. heads that do not split over tp GPUs
    throw e;
  }
}

export function boundExercise(seed: number, rng: Rng): Exercise {
  const want: StepBound = rng.pick(BOUNDS);
  let chosen: NonNullable<ReturnType<typeof draw>> | null = null;
  for (let i = 0; i < TRIES; i += 1) {
    const d = draw(rng);
    if (d === null || !d.ok) continue;
    chosen = d;
    if (d.step.bound === want) break;
  }
  if (chosen === null) throw new RangeError('bound: no scenario fits'); // the pools always hold fitting ones
  const { model, hw, scenario, link, step } = chosen;
  const linkSpec = link === null ? null : getInterconnect(link);
  const givens: Given[] = [
    { key: 'peak', value: hw.denseFlopsPerSec.fp16 ?? 0, format: 'flopsPerSec' },
    { key: 'bandwidth', value: hw.memoryBandwidthBytesPerSec, format: 'bandwidth' },
    { key: 'ridge', value: ridgePoint(hw, 'fp16'), format: 'intensity' },
  ];
  if (linkSpec !== null) givens.push({ key: 'linkBandwidth', value: linkSpec.bandwidthBytesPerSecPerDirection, format: 'bandwidth' });
  return {
    kind: 'bound',
    seed,
    scenario: {
      kind: 'bound', model: { id: model.id, name: model.name }, device: { id: hw.id, name: hw.name },
      phase: scenario.phase, batch: scenario.batch, tokens: scenario.tokens, tp: scenario.tp,
      link: linkSpec === null ? null : { id: linkSpec.id, name: linkSpec.name },
    },
    givens,
    answer: { type: 'bound', correct: step.bound },
    derivations: [stepSplitDerivation(model, hw, scenario), ridgePointDerivation(hw, 'fp16')],
  };
}
