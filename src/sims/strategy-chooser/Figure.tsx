/**
 * 图12: deployment constraints in, a decision flow out (the path taken drawn
 * solid), the recommended combination, and what it delivers next to the FP16
 * one-GPU baseline. The rules are the engine's (chooseStrategy); TPOT, TTFT
 * and throughput of a deployment are the engine's steady-state
 * continuous-batching model (servingThroughput) at the recommended batch; a
 * deployment that does not fit shows by how much, never a throughput.
 * Stage: scenario (表12's rows), TPOT target, concurrency, accuracy
 * tolerance; the flowchart; the combination, throughput, TPOT and memory.
 * Explore adds device class, device, model, GPUs, link, TTFT target,
 * lengths, TTFT, and each item's reason, price and source.
 */
import { FitBox } from '../../charts/index.ts';
import { Flowchart } from '../../charts/flowchart/Flowchart.tsx';
import {
  chooseStrategy, fitDerivation, getHardware, getModel, getInterconnect, servingIterationDerivation, servingThroughput,
  servingThroughputDerivation, STRATEGY_RULES, type ChoiceEstimate, type DeploymentConstraints, type HardwareSpec, type ModelSpec,
  type NumberFormat, type RuleId,
} from '../../engine/index.ts';
import { cite, DECISION_QUESTIONS, formatBytes, formatCount, formatCountUnit, formatNumber, formatSeconds, presetLabel, STRATEGY_TEXT, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import {
  DEVICE_CLASSES, DEVICES, GPU_COUNTS, PCIE_LINK, STOP_IDS, STOPS, type DeviceClass, type Inputs, type LinkChoice, type State,
} from './inputs.ts';
import { classText, REQUESTS, stopText, text, toleranceText } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const formatName = (w: NumberFormat) => (typeof w === 'string' ? w.toUpperCase() : `INT${w.bits}${w.groupSize ? ` g${w.groupSize}` : ''}`);

/** The engine's constraints from the inputs (prompt and output trimmed to the model's window). */
export function constraintsOf(s: State, model: ModelSpec, hw: HardwareSpec): DeploymentConstraints {
  const output = Math.min(s.outputTokens, model.maxPositionEmbeddings - 16);
  const prompt = Math.max(1, Math.min(s.promptTokens, model.maxPositionEmbeddings - output));
  const gpus = hw.intraNodeLink === null ? 1 : s.gpus;
  const pcie = gpus > 1 && s.link === 'pcie' && hw.intraNodeLink !== PCIE_LINK;
  return {
    gpus, tpotTargetSeconds: s.tpotMs / 1000, ttftTargetSeconds: s.ttftMs / 1000, concurrency: s.concurrency,
    promptTokens: prompt, outputTokens: output, tolerance: s.tolerance, ...(pcie ? { interconnect: PCIE_LINK } : {}),
  };
}

/** What a chosen deployment delivers in steady state (servingThroughput at its batch); null when it does not fit. */
export function steadyState(model: ModelSpec, hw: HardwareSpec, e: ChoiceEstimate, c: DeploymentConstraints) {
  if (!e.fits) return null;
  const options = {
    gpus: e.config.tp, tp: e.config.tp, weights: e.config.weights, kv: e.config.kv,
    inputTokens: c.promptTokens, outputTokens: c.outputTokens, concurrency: e.batch,
  };
  const r = servingThroughput(model, hw, options);
  if (!r.fits) return null;
  return {
    r,
    throughput: servingThroughputDerivation(r, options),
    tpot: servingIterationDerivation(r.tpotParts, 'TPOT'),
    ttft: servingIterationDerivation(r.ttftParts, 'TTFT'),
  };
}

const sameState = (a: State, b: State) => (Object.keys(a) as (keyof State)[]).every((k) => a[k] === b[k]);

export function Figure({ state: s, set, bind, sim }: SimViewProps<Inputs>) {
  const { lang, t } = useText();

  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const c = constraintsOf(s, model, hw);
    const choice = chooseStrategy(model, hw, c);
    return {
      model, hw, c, choice,
      fit: fitDerivation(model, hw, choice.recommended.memoryOptions),
      recommended: steadyState(model, hw, choice.recommended, c),
      baseline: steadyState(model, hw, choice.baseline, c),
    };
  }, [s]);

  const hw = result.ok ? result.value.hw : null;
  const canSplit = hw !== null && hw.intraNodeLink !== null;
  const nativeIsPcie = hw?.intraNodeLink === PCIE_LINK;
  const classDevices = DEVICES[s.deviceClass].includes(s.hardwareId) ? DEVICES[s.deviceClass] : [...DEVICES[s.deviceClass], s.hardwareId];

  const stops = (
    <div className="sc-stops" role="group" aria-label={t(text.stops)}>
      <span className="ui-label">{t(text.stops)}</span>
      <div className="sc-stop-row">
        {STOP_IDS.map((id) => (
          <button key={id} type="button" className="ui-button sc-stop" aria-pressed={sameState(s, STOPS[id])} onClick={() => set(STOPS[id])}>{t(stopText[id])}</button>
        ))}
      </div>
    </div>
  );
  const controls = (
    <>
      {stops}
      <Slider {...bind('tpotMs')} />
      <Slider {...bind('concurrency')} format={(v) => formatCountUnit(v, REQUESTS, lang)} stops={bind('concurrency').stops.map((v) => ({ value: v, label: formatCount(v) }))} />
      <Segmented {...bind('tolerance')} options={(['int4', 'int8', 'fp16'] as const).map((v) => ({ value: v, label: toleranceText[v] }))} />
    </>
  );
  const moreControls = (
    <>
      <Segmented<DeviceClass>
        {...bind('deviceClass')} options={DEVICE_CLASSES.map((c) => ({ value: c, label: classText[c] }))}
        onChange={(c) => set({ deviceClass: c, hardwareId: DEVICES[c][0] as string, ...(c === 'edge' ? { gpus: 1 } : {}) })}
      />
      <Select {...bind('hardwareId')} options={deviceOptions(classDevices)} />
      <Select {...bind('modelId')} options={modelOptions()} />
      <Segmented
        label={text.gpus} value={String(canSplit ? s.gpus : 1)} disabled={!canSplit}
        options={GPU_COUNTS.map((g) => ({ value: String(g), label: String(g) }))} onChange={(v) => set({ gpus: Number(v) })}
      />
      {!canSplit && <p className="sc-hint">{t(text.noLink)}</p>}
      <Segmented<LinkChoice>
        {...bind('link')} value={nativeIsPcie ? 'native' : s.link} disabled={!canSplit || nativeIsPcie || s.gpus === 1}
        options={[{ value: 'native', label: hw?.intraNodeLink ? presetLabel(getInterconnect(hw.intraNodeLink)) : '—' }, { value: 'pcie', label: text.pcieOnly }]}
      />
      <Slider {...bind('ttftMs')} />
      <Slider {...bind('promptTokens')} />
      <Slider {...bind('outputTokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }

  const { choice: r, c, fit, recommended: st, baseline: bst } = result.value;
  const e = r.recommended;
  const flowNodes = r.steps.map((step) => ({
    id: step.node,
    question: t(DECISION_QUESTIONS[step.node]),
    answer: step.skipped ? null : step.node === 'start' ? '' : t(step.answer ? text.yes : text.no),
    actions: step.applied.map((id) => t(STRATEGY_TEXT[id].label)),
  }));
  const flowSummary = t(text.flowSummary(r.steps.filter((x) => !x.skipped).map((x) => {
    const acts = x.applied.map((id) => t(STRATEGY_TEXT[id].label)).join(', ');
    return `${t(DECISION_QUESTIONS[x.node])} ${x.node === 'start' ? '' : t(x.answer ? text.yes : text.no)}${acts ? ` → ${acts}` : ''}`;
  }).join(t(text.listSep))));
  const chart = (
    <FitBox defaultWidth={900} defaultHeight={460} minHeight={300} aspect={0.6}>
      {({ width }) => <Flowchart width={width} nodes={flowNodes} noAction={t(text.nothing)} label={flowSummary} />}
    </FitBox>
  );

  const notFit = e.fits ? undefined : text.doesNotFit;
  const config = e.fits
    ? t(text.config({ weights: formatName(e.config.weights), kv: formatName(e.config.kv), tp: e.config.tp, batch: e.batch, paged: e.config.paged, flash: e.config.attention === 'flash' }))
    : t(STRATEGY_TEXT['smaller-model'].label);
  const readouts = (
    <>
      <p className="sc-config"><span className="sc-config-key">{t(text.recommended)}</span> {config}</p>
      <Stat
        label={text.throughput} value={st?.r.tokensPerSecond ?? Number.NaN} format={(v) => `${formatNumber(v)} tok/s`} emphasis
        error={st === null ? notFit ?? text.doesNotFit : undefined} derivation={st?.throughput}
        baseline={bst?.r.tokensPerSecond} baselineLabel={text.vsBaseline} delta="ratio"
      />
      <Stat
        label={text.tpotOut} value={st?.r.tpotSeconds ?? Number.NaN} format={ms}
        error={st === null ? notFit ?? text.doesNotFit : undefined} derivation={st?.tpot}
      />
      {st !== null && <p className="sc-note">{t(text.tpotVerdict({ met: r.meets.tpot, target: ms(c.tpotTargetSeconds), value: ms(st.r.tpotSeconds) }))}</p>}
      <Stat
        label={text.memory} value={e.memory.free} format={(v) => t(v >= 0 ? text.freeOk(gib(v)) : text.overBy(gib(-v)))}
        derivation={fit} quantity={{ bytes: 'GiB' }}
      />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.ttftOut} value={st?.r.ttftSeconds ?? Number.NaN} format={ms} error={st === null ? notFit ?? text.doesNotFit : undefined} derivation={st?.ttft} />
      {st !== null && <p className="sc-note">{t(text.target({ met: r.meets.ttft, target: ms(c.ttftTargetSeconds) }))}</p>}
      {!r.baseline.fits && <p className="sc-note">{t(text.baselineNoFit)}</p>}
      <p className="sc-assumptions">{t(text.assumptions)}</p>
    </>
  );

  const columns: TableColumn<RuleId>[] = [
    { id: 'item', header: text.item, sortable: false, align: 'start', rowHeader: true, value: (id) => t(STRATEGY_TEXT[id].label) },
    { id: 'why', header: text.why, sortable: false, align: 'start', value: (id) => t(STRATEGY_TEXT[id].rationale) },
    { id: 'cost', header: text.cost, sortable: false, align: 'start', value: (id) => t(STRATEGY_TEXT[id].cost) },
    { id: 'source', header: text.source, sortable: false, align: 'start', value: (id) => { const src = STRATEGY_RULES[id].source; return src === null ? '—' : cite(src); } },
  ];
  const details = <LiveTable caption={text.rulesCaption} columns={columns} rows={r.rules} rowKey={(id) => id} dense />;

  return (
    <SimFrame
      controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} moreReadouts={moreReadouts}
      takeaway={text.takeaway} details={details}
    />
  );
}
