/**
 * Paging the KV cache: where every KV slot goes under contiguous
 * pre-allocation and under PagedAttention blocks, for a seeded batch or the
 * paper's Fig. 3 example; then how many sequences the saved slots keep
 * resident on the chosen device. Stage: scenario, allocation, block size;
 * the share of held slots that store a token and the sequences resident,
 * "how many times as many?" asked before the paged count is shown. Explore
 * adds the model, device, batch and decode step, the waste, throughput and
 * the KV budget.
 */
import {
  getHardware, getModel, kvBudgetDerivation, kvDecodeThroughputDerivation, kvNeverUsedDerivation, kvPagingCapacity, kvSequencesFitDerivation,
  kvSlotMap, kvSlotShareDerivation, kvWastedSlotsDerivation, PAPER_FIG3_REQUESTS, seededRequests, type KvAllocation,
} from '../../engine/index.ts';
import { FitBox, neutralGrey, okabeIto, SlotGrid, type MarkStyle } from '../../charts/index.ts';
import { formatBytes, formatCount, formatCountUnit, formatNumber, formatPercent, formatRatio, useText } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, ResetButton } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceIds, deviceOptions, modelOptions } from '../_shared/options.ts';
import { ALLOCATIONS, SCENARIOS, type Inputs } from './inputs.ts';
import { text, TOKENS, type RatioBin } from './text.ts';

const STATE_STYLES: Record<string, MarkStyle> = {
  used: { color: okabeIto.blue, dash: '', marker: 'square', pattern: 'solid', ink: '#FFFFFF' },
  reserved: { color: okabeIto.orange, dash: '', marker: 'circle', pattern: 'dots', ink: '#000000' },
  internal: { color: okabeIto.vermillion, dash: '', marker: 'triangle', pattern: 'diagonal', ink: '#000000' },
  external: { color: okabeIto.reddishPurple, dash: '', marker: 'diamond', pattern: 'crosshatch', ink: '#000000' },
  free: { color: neutralGrey, dash: '', marker: 'cross', pattern: 'none', ink: '#000000' },
};
const STATES = ['used', 'reserved', 'internal', 'external', 'free'] as const;
const BINS: readonly RatioBin[] = ['same', 'low', 'mid', 'high'];

/** The grid draws at most this many slots; a larger pool is summarised by the numbers beside it. */
const GRID_SLOTS_MAX = 32768;
/** Kwon et al. Fig. 3 draws its two requests in a pool of this many slots. */
const PAPER_POOL = 2560;

function binOf(contiguous: number, paged: number): RatioBin {
  if (contiguous < 1) return paged < 1 ? 'same' : 'high';
  const r = paged / contiguous;
  return r < 1.5 ? 'same' : r < 3 ? 'low' : r < 6 ? 'mid' : 'high';
}

const tokensPerSec = (v: number) => `${formatNumber(v)} tokens/s`;

