/**
 * 表1: the same optimisations across applications. Each row is the engine's
 * estimate for an application's workload at baseline (FP16, batch 1, nothing
 * else) and with a stack chosen for that application; the verdict compares
 * it with the application's latency target (a teaching assumption).
 * Stage: all five rows with target, stack, TTFT, TPOT, throughput and the
 * verdict (masked until "which application misses its target?" is
 * answered), the chosen application's optimised TTFT and TPOT with their
 * derivations. Explore adds workload, memory and energy columns, throughput,
 * memory and energy readouts, the rationale and the assumptions.
 */
import {
  deploymentThroughputDerivation, deploymentTpotDerivation, deploymentTtftDerivation, getHardware, getModel, memoryTotalDerivation,
} from '../../engine/index.ts';
import { formatBytes, formatCount, formatNumber, formatSeconds, formatSi, useText, type Bilingual, type Text } from '../../i18n/index.ts';
import { LiveTable, Notice, PredictFirst, Select, SimFrame, Stat, usePredictMask, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { formatName } from '../_shared/deployment.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { APPLICATIONS, type Application, type ApplicationId } from './applications.ts';
import type { Inputs } from './inputs.ts';
import { applicationRows, type AppRow } from './rows.ts';
import { APP_TEXT, text, VERDICT_MARK, VERDICT_TEXT } from './text.ts';

interface Pair {
  readonly app: Application;
  readonly base: AppRow;
  readonly opt: AppRow;
}

const ms = (s: number) => formatSeconds(s, 'ms');

/** Short device names for the on-device row on stage (product names, the same in both languages). */
const SHORT_DEVICE: Readonly<Record<string, string>> = { 'jetson-agx-orin-64gb': 'Orin' };

/** The stack as one cell; on stage fused attention is left to the note under the table (every stack has it). */
function stackText(r: AppRow, t: (x: Text) => string, short: boolean): string {
  const c = r.config;
  const parts = [formatName(c.weights)];
  if (c.kv !== 'fp16') parts.push(`KV ${formatName(c.kv)}`);
  if (c.paged) parts.push(t(text.paged));
  if (c.tp > 1) parts.push(`TP${c.tp}`);
  if (c.attention === 'flash' && !short) parts.push(t(text.fusedAttn));
  const ran = r.estimate?.batch ?? 0;
  // On stage the batch that runs; explore also shows the batch wanted when memory cut it.
  parts.push(ran > 0 && ran < c.batch ? (short ? `b=${ran}` : `b=${ran}/${c.batch}`) : `b=${c.batch}`);
  return parts.join(' · ');
}

function targetText(app: Application, t: (x: Text) => string): string {
  if (app.target === null) return t(text.throughputFirst);
  return `≤ ${formatSeconds(app.target.ttftSeconds)} / ≤ ${ms(app.target.tpotSeconds)}`;
}

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const masked = usePredictMask();
  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const rows = applicationRows(APPLICATIONS, model, hw);
    const pairs: Pair[] = APPLICATIONS.map((app) => ({
      app,
      base: rows.find((r) => r.key === `${app.id}/baseline`)!,
      opt: rows.find((r) => r.key === `${app.id}/optimised`)!,
    }));
    const chosen = pairs.find((p) => p.app.id === s.selected) ?? pairs[0]!;
    const o = chosen.opt;
    const runs = o.estimate !== null && o.estimate.serving !== null;
    return {
      model, hw, pairs, chosen,
      dTtft: runs ? deploymentTtftDerivation(o.model, o.hardware, o.config, o.estimate!) : null,
      dTpot: runs ? deploymentTpotDerivation(o.model, o.hardware, o.config, o.estimate!) : null,
      dThroughput: runs ? deploymentThroughputDerivation(o.model, o.hardware, o.config, o.estimate!) : null,
      dMemory: o.estimate ? memoryTotalDerivation(o.model, o.hardware, o.estimate.memoryOptions) : null,
    };
  }, [s.modelId, s.hardwareId, s.selected]);

  const controls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions()} />
      <Select<ApplicationId> {...bind('selected')} options={APPLICATIONS.map((a) => ({ value: a.id, label: APP_TEXT[a.id].name }))} />
    </>
  );
  const moreControls = <SimReset onReset={sim.reset} />;
  if (!result.ok) return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  const { model, hw, pairs, chosen } = result.value;

  const pair = (f: (e: NonNullable<AppRow['estimate']>) => number | undefined, fmt: (v: number) => string) => (p: Pair) => {
    const one = (r: AppRow) => {
      const v = r.estimate ? f(r.estimate) : undefined;
      return v === undefined || !Number.isFinite(v) ? '—' : fmt(v);
    };
    return `${one(p.base)} → ${one(p.opt)}`;
  };
  const appName = (p: Pair): string => {
    const name = t(APP_TEXT[p.app.id].name);
    if (p.app.device === 'server') return name;
    const device = onStage ? SHORT_DEVICE[p.opt.hardware.id] ?? p.opt.hardware.name : p.opt.hardware.name;
    return `${name} (${p.opt.model.name}, ${device})`;
  };
  // The verdicts answer the question: on stage they wait for it.
  const words = onStage ? VERDICT_MARK : VERDICT_TEXT;
  const verdict = (p: Pair) => (masked ? '?' : `${t(words[p.base.verdict])} → ${t(words[p.opt.verdict])}`);
  const columns: TableColumn<Pair>[] = [
    { id: 'app', header: text.app, rowHeader: true, align: 'start', sortable: false, noWrap: onStage, value: appName },
    ...(onStage ? [] : [{ id: 'workload', header: text.workload, unit: text.tokens, sortable: false, value: (p: Pair) => `${formatCount(p.app.promptTokens)} → ${formatCount(p.app.outputTokens)}` }]),
    { id: 'target', header: text.target, unit: 'TTFT / TPOT', sortable: false, value: (p) => targetText(p.app, t) },
    { id: 'config', header: text.config, align: 'start', sortable: false, noWrap: onStage, value: (p) => stackText(p.opt, t, onStage) },
    { id: 'ttft', header: text.ttft, unit: 'ms', sortable: false, value: pair((e) => e.serving?.ttftSeconds, (v) => formatNumber(v * 1e3)) },
    { id: 'tpot', header: text.tpot, unit: 'ms', sortable: false, value: pair((e) => e.serving?.tpotSeconds, (v) => formatNumber(v * 1e3)) },
    { id: 'throughput', header: text.throughput, unit: text.tokensPerSec, sortable: false, value: pair((e) => e.serving?.tokensPerSecond, (v) => formatNumber(v)) },
    ...(onStage ? [] : [
      { id: 'memory', header: text.memory, unit: 'GiB', sortable: false, value: pair((e) => e.memory.total, (v) => formatNumber(v / 2 ** 30)) },
      { id: 'energy', header: text.energy, unit: 'J', sortable: false, value: pair((e) => e.energy?.joulesPerToken, (v) => formatNumber(v)) },
    ]),
    { id: 'verdict', header: text.verdict, align: 'start', sortable: false, noWrap: true, value: verdict },
  ];

  const app = APP_TEXT[chosen.app.id].name;
  const o = chosen.opt;
  const b = chosen.base;
  const notRunning = o.estimate?.serving ? undefined : (o.error ?? text.doesNotFit);
  const readouts = (
    <>
      <Stat label={onStage ? text.ttftOptShort : text.ttftOpt(app)} value={o.estimate?.serving?.ttftSeconds ?? Number.NaN} format={ms} baseline={b.estimate?.serving?.ttftSeconds}
        baselineLabel={text.vsBaseline} error={notRunning} derivation={result.value.dTtft ?? undefined} />
      <Stat label={onStage ? text.tpotOptShort : text.tpotOpt(app)} value={o.estimate?.serving?.tpotSeconds ?? Number.NaN} format={ms} baseline={b.estimate?.serving?.tpotSeconds}
        baselineLabel={text.vsBaseline} error={notRunning} derivation={result.value.dTpot ?? undefined} emphasis />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.throughputOpt(app)} value={o.estimate?.serving?.tokensPerSecond ?? Number.NaN} format={(v) => `${formatNumber(v)} ${t(text.tokensPerSec)}`}
        baseline={b.estimate?.serving?.tokensPerSecond} baselineLabel={text.vsBaseline} delta="ratio" error={notRunning} derivation={result.value.dThroughput ?? undefined} />
      <Stat label={text.memoryOpt(app)} value={o.estimate?.memory.total ?? Number.NaN} format={(v) => formatBytes(v, 'GiB')} baseline={b.estimate?.memory.total}
        baselineLabel={text.vsBaseline} derivation={result.value.dMemory ?? undefined} quantity={{ bytes: 'GiB' }} />
      <Stat label={text.energyOpt(app)} value={o.estimate?.energy?.joulesPerToken ?? Number.NaN} format={(v) => formatSi(v, 'J')} baseline={b.estimate?.energy?.joulesPerToken}
        baselineLabel={text.vsBaseline} error={notRunning} derivation={o.estimate?.energy?.derivation} />
    </>
  );

  // Predict first: which application misses its target at baseline (the worst miss when several do).
  const withTarget = pairs.filter((p) => p.app.target !== null);
  const missed = withTarget.filter((p) => p.base.verdict === 'missed');
  const unfit = withTarget.filter((p) => p.base.verdict === 'does-not-fit');
  const overshoot = (p: Pair) => {
    const sv = p.base.estimate?.serving;
    const tg = p.app.target!;
    return sv ? Math.max(sv.ttftSeconds / tg.ttftSeconds, sv.tpotSeconds / tg.tpotSeconds) : 0;
  };
  const worst = [...missed].sort((x, y) => overshoot(y) - overshoot(x))[0] ?? unfit[0];
  const detail: Bilingual | null = worst?.base.estimate?.serving && worst.app.target
    ? text.missDetail({
      ttft: ms(worst.base.estimate.serving.ttftSeconds), ttftTarget: formatSeconds(worst.app.target.ttftSeconds),
      tpot: ms(worst.base.estimate.serving.tpotSeconds), target: ms(worst.app.target.tpotSeconds),
    })
    : null;
  const predict = (
    <PredictFirst
      question={text.question({ model: model.name, device: hw.name })}
      choices={[...withTarget.map((p) => ({ id: p.app.id as string, label: APP_TEXT[p.app.id].name })), { id: 'none', label: text.none }]}
      answerId={worst?.app.id ?? 'none'}
      explanation={text.explanation({
        missed: missed.map((p) => APP_TEXT[p.app.id].name), unfit: unfit.map((p) => APP_TEXT[p.app.id].name), worst: worst ? APP_TEXT[worst.app.id].name : null, detail,
      })}
    />
  );

  const errorRow = pairs.flatMap((p) => [p.base, p.opt]).find((r) => r.error !== null);
  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      notice={errorRow?.error ? <Notice kind="error" text={errorRow.error} /> : undefined}
      chart={
        <>
          <div className="at-table">
            <LiveTable caption={text.caption} columns={columns} rows={pairs} rowKey={(p) => p.app.id} highlightKey={chosen.app.id} dense />
          </div>
          {onStage && <p className="at-note">{t(text.cellNote)}</p>}
        </>
      }
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway}
      details={
        <>
          <section>
            <h4 className="at-heading" aria-level={3}>{t(text.rationaleHeading)}: {t(app)}</h4>
            <p className="at-rationale">{t(APP_TEXT[chosen.app.id].rationale)}</p>
          </section>
          <p className="at-note">{t(text.serverNote({ model: model.name, device: hw.name, noLink: hw.intraNodeLink === null }))}</p>
          <p className="at-note">{t(text.assumptions)}</p>
        </>
      }
    />
  );
}
