/**
 * Engine speed (issue #3, issue #10 item 7): the median of one full prefill +
 * decode evaluation of Llama-2-70B with per-operator detail (target ≤ 10 µs),
 * of one servingThroughput call (target ≤ 50 µs: the default concurrency
 * searched, and with a given concurrency), and a sweep of 10,000
 * configurations (target ≤ 200 ms); and one tensor-parallel step scheduled
 * task by task on the compute and link lanes (commMethodsTimeline: Llama-2-70B
 * prefill on 8 GPUs, 80 layers, 16 MB of background pages), whole messages and
 * cut into 64 chunks with every method on (~80,000 tasks). Run with `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import {
  commMethodsTimeline, getHardware, getInterconnect, getModel, inferenceStep, layerComputeSeconds, listHardware, listModels, NO_METHODS, REALISTIC_EFFICIENCY, servingThroughput,
  type CommMethodsParams, type InferenceStepOptions, type ServingThroughputOptions,
} from '../src/engine/index.ts';

const model = getModel('llama-2-70b');
const hw = getHardware('a100-80gb-sxm');
const prefill: InferenceStepOptions = { phase: 'prefill', batch: 8, tokens: 2048, tp: 8 };
const decode: InferenceStepOptions = { phase: 'decode', batch: 8, tokens: 2048, tp: 8 };

let sink = 0;
function fullEvaluation(): void {
  const p = inferenceStep(model, hw, prefill);
  const d = inferenceStep(model, hw, decode);
  sink += p.seconds + d.seconds + p.ops.length + d.ops.length;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

for (let i = 0; i < 5000; i++) fullEvaluation();
const samples: number[] = [];
for (let i = 0; i < 20000; i++) {
  const t0 = performance.now();
  fullEvaluation();
  samples.push(performance.now() - t0);
}
const perEval = median(samples) * 1e3;

/** Median µs per call of `f` after a warm-up. */
function microseconds(f: () => void, warm = 2000, runs = 20000): number {
  for (let i = 0; i < warm; i++) f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return median(xs) * 1e3;
}

// servingThroughput: Llama-2-70B FP8 on 8×H100 (TP 2), the default concurrency searched; and at a given concurrency.
const h100 = getHardware('h100-sxm');
const serving: ServingThroughputOptions = { gpus: 8, tp: 2, weights: 'fp8', kv: 'fp8', computePrecision: 'fp8', inputTokens: 1024, outputTokens: 290 };
const servingSearch = microseconds(() => { sink += servingThroughput(model, h100, serving).tokensPerSecond; }, 500, 5000);
const servingFixed = microseconds(() => { sink += servingThroughput(model, h100, { ...serving, concurrency: 256 }).tokensPerSecond; }, 500, 5000);

const fp16 = listHardware().filter((h) => h.denseFlopsPerSec.fp16 !== undefined);
const configs: Array<[ReturnType<typeof getModel>, ReturnType<typeof getHardware>, InferenceStepOptions]> = [];
const models = listModels();
for (let i = 0; configs.length < 10000; i++) {
  const m = models[i % models.length]!;
  const h = fp16[Math.floor(i / models.length) % fp16.length]!;
  configs.push([m, h, { phase: i % 2 ? 'decode' : 'prefill', batch: 1 + (i % 64), tokens: 128 + ((i * 37) % 4096) }]);
}
const sweeps: number[] = [];
for (let r = 0; r < 7; r++) {
  const t0 = performance.now();
  for (const [m, h, o] of configs) sink += inferenceStep(m, h, o).seconds;
  sweeps.push(performance.now() - t0);
}
const sweep = median(sweeps);

// One tensor-parallel prefill step (comm-methods' story): the schedule with whole messages, and 64 chunks with every method.
const nvlink = getInterconnect('nvlink-3');
const stepOpts = { phase: 'prefill' as const, batch: 1, tokens: 1024, tp: 8, interconnect: 'nvlink-3' };
const full = layerComputeSeconds(model, hw, stepOpts);
const half = layerComputeSeconds(model, hw, { ...stepOpts, tokens: 512 });
const step: CommMethodsParams = {
  layers: full.layers, full, half, beforeSeconds: full.beforeSeconds, afterSeconds: full.afterSeconds, tp: 8,
  allReduceBytes: 1024 * model.hiddenSize * 2, latency: nvlink.latencySeconds.default, bandwidth: nvlink.bandwidthBytesPerSecPerDirection,
  codecBytesPerSec: hw.memoryBandwidthBytesPerSec * REALISTIC_EFFICIENCY.memoryEfficiency, backgroundBytes: 16e6, backgroundPageBytes: 64e3, methods: NO_METHODS,
};
const allMethods = { compression: 'int8' as const, topkDensity: 0.1, async: true, chunks: 64, priority: true, bucketBytes: 1e6 };
const stepWhole = microseconds(() => { sink += commMethodsTimeline(step).stepSeconds; }, 200, 2000);
const stepChunked = microseconds(() => { sink += commMethodsTimeline({ ...step, methods: allMethods }).stepSeconds; }, 20, 100) / 1e3;

console.log(`llama-2-70b prefill+decode (tp 8, ${inferenceStep(model, hw, prefill).ops.length} operators each): median ${perEval.toFixed(1)} µs (target ≤ 10 µs)`);
console.log(`servingThroughput llama-2-70b fp8 8×H100 tp 2: median ${servingSearch.toFixed(1)} µs with the concurrency searched, ${servingFixed.toFixed(1)} µs at a given concurrency (target ≤ 50 µs)`);
console.log(`10,000 configurations: median ${sweep.toFixed(1)} ms over 7 runs (target ≤ 200 ms)`);
const tasks = (p: CommMethodsParams) => commMethodsTimeline(p).segments.length.toLocaleString('en');
console.log(`tensor-parallel step, ${step.layers} layers on compute and link lanes: median ${stepWhole.toFixed(0)} µs with whole messages (${tasks(step)} tasks), ${stepChunked.toFixed(1)} ms cut into 64 chunks with every method (${tasks({ ...step, methods: allMethods })} tasks)`);
if (!Number.isFinite(sink)) console.log('unexpected non-finite result');
