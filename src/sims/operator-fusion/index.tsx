import { useMemo } from 'react';
import { attentionCrossovers, attentionIo, attentionIoDerivations } from '../../engine/compute/flashAttention.ts';
import { FUSION_CHAINS, fusionBytesDerivation, fusionChain, fusionCost } from '../../engine/compute/fusion.ts';
import { attainableFlops, EngineError, getHardware, getModel, KiB, listHardware, listModels, peakFlops, ridgePoint } from '../../engine/index.ts';
import { FitWidth, LineChart, roles, seriesStyle, tickBytes, tickNumber, tickSi, type LineSeriesInput } from '../../charts/index.ts';
import type { SimProps } from '../_protocol/types.ts';
import {
  formatBytes, formatCount, formatNumber, formatSeconds, Notice, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, Toggle, useText,
} from '../../ui/index.ts';
import { cite } from '../_shared/cite.ts';
import { SEQ_RANGE, setFusion, SRAM_KIB_RANGE, TOKENS_RANGE, useFusionStore, type HeadDimChoice } from './store.ts';
import { CHAIN_LABELS, T } from './text.ts';
import './fusion.css';
import { errorText } from '../../i18n/engine/errors.ts';

const DEFAULT_MODEL = 'llama-2-7b';
const DEFAULT_HW = 'a100-80gb-sxm';
const MODELS = listModels();
const HARDWARE = listHardware().filter((h) => h.denseFlopsPerSec.fp16 !== undefined);
const isModel = (id: string | undefined): id is string => id !== undefined && MODELS.some((m) => m.id === id);
const isHw = (id: string | undefined): id is string => id !== undefined && HARDWARE.some((h) => h.id === id);
const PRECISION = 'fp16' as const;

function useInputs(preset: SimProps['preset']) {
  const s = useFusionStore();
  const modelId = s.model ?? (isModel(preset.model) ? preset.model : DEFAULT_MODEL);
  const hwId = s.hardware ?? (isHw(preset.hardware) ? preset.hardware : DEFAULT_HW);
  const badPreset = (preset.model !== undefined && !isModel(preset.model)) || (preset.hardware !== undefined && !isHw(preset.hardware));
  return { s, modelId, hwId, badPreset };
}