export function Figure({ state: s, bind, sim }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const tokens = (v: number) => formatCountUnit(v, TOKENS, lang);

  const result = useEngine(() => {
    const model = getModel(s.model);
    const hw = getHardware(s.hardware);
    const paper = s.scenario === 'paper';
    const maxLength = Math.min(s.maxLength, model.maxPositionEmbeddings);
    const seeded = seededRequests({ seed: s.seed, count: s.requests, maxLength });
    const cap = kvPagingCapacity(model, hw, { requests: seeded, blockTokens: s.blockTokens });
    const requests = paper ? PAPER_FIG3_REQUESTS : seeded;
    const pool = paper ? PAPER_POOL : Math.max(1, Math.min(cap.deviceSlots, GRID_SLOTS_MAX));
    const map = kvSlotMap({ requests, allocation: s.allocation, blockTokens: s.blockTokens, poolSlots: pool, step: paper ? 1 : s.step });
    const fit = (a: KvAllocation) => kvSequencesFitDerivation(cap, a);
    const tps = (a: KvAllocation) => kvDecodeThroughputDerivation(cap, a);
    return {
      model, hw, paper, maxLength, seeded, cap, requests, map,
      dShare: kvSlotShareDerivation(map), dWasted: kvWastedSlotsDerivation(map), dBudget: kvBudgetDerivation(cap),
      dFit: { contiguous: fit('contiguous'), paged: fit('paged') },
      dTps: { contiguous: tps('contiguous'), paged: tps('paged') },
    };
  }, [s]);

  const blockBinding = bind('blockTokens');
  const maxOutput = result.ok ? Math.max(1, ...result.value.seeded.map((r) => r.outputTokens)) : 1;
  const controls = (
    <>
      <Segmented {...bind('scenario')} options={SCENARIOS.map((v) => ({ value: v, label: text.scenarios[v] }))} />
      <Segmented {...bind('allocation')} options={ALLOCATIONS.map((v) => ({ value: v, label: text.allocations[v] }))} />
      <Slider {...blockBinding} format={tokens} stops={blockBinding.stops.map((v) => ({ value: v, label: String(v) }))} />
    </>
  );
  const stepBinding = bind('step');
  const moreControls = (
    <>
      <Select {...bind('model')} options={modelOptions()} />
      <Select {...bind('hardware')} options={deviceOptions(deviceIds(['gpu', 'soc']))} />
      <Slider {...bind('requests')} />
      <Slider {...bind('maxLength')} format={tokens} />
      <Slider {...bind('seed')} />
      <Slider {...stepBinding} max={maxOutput} value={Math.min(s.step, maxOutput)} />
      <ResetButton onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { model, hw, paper, maxLength, cap, requests, map, dShare, dWasted, dBudget, dFit, dTps } = result.value;
  const tot = map.totals;
  const held = tot.used + tot.reserved + tot.internal;
  const admitted = text.admitted({ admitted: map.admitted, total: requests.length, pool: map.poolSlots, capped: !paper && cap.deviceSlots > GRID_SLOTS_MAX });
  const summary = t(text.summary({ used: tot.used, reserved: tot.reserved, internal: tot.internal, external: tot.external, free: tot.free, admitted }));

  const chart = !paper && cap.deviceSlots < 1
    ? <Notice kind="warning" text={text.noRoom(formatBytes(Math.max(0, cap.weightBytes + cap.activationBytes + cap.workspaceBytes - cap.capacityBytes * cap.utilization), 'GiB'))} />
    : (
      <>
        <FitBox defaultWidth={760} defaultHeight={440} minHeight={180} aspect={0.62}>
          {({ width, height }) => (
            <SlotGrid width={width} height={height} label={summary}
              poolSlots={map.poolSlots} runs={map.runs} columns={paper ? 64 : undefined} styles={STATE_STYLES}
              legend={STATES.map((id) => ({ id, label: t(text.states[id]) }))} />
          )}
        </FitBox>
        <p className="kv-note">{t(admitted)}</p>
      </>
    );

  const share = <Stat label={text.share} value={held > 0 ? tot.used / held : 0} format={(v) => formatPercent(v)} derivation={dShare} emphasis={paper} />;
  const contiguous = (
    <Stat label={text.residentContiguous} value={cap.sequences.contiguous} format={formatCount} derivation={dFit.contiguous} />
  );
  const paged = (
    <Stat label={text.residentPaged(s.blockTokens)} value={cap.sequences.paged} format={formatCount} derivation={dFit.paged}
      baseline={cap.sequences.contiguous} delta="ratio" baselineLabel={text.vsContiguous} emphasis answers />
  );
  const readouts = paper
    ? (
      <>
        {map.requests.map((r) => {
          const req = requests.find((q) => q.id === r.id);
          return <Stat key={r.id} label={text.neverUsed(r.id, req?.maxLength ?? 0)} value={r.internal} format={formatCount} derivation={kvNeverUsedDerivation(r)} />;
        })}
        {share}
      </>
    )
    : <>{share}{paged}</>;
  const moreReadouts = (
    <>
      {paper ? <>{contiguous}{paged}</> : contiguous}
      <Stat label={text.wasted} value={dWasted.result.value} format={formatCount} derivation={dWasted} />
      <Stat label={text.throughputPaged} value={cap.sequences.paged >= 1 ? cap.tokensPerSecond.paged : Number.NaN} format={tokensPerSec}
        derivation={cap.sequences.paged >= 1 ? dTps.paged : undefined} error={cap.sequences.paged >= 1 ? undefined : text.noSequence}
        baseline={cap.sequences.contiguous >= 1 ? cap.tokensPerSecond.contiguous : undefined} delta="ratio" baselineLabel={text.vsContiguous} />
      <Stat label={text.throughputContiguous} value={cap.sequences.contiguous >= 1 ? cap.tokensPerSecond.contiguous : Number.NaN} format={tokensPerSec}
        derivation={cap.sequences.contiguous >= 1 ? dTps.contiguous : undefined} error={cap.sequences.contiguous >= 1 ? undefined : text.noSequence} />
      <Stat label={text.budget} value={cap.budgetBytes} format={(v) => formatBytes(v, 'GiB')} derivation={dBudget} />
    </>
  );

  const answer = binOf(cap.sequences.contiguous, cap.sequences.paged);
  const ratio = cap.sequences.contiguous > 0 ? formatRatio(cap.sequences.paged / cap.sequences.contiguous) : '∞';
  const predict = (
    <PredictFirst
      question={text.question({ requests: s.requests, max: formatCount(maxLength), model: model.name, device: hw.name, block: s.blockTokens })}
      choices={BINS.map((b) => ({ id: b, label: text.bins[b] }))}
      answerId={answer}
      explanation={text.explanation({
        contiguous: formatCount(cap.sequences.contiguous), paged: formatCount(cap.sequences.paged), ratio,
        maxLen: formatCount(maxLength), slots: formatNumber(cap.slots.paged),
      })}
    />
  );

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway}
    />
  );
}
