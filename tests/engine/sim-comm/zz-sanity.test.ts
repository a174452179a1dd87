import { it } from 'vitest';
import { getModel, getHardware, getInterconnect, REALISTIC_EFFICIENCY } from '../../../src/engine/index.ts';
import { layerComputeSeconds } from '../../../src/engine/comm/layerComputeSeconds.ts';
import { commMethodsTimeline, NO_METHODS, chunkSweep } from '../../../src/engine/comm/commMethodsTimeline.ts';
it('sanity', () => {
  const model = getModel('llama-2-70b'); const hw = getHardware('a100-80gb-sxm'); const link = getInterconnect('nvlink-3');
  for (const phase of ['prefill','decode'] as const) {
    const opts = { phase, batch: phase==='prefill'?1:32, tokens: phase==='prefill'?1024:1024, tp: 8, interconnect: 'nvlink-3' };
    const full = layerComputeSeconds(model, hw, opts);
    const half = layerComputeSeconds(model, hw, phase==='prefill'? {...opts, tokens: 512} : {...opts, batch: 16});
    const base = { layers: full.layers, full, half, beforeSeconds: full.beforeSeconds, afterSeconds: full.afterSeconds, tp: 8,
      allReduceBytes: (phase==='prefill'?1024:32)*model.hiddenSize*2, latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection,
      codecBytesPerSec: hw.memoryBandwidthBytesPerSec*REALISTIC_EFFICIENCY.memoryEfficiency, backgroundBytes: 16e6, backgroundPageBytes: 8192, methods: NO_METHODS };
    const t0 = performance.now();
    const r = (m: object) => { const x = commMethodsTimeline({...base, methods: {...NO_METHODS, ...m}}); return [x.stepSeconds*1e3, x.stallSeconds*1e3, x.linkMessages].map(v=>+v.toFixed(4)); };
    console.log(phase, 'compute', full.totalSeconds*1e3, 'half', (half.beforeSeconds+80*(half.attentionSeconds+half.mlpSeconds))*1e3);
    console.log('base', r({}), 'int8', r({compression:'int8'}), 'topk', r({compression:'topk', topkDensity: 0.05}), 'async', r({async:true}), 'chunks8', r({chunks:8}), 'prio', r({priority:true}), 'merge', r({bucketBytes: 1e6}), 'all', r({compression:'int8', async:true, chunks:4, priority:true, bucketBytes:1e6}));
    console.log('ms', performance.now()-t0);
    const t1 = performance.now();
    console.log(chunkSweep(base, [1,2,4,8,16,32,64]).points.map(p=>[p.chunks, +(p.stepSeconds*1e3).toFixed(4)]), performance.now()-t1);
  }
});
