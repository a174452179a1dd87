/**
 * offload (vDNN-style): part of the weights, KV cache or activations kept in
 * CPU memory and brought in over PCIe, with or without prefetch; a two-lane
 * timeline of one step and the step time against the fraction offloaded.
 */
import { useEffect, useMemo, useRef } from 'react';
import { getInterconnect, memoryBreakdown } from '../../engine/index.ts';
import { presetLabel } from '../../i18n/engine/presets.ts';
import type { LabelledDerivation } from '../../i18n/engine/derivations.ts';
import { offloadSweep, offloadTimeline, type OffloadTarget } from '../../engine/memory/offload.ts';
import { LineChart, roles, simChartArea, tickSeconds, tickPercent } from '../../charts/index.ts';
import { OffloadGantt } from '../../charts/offloadGantt/OffloadGantt.tsx';
import type { SimProps } from '../_protocol/types.ts';
import { formatBytes, formatPercent, formatSeconds, Notice, Segmented, Select, SimLayout, Slider, Stat, Toggle, useText } from '../../ui/index.ts';
import { GPU_IDS, gpuOf, gpuOptions, MODEL_IDS, modelOf, modelOptions, presetId, tryEngine } from '../_shared/presetChoices.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { offloadDefaults, setOffload, useOffload } from './store.ts';

const TARGET_LABEL: Record<OffloadTarget, { zh: string; en: string }> = {
  weights: { zh: '权重', en: 'Weights' },
  kv: { zh: 'KV cache', en: 'KV cache' },
  activations: { zh: '激活', en: 'Activations' },
};

