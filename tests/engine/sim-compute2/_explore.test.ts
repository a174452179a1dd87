import { it } from 'vitest';
import { getHardware, getModel, tpotSeconds } from '../../../src/engine/index.ts';
import { fusionChain, fusionCost, FUSION_CHAINS } from '../../../src/engine/compute/fusion.ts';
import { attentionIo, attentionCrossovers } from '../../../src/engine/compute/flashAttention.ts';
import { requestStream } from '../../../src/engine/serving/requestStream.ts';
import { simulateBatching } from '../../../src/engine/serving/batching.ts';
import { replicasVsTp } from '../../../src/engine/serving/replicasVsTp.ts';
import { taskPipeline } from '../../../src/engine/serving/taskPipeline.ts';
it('explore', () => {
  const m = getModel('llama-2-7b'); const hw = getHardware('a100-80gb-sxm');
  for (const c of FUSION_CHAINS) { const r = fusionCost(fusionChain(m, c, { tokens: 512, contextTokens: 512, batch: 1 }), hw); console.log(c, r.unfused.bytes, r.fused.bytes, r.unfused.intensity.toFixed(2), r.fused.intensity.toFixed(2), r.unfused.seconds*1e6, r.fused.seconds*1e6, r.speedup.toFixed(2)); }
  for (const N of [64, 512, 2048, 8192]) { const r = attentionIo({ seqLen: N, headDim: 128, sramBytes: hw.sramPerCoreBytes }); console.log(N, r.standardBytes, r.flashBytes, r.standardIntensity.toFixed(1), r.flashIntensity.toFixed(1)); }
  console.log(attentionCrossovers(hw, 'fp16', { headDim: 128, sramBytes: hw.sramPerCoreBytes }));
  console.log(attentionCrossovers(hw, 'fp16', { headDim: 64, sramBytes: hw.sramPerCoreBytes }));
  const m13 = getModel('llama-2-13b');
  const s = requestStream({ count: 24, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 256] });
  for (const p of ['static', 'continuous'] as const) { const t0 = performance.now(); const r = simulateBatching(m13, hw, s, { policy: p, slots: 8 }); console.log(p, (performance.now()-t0).toFixed(1)+'ms', r.makespanSeconds, r.tokensPerSecond, r.meanLatencySeconds, r.meanTtftSeconds, r.slotUtilization, r.segments.length); }
  for (const b of [1, 8, 32, 128, 256]) { const t = tpotSeconds(m13, hw, { batch: b, contextTokens: 768 }); console.log('b', b, t*1e3, b / t); }
  console.log(replicasVsTp(m13, hw, { gpus: 8, perGpuBatch: 8, promptTokens: 512, contextTokens: 768 }));
  for (const mode of ['sequential','pipelined'] as const) { const r = taskPipeline(m13, hw, { mode, jobs: 4, batch: 8, promptTokens: 512, outputTokens: 128 }); console.log(mode, r.stageSeconds, r.makespanSeconds, r.overlapSeconds); }
});
