/**
 * 图4: one transformer layer's activation tensors, their lifetimes, and the
 * arena each allocation strategy needs. Stage: strategy, in-place ops and the
 * attention kernel; the arena and its lower bound; "where is the peak?"
 * asked before the live-bytes curve is shown. Explore adds the model, batch,
 * prompt length and, apart, gradient checkpointing in its training form.
 */
import {
  checkpointExtraFlopsDerivation, checkpointKeptDerivation, getHardware, getModel, layerMemoryPlan, reuseArenaDerivation,
  reuseLowerBoundDerivation, trainingCheckpoint, type ReuseStrategy,
} from '../../engine/index.ts';
import { FitBox, LifetimeChart, tickBytes } from '../../charts/index.ts';
import { formatBytes, formatCount, formatFlops, formatSeconds, useText } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask, ResetButton } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { modelOptions } from '../_shared/options.ts';
import { ATTENTION_KERNELS, TIMING_DEVICE, type Inputs } from './inputs.ts';
import { bufferLabel, opGroup, opLabel } from './scenario.ts';
import { text, type OpGroup } from './text.ts';

const STRATEGIES: readonly ReuseStrategy[] = ['none', 'best-fit', 'greedy-by-size'];
const GROUPS: readonly OpGroup[] = ['attention', 'mlp', 'stream'];
const fmt = (b: number) => formatBytes(b, 'binary');
const MIB = 2 ** 20;
const GIB = 2 ** 30;

export function Figure({ state: s, set, bind, sim }: SimViewProps<Inputs>) {
  const { t } = useText();
  const masked = usePredictMask();

  const result = useEngine(() => {
    const model = getModel(s.model);
    const L = model.numLayers;
    const segment = s.segment === 0 || s.segment > L ? L : s.segment;
    const opts = { batch: s.batch, tokens: s.tokens, attention: s.attention };
    const plan = layerMemoryPlan(model, { ...opts, inPlace: s.inPlace });
    const hw = getHardware(TIMING_DEVICE);
    const ckpt = trainingCheckpoint(model, hw, { ...opts, segmentLayers: segment });
    return {
      model, L, segment, plan, hw, ckpt,
      dBound: reuseLowerBoundDerivation(plan),
      dKept: checkpointKeptDerivation(ckpt),
      dFlops: checkpointExtraFlopsDerivation(ckpt),
    };
  }, [s.model, s.batch, s.tokens, s.attention, s.inPlace, s.segment]);
  const dArena = result.ok ? reuseArenaDerivation(result.value.plan, s.strategy) : undefined;

  const controls = (
    <>
      <Segmented<ReuseStrategy> {...bind('strategy')} options={STRATEGIES.map((v) => ({ value: v, label: text.strategies[v] }))} />
      <Toggle {...bind('inPlace')} />
      <Segmented {...bind('attention')} options={ATTENTION_KERNELS.map((v) => ({ value: v, label: text.kernels[v] }))} />
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('model')} options={modelOptions()} />
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} />
      <ResetButton onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { model, L, segment, plan, hw, ckpt, dBound, dKept, dFlops } = result.value;
  const p = plan.plans[s.strategy];
  const peakOpName = plan.lifetimes.ops[plan.peakOp]?.name ?? '';
  const peakOp = opLabel(peakOpName);
  const strategy = text.strategies[s.strategy];
  const summary = masked
    ? t(text.maskedSummary({ model: model.name, buffers: plan.buffers.length, strategy, arena: fmt(p.peakBytes) }))
    : t(text.summary({ model: model.name, buffers: plan.buffers.length, strategy, arena: fmt(p.peakBytes), bound: fmt(p.lowerBoundBytes), op: peakOp }));

  const chart = (
    <FitBox defaultWidth={760} defaultHeight={480} minHeight={320} aspect={0.8}>
      {({ width, height }) => (
        <LifetimeChart
          width={width} height={height} label={summary}
          opNames={plan.lifetimes.ops.map((o) => opLabel(o.name))}
          boxes={p.placements.map((q) => ({ ...q, label: bufferLabel(plan.buffers.find((b) => b.id === q.id)?.tensors ?? [q.id]) }))}
          live={plan.live} peakBytes={p.peakBytes} lowerBoundBytes={p.lowerBoundBytes} bytesMax={plan.noReuseBytes}
          bytesFormat={tickBytes(plan.noReuseBytes >= 2 * GIB ? 'GiB' : 'MiB')} bytesTickUnit={plan.noReuseBytes >= 2 * GIB ? GIB : MIB}
          titles={{ offset: t(text.axisOffset), live: t(text.axisLive), ops: t(text.axisOps) }}
          peakLabel={t(text.peakLabel(fmt(p.peakBytes)))}
          boundLabel={t(text.boundLabel(fmt(p.lowerBoundBytes)))}
          masked={masked ? t(text.masked) : undefined}
        />
      )}
    </FitBox>
  );

  const readouts = (
    <>
      <Stat label={text.arena(strategy)} value={p.peakBytes} format={fmt} derivation={dArena}
        baseline={s.strategy === 'none' ? undefined : plan.plans.none.peakBytes} baselineLabel={text.vsNoReuse} emphasis />
      <Stat label={text.lowerBound} value={p.lowerBoundBytes} format={fmt} derivation={dBound} answers />
    </>
  );

  const group = opGroup(peakOpName);
  const live = plan.buffers.filter((b) => b.start <= plan.peakOp && plan.peakOp <= b.end);
  const why = group === 'mlp' ? text.why.mlp(formatCount(model.intermediateSize), formatCount(model.hiddenSize))
    : group === 'attention' ? text.why.attention(formatCount(s.tokens)) : text.why.stream;
  const predict = (
    <PredictFirst
      question={text.question({ model: model.name, kernel: text.kernels[s.attention] })}
      choices={GROUPS.map((g) => ({ id: g, label: text.groups[g] }))}
      answerId={group}
      explanation={text.explanation({ op: peakOp, group: text.groupsInline[group], tensors: live.map((b) => bufferLabel(b.tensors)).join(', '), bytes: fmt(p.lowerBoundBytes), why })}
    />
  );

  const segmentBinding = bind('segment');
  const details = (
    <section className="mr-training" aria-label={t(text.trainingHeading)}>
      <h4 className="mr-training-title" aria-level={3}>{t(text.trainingHeading)}</h4>
      <p className="mr-training-note">{t(text.trainingNote)}</p>
      <div className="mr-training-row">
        <Slider {...segmentBinding} min={1} max={L} value={segment}
          stops={[{ value: 1, label: '1' }, { value: Math.max(1, Math.round(Math.sqrt(L))), label: '√L' }, { value: L, label: text.keepAll }]}
          onChange={(k) => set({ segment: k >= L ? 0 : Math.round(k) })} />
        <Stat label={text.kept(segment)} value={ckpt.keptBytes} format={fmt} baseline={segment < L ? ckpt.keepAllBytes : undefined} baselineLabel={text.vsKeepAll} derivation={dKept} />
        <Stat label={text.extraFlops(formatSeconds(ckpt.extraSeconds), hw.name)} value={ckpt.extraFlops} format={formatFlops} derivation={dFlops} />
      </div>
    </section>
  );

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      predict={predict}
      takeaway={text.takeaway}
      details={details}
    />
  );
}