/** 图7: operator fusion on the roofline, and standard vs FlashAttention HBM traffic. */
export default function OperatorFusion({ preset }: SimProps) {
  const { t, lang } = useText();
  const { s, modelId, hwId, badPreset } = useInputs(preset);
  const model = getModel(modelId);
  const hw = getHardware(hwId);
  const headDim = s.headDim === '64' ? 64 : model.headDim;
  const sramBytes = (s.sramKiB ?? hw.sramPerCoreBytes / KiB) * KiB;

  const fusion = useMemo(() => {
    try {
      const batch = 1;
      const spec = fusionChain(model, s.chain, { tokens: s.tokens, contextTokens: s.tokens, batch });
      const r = fusionCost(spec, hw, { precision: PRECISION });
      return { spec, r, error: null };
    } catch (e) {
      if (e instanceof EngineError) return { spec: null, r: null, error: e };
      throw e;
    }
  }, [model, hw, s.chain, s.tokens]);

  const attention = useMemo(() => {
    try {
      const base = { headDim, sramBytes };
      const now = attentionIo({ ...base, seqLen: s.seqLen });
      const cross = attentionCrossovers(hw, PRECISION, base, SEQ_RANGE.min, SEQ_RANGE.max);
      const curve: { N: number; std: number; flash: number; balance: number }[] = [];
      const ridge = cross.ridge;
      for (let N = SEQ_RANGE.min; N <= SEQ_RANGE.max; N *= 2) {
        const r = attentionIo({ ...base, seqLen: N });
        curve.push({ N, std: r.standardBytes, flash: r.flashBytes, balance: r.flops / ridge });
      }
      return { now, cross, curve, derivations: attentionIoDerivations({ ...base, seqLen: s.seqLen }), error: null };
    } catch (e) {
      if (e instanceof EngineError) return { now: null, cross: null, curve: [], derivations: null, error: e };
      throw e;
    }
  }, [hw, headDim, sramBytes, s.seqLen]);

  const peak = peakFlops(hw, PRECISION);
  const ridge = ridgePoint(hw, PRECISION);
  const chainLabel = t(CHAIN_LABELS[s.chain]);
  const cur = fusion.r ? (s.fused ? fusion.r.fused : fusion.r.unfused) : null;

  const controls = (
    <>
      {badPreset && <Notice kind="warning" text={T.presetNotice} />}
      <Select label={T.model} value={modelId} options={MODELS.map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setFusion({ model: v })} />
      <Select label={T.hardware} value={hwId} options={HARDWARE.map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setFusion({ hardware: v, sramKiB: null })} />
      <Select label={T.chain} value={s.chain} options={FUSION_CHAINS.map((c) => ({ value: c, label: CHAIN_LABELS[c] }))} onChange={(v) => setFusion({ chain: v })} />
      <Toggle label={T.fuse} checked={s.fused} onChange={(v) => setFusion({ fused: v })} />
      <Slider label={T.tokens} value={s.tokens} min={TOKENS_RANGE.min} max={TOKENS_RANGE.max} step={1} log unit="tokens" stops={[1, 16, 512, 4096]} onChange={(v) => setFusion({ tokens: Math.round(v) })} />
      <Slider label={T.seqLen} value={s.seqLen} min={SEQ_RANGE.min} max={SEQ_RANGE.max} step={1} log unit="tokens" stops={[512, 2048, 8192, 32768]} onChange={(v) => setFusion({ seqLen: Math.round(v) })} />
      <Slider
        label={T.sram} value={sramBytes / KiB} min={SRAM_KIB_RANGE.min} max={SRAM_KIB_RANGE.max} log unit="KiB"
        format={(v) => `${formatNumber(v)} KiB`}
        stops={[{ value: hw.sramPerCoreBytes / KiB, label: { zh: `${t(T.deviceSram)} ${formatNumber(hw.sramPerCoreBytes / KiB)} KiB`, en: `${t(T.deviceSram)} ${formatNumber(hw.sramPerCoreBytes / KiB)} KiB` } }, 512, 1024]}
        onChange={(v) => setFusion({ sramKiB: Math.abs(v - hw.sramPerCoreBytes / KiB) < 1e-9 ? null : v })}
      />
      <Segmented<HeadDimChoice> label={T.headDim} value={s.headDim} options={[{ value: 'model', label: T.headDimModel(model.headDim) }, { value: '64', label: T.headDim64 }]} onChange={(v) => setFusion({ headDim: v })} />
      <div data-action="sim-reset" className="of-reset"><ResetButton onReset={() => useFusionStore.reset()} /></div>
    </>
  );

  const roofPts = [0.05, ridge, 5000].map((x) => ({ x, y: attainableFlops(hw, PRECISION, x) }));
  const pointSeries: LineSeriesInput[] = [];
  if (fusion.r) {
    pointSeries.push({ id: 'unfused', label: t(T.unfusedPt), points: [{ x: fusion.r.unfused.intensity, y: attainableFlops(hw, PRECISION, fusion.r.unfused.intensity) }], style: { ...roles.baseline, dash: '' }, markEvery: 1 });
    if (s.fused) pointSeries.push({ id: 'fused', label: t(T.fusedPt), points: [{ x: fusion.r.fused.intensity, y: attainableFlops(hw, PRECISION, fusion.r.fused.intensity) }], style: roles.optimised, markEvery: 1 });
  }
  if (attention.now) {
    pointSeries.push({ id: 'std', label: t(T.stdPt), points: [{ x: attention.now.standardIntensity, y: attainableFlops(hw, PRECISION, attention.now.standardIntensity) }], style: { ...seriesStyle(1), dash: '' }, markEvery: 1 });
    pointSeries.push({ id: 'flash', label: t(T.flashPt), points: [{ x: attention.now.flashIntensity, y: attainableFlops(hw, PRECISION, attention.now.flashIntensity) }], style: { ...seriesStyle(2), dash: '' }, markEvery: 1 });
  }
  const fusedText = fusion.r ? `${chainLabel}: ${formatNumber(fusion.r.unfused.intensity)} → ${formatNumber(fusion.r.fused.intensity)} FLOP/B` : '';
  const roofAria = lang === 'zh'
    ? `${hw.name} 的屋顶线，拐点 ${formatNumber(ridge)} FLOP/B。${fusedText}。注意力在 N = ${formatCount(s.seqLen)}：标准 ${formatNumber(attention.now?.standardIntensity ?? 0)}，Flash ${formatNumber(attention.now?.flashIntensity ?? 0)} FLOP/B。`
    : `Roofline of ${hw.name}, ridge ${formatNumber(ridge)} FLOP/B. ${fusedText}. Attention at N = ${formatCount(s.seqLen)}: standard ${formatNumber(attention.now?.standardIntensity ?? 0)}, Flash ${formatNumber(attention.now?.flashIntensity ?? 0)} FLOP/B.`;

  const cross = attention.cross;
  const xRefs = [{ id: 'now', value: s.seqLen, label: `${t(T.nowN)} ${formatCount(s.seqLen)}` }];
  if (cross?.flashComputeBoundFrom) xRefs.push({ id: 'cb', value: cross.flashComputeBoundFrom, label: `${t(T.crossCompute)} ${formatCount(cross.flashComputeBoundFrom)}` });
  const ioAria = lang === 'zh'
    ? `对数坐标：每头显存访问量随 N 变化。标准注意力按 N² 增长，FlashAttention 按 N²d²/M 增长。N = ${formatCount(s.seqLen)} 时分别为 ${formatBytes(attention.now?.standardBytes ?? 0)} 与 ${formatBytes(attention.now?.flashBytes ?? 0)}。`
    : `Log-log: HBM traffic per head against N. Standard grows as N², FlashAttention as N²d²/M. At N = ${formatCount(s.seqLen)}: ${formatBytes(attention.now?.standardBytes ?? 0)} vs ${formatBytes(attention.now?.flashBytes ?? 0)}.`;

  const chart = (
    <div className="of-charts">
      <FitWidth defaultWidth={400} minWidth={300}>
        {(w) => (
          <LineChart
            width={w} height={440} label={roofAria}
            x={{ title: t(T.xIntensity), kind: 'log', domain: [0.05, 5000], format: tickNumber }}
            y={{ title: t(T.yFlops), kind: 'log', domain: [Math.max(1e9, 0.05 * hw.memoryBandwidthBytesPerSec / 2), peak * 2], format: tickSi('FLOP/s') }}
            series={[{ id: 'roof', label: t(T.roof), points: roofPts, style: { ...roles.compute, marker: 'cross' }, markEvery: 100 }, ...pointSeries]}
            xRefs={[{ id: 'ridge', value: ridge, label: `${t(T.ridge)} ${formatNumber(ridge)}` }]}
          />
        )}
      </FitWidth>
      <FitWidth defaultWidth={400} minWidth={300}>
        {(w) => attention.error ? <Notice kind="error" text={errorText(attention.error)} /> : (
          <LineChart
            width={w} height={440} label={ioAria}
            x={{ title: t(T.xSeq), kind: 'log', logBase: 2, domain: [SEQ_RANGE.min, SEQ_RANGE.max], format: tickNumber }}
            y={{ title: t(T.yBytes), kind: 'log', format: tickBytes('decimal') }}
            series={[
              { id: 'std', label: t(T.stdPt), points: attention.curve.map((p) => ({ x: p.N, y: p.std })), style: seriesStyle(1) },
              { id: 'flash', label: t(T.flashPt), points: attention.curve.map((p) => ({ x: p.N, y: p.flash })), style: seriesStyle(2) },
              { id: 'balance', label: t(T.balanced), points: attention.curve.map((p) => ({ x: p.N, y: p.balance })), style: { ...roles.idle, color: '#555555' }, markEvery: 100 },
            ]}
            xRefs={xRefs}
          />
        )}
      </FitWidth>
    </div>
  );

  const unfusedRef = fusion.r?.unfused;
  const outputs = (
    <>
      {fusion.error && <Notice kind="error" text={errorText(fusion.error)} />}
      {fusion.r && fusion.spec && cur && unfusedRef && (
        <>
          <Stat
            label={T.bytesMoved} value={cur.bytes} format={(v) => formatBytes(v)} emphasis
            baseline={s.fused ? unfusedRef.bytes : undefined} baselineLabel={T.vsUnfused}
            derivation={fusionBytesDerivation(fusion.spec, fusion.r, s.fused)} source={cite('chen-2018-tvm-fusion')}
          />
          <Stat label={T.chainTime} value={cur.seconds} format={(v) => formatSeconds(v)} baseline={s.fused ? unfusedRef.seconds : undefined} baselineLabel={T.vsUnfused} delta="ratio" />
          <Stat label={T.intensity} value={cur.intensity} format={(v) => `${formatNumber(v)} FLOP/B`} />
          <Stat label={T.kernels} value={cur.kernels} format={formatCount} />
        </>
      )}
      {attention.now && attention.derivations && cross && (
        <>
          <Stat label={T.stdBytes} value={attention.now.standardBytes} format={(v) => formatBytes(v)} derivation={attention.derivations.standard} source={cite('dao-2022-flashattention-io')} />
          <Stat label={T.flashBytes} value={attention.now.flashBytes} format={(v) => formatBytes(v)} baseline={attention.now.standardBytes} delta="ratio" baselineLabel={{ zh: '相对标准', en: 'vs standard' }} derivation={attention.derivations.flash} source={cite('dao-2022-flashattention-io')} />
          <div className="ui-stat">
            <div className="ui-stat-label">{t(T.computeBound)}</div>
            <div className="of-cross">
              {cross.flashComputeBoundFrom !== null
                ? t(T.fromN(formatCount(cross.flashComputeBoundFrom)))
                : t(T.never(`${formatNumber(cross.flashIntensityLimit)} FLOP/B`, `${formatNumber(cross.ridge)} FLOP/B`))}
            </div>
          </div>
        </>
      )}
    </>
  );

  return (
    <SimLayout
      controls={controls}
      chart={chart}
      outputs={outputs}
      takeaway={T.takeaway}
      footer={<PredictFirst question={T.question} choices={[{ id: 'yes', label: T.yes }, { id: 'no', label: T.no }]} answerId="no" explanation={T.explain} />}
    />
  );
}