export default function Offload({ preset }: SimProps) {
  const { t, lang } = useText();
  const s = useOffload();
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const st = useOffload.getState();
    if (st.model === offloadDefaults.model && st.hardware === offloadDefaults.hardware) {
      setOffload({ model: presetId(preset.model, MODEL_IDS, offloadDefaults.model), hardware: presetId(preset.hardware, GPU_IDS, offloadDefaults.hardware) });
    }
  }, [preset.model, preset.hardware]);

  const model = modelOf(s.model);
  const hw = gpuOf(s.hardware);
  const L = model.numLayers;

  // The two sweeps over every offloaded share (2 × (L + 1) timelines) do not
  // depend on the share or on prefetch: moving the share slider reuses them.
  const sweeps = useMemo(() => tryEngine(() => {
    const base = { target: s.target, phase: s.phase, batch: s.batch, tokens: s.tokens, link: s.link } as const;
    return { on: offloadSweep(model, hw, { ...base, prefetch: true }), off: offloadSweep(model, hw, { ...base, prefetch: false }) };
  }), [model, hw, s.target, s.phase, s.batch, s.tokens, s.link]);

  const result = useMemo(() => (!sweeps.ok ? sweeps : tryEngine(() => {
    const base = { target: s.target, phase: s.phase, batch: s.batch, tokens: s.tokens, link: s.link } as const;
    const tl = offloadTimeline(model, hw, { ...base, fraction: s.fraction, prefetch: s.prefetch });
    const { on, off } = sweeps.value;
    const mem = memoryBreakdown(model, hw, { batch: s.batch, tokens: s.tokens });
    const over = mem.total - mem.usable;
    let fitFraction: number | null = over <= 0 ? 0 : null;
    const staging = s.prefetch ? 2 : 1;
    for (let n = 1; n <= L && fitFraction === null; n++) {
      const saved = s.target === 'activations' ? 0 : n * tl.layerTransferBytes - Math.min(n, staging) * tl.layerTransferBytes;
      if (saved >= over) fitFraction = n / L;
    }
    return { tl, on, off, mem, over, fitFraction };
  })), [model, hw, s.target, s.phase, s.batch, s.tokens, s.link, s.fraction, s.prefetch, L, sweeps]);

  const controls = (
    <>
      <Segmented label={{ zh: '卸载对象', en: 'Offload' }} value={s.target} onChange={(target) => setOffload({ target })}
        options={(['weights', 'kv', 'activations'] as const).map((v) => ({ value: v, label: TARGET_LABEL[v] }))} />
      <Slider label={{ zh: '放在 CPU 内存中的层比例', en: 'Share of layers in CPU memory' }} value={s.fraction} min={0} max={1} step={1 / L} format={(v) => formatPercent(v)}
        stops={[0, 0.5, 1]} onChange={(fraction) => setOffload({ fraction })} />
      <Toggle label={{ zh: '预取（计算第 i 层时传第 i+1 层）', en: 'Prefetch (fetch layer i+1 while computing i)' }} checked={s.prefetch} onChange={(prefetch) => setOffload({ prefetch })} />
      <Segmented label={{ zh: '阶段', en: 'Phase' }} value={s.phase} onChange={(phase) => setOffload({ phase })}
        options={[{ value: 'prefill', label: { zh: '预填充', en: 'Prefill' } }, { value: 'decode', label: { zh: '解码', en: 'Decode' } }]} />
      <Slider label={{ zh: '批大小', en: 'Batch' }} value={s.batch} min={1} max={256} step={1} log stops={[1, 8, 64, 256]} onChange={(b) => setOffload({ batch: Math.round(b) })} />
      <Slider label={{ zh: s.phase === 'prefill' ? '提示词长度' : '上下文长度', en: s.phase === 'prefill' ? 'Prompt length' : 'Context length' }} unit="tokens" value={s.tokens} min={1} max={32768} step={1} log stops={[128, 512, 2048]} onChange={(v) => setOffload({ tokens: Math.round(v) })} />
      <Select label={{ zh: '模型', en: 'Model' }} value={s.model} options={modelOptions} onChange={(model) => setOffload({ model })} />
      <Select label={{ zh: '显卡', en: 'GPU' }} value={s.hardware} options={gpuOptions} onChange={(hardware) => setOffload({ hardware })} />
      <Select label={{ zh: 'CPU–GPU 链路', en: 'CPU–GPU link' }} value={s.link} onChange={(link) => setOffload({ link })}
        options={(['pcie-4-x16', 'pcie-5-x16'] as const).map((id) => ({ value: id, label: presetLabel(getInterconnect(id)) }))} />
      <SimReset onReset={() => useOffload.reset()} />
    </>
  );
  if (!result.ok) return <SimLayout controls={controls} chart={<Notice kind="error" text={result.error} />} />;
  const { tl, on, off, mem, over, fitFraction } = result.value;
  const ms = (v: number) => formatSeconds(v);
  const fmtB = (b: number) => formatBytes(b, 'GB');
  const hides = tl.layerTransferSeconds <= tl.layerComputeSeconds;
  const summary = lang === 'zh'
    ? `每步 ${ms(tl.stepSeconds)}（不卸载 ${ms(tl.baselineSeconds)}），停顿 ${ms(tl.stallSeconds)}；每层计算 ${ms(tl.layerComputeSeconds)}，每层传输 ${ms(tl.layerTransferSeconds)}。`
    : `Step ${ms(tl.stepSeconds)} (no offload ${ms(tl.baselineSeconds)}), stalls ${ms(tl.stallSeconds)}; per layer compute ${ms(tl.layerComputeSeconds)}, transfer ${ms(tl.layerTransferSeconds)}.`;
  const { width } = simChartArea.withOutputs;
  const derivation: LabelledDerivation = {
    id: 'offload-hide',
    title: { zh: '传输能否藏在计算之下', en: 'Does the transfer hide under compute?' },
    tex: '\\tau = \\alpha + X/\\beta \\;\\text{vs}\\; c',
    terms: [
      { symbol: 'X', value: tl.layerTransferBytes, unit: 'B', label: { zh: '每层需传输的字节', en: 'bytes per layer to move' } },
      { symbol: '\\beta', value: tl.linkBytesPerSec, unit: 'B/s', label: { zh: 'PCIe 单向带宽', en: 'PCIe bandwidth per direction' } },
      { symbol: '\\alpha', value: getInterconnect(s.link).latencySeconds.default, unit: 's', label: { zh: '每次传输启动延迟', en: 'per-transfer latency' } },
      { symbol: 'c', value: tl.layerComputeSeconds, unit: 's', label: { zh: '每层计算时间（引擎）', en: 'per-layer compute (engine)' } },
    ],
    result: { value: tl.layerTransferSeconds, unit: 's' },
    source: 'rhu-2016-vdnn',
  };

  const chart = (
    <div className="sim-offload-charts">
      <OffloadGantt width={width} height={230} label={summary}
        legend={{ compute: t({ zh: '计算', en: 'compute' }), transfer: t({ zh: 'PCIe 传输', en: 'PCIe transfer' }), stall: t({ zh: '停顿', en: 'stall' }) }}
        lanes={[
          { id: 'compute', label: t({ zh: '计算', en: 'Compute' }), segments: tl.compute },
          { id: 'pcie', label: 'PCIe', segments: tl.transfer },
        ]}
        stalls={tl.stalls} timeTitle={t({ zh: '时间（一步）', en: 'Time (one step)' })} timeFormat={tickSeconds} />
      <LineChart width={width} height={310}
        label={t({ zh: `步时间随卸载比例变化；预取时在 ${formatPercent(on.breakEvenFraction)} 之前几乎没有代价。`, en: `Step time against the share offloaded; with prefetch it is nearly free up to ${formatPercent(on.breakEvenFraction)}.` })}
        x={{ title: t({ zh: '卸载的层比例', en: 'Share of layers offloaded' }), format: tickPercent, domain: [0, 1] }}
        y={{ title: t({ zh: '每步时间', en: 'Step time' }), format: tickSeconds }}
        series={[
          { id: 'on', label: t({ zh: '预取', en: 'prefetch' }), points: on.points.map((p) => ({ x: p.fraction, y: p.seconds })), style: roles.optimised },
          { id: 'off', label: t({ zh: '不预取', en: 'no prefetch' }), points: off.points.map((p) => ({ x: p.fraction, y: p.seconds })), style: roles.baseline },
        ]}
        xRefs={[
          { id: 'be', value: on.breakEvenFraction, label: t({ zh: `盈亏点 ${formatPercent(on.breakEvenFraction)}`, en: `break-even ${formatPercent(on.breakEvenFraction)}` }) },
          ...(fitFraction !== null && fitFraction > 0 ? [{ id: 'fit', value: fitFraction, label: t({ zh: `从此放得下`, en: `fits from here` }) }] : []),
        ]}
      />
    </div>
  );

  const outputs = (
    <>
      <Stat label={{ zh: '每步时间', en: 'Step time' }} value={tl.stepSeconds} format={ms} baseline={tl.baselineSeconds} baselineLabel={{ zh: '对比不卸载', en: 'vs no offload' }} emphasis />
      <Stat label={{ zh: '停顿（等待传输）', en: 'Stalls (waiting for transfers)' }} value={tl.stallSeconds} format={ms} />
      <Stat label={{ zh: '每层传输 τ', en: 'Transfer per layer τ' }} value={tl.layerTransferSeconds} format={ms} derivation={derivation} />
      <Stat label={{ zh: '每层计算 c', en: 'Compute per layer c' }} value={tl.layerComputeSeconds} format={ms} />
      <Stat label={{ zh: '省下的显存', en: 'GPU memory freed' }} value={tl.savedBytes} format={fmtB} />
      <Stat label={{ zh: `不卸载时的显存需求（可用 ${fmtB(mem.usable)}）`, en: `Memory needed without offload (usable ${fmtB(mem.usable)})` }} value={mem.total} format={fmtB} />
      <Stat label={{ zh: '放得下所需的最小卸载比例', en: 'Smallest share offloaded that fits' }} value={fitFraction ?? NaN} format={(v) => formatPercent(v)}
        error={fitFraction === null ? { zh: over > 0 && s.target === 'activations' ? '卸载激活省不下足够的显存' : '全部卸载也放不下', en: over > 0 && s.target === 'activations' ? 'Offloading activations cannot free enough' : 'Does not fit even fully offloaded' } : undefined} />
    </>
  );

  return (
    <SimLayout controls={controls} chart={chart} outputs={outputs}
      takeaway={hides
        ? { zh: '这里每层的传输比计算短：打开预取，传输完全藏在计算之下，卸载几乎免费。', en: 'Here a layer\'s transfer is shorter than its compute: with prefetch it hides completely and offloading is nearly free.' }
        : { zh: '这里每层的传输比计算长：即使预取，每个卸载层也要停顿约 τ − c；加大批或提示词让计算变长，才能把传输藏住。', en: 'Here a layer\'s transfer is longer than its compute: even with prefetch, each offloaded layer stalls by about τ − c; a larger batch or prompt lengthens compute until the transfer hides.' }}
    />
  );
}
