/** One line per step: what the practice changed, in the engine's numbers. */
import type { PracticeId, PracticeLevel } from '../../engine/index.ts';
import { LEVEL_BOUND_TEXT } from '../../i18n/engine/practices.ts';
import { formatBytes, formatCount, formatNumber, formatSeconds, type Bilingual } from '../../i18n/index.ts';
import type { WeightChoice } from './inputs.ts';
import { weightLabel } from './levels.ts';
import { stepText } from './text.ts';

const ms = (s: number | null) => (s === null ? '—' : formatSeconds(s, 'ms'));
const gib = (b: number) => formatBytes(b, 'GiB');
const tps = (v: number | null) => (v === null ? '—' : `${formatNumber(v)} tok/s`);

export function explainStep(practice: PracticeId | 'baseline', prev: PracticeLevel | null, cur: PracticeLevel, weights: WeightChoice, targetMs: number): Bilingual {
  const d = cur.deployment;
  if (!cur.fits) return stepText.doesNotFit({ total: gib(d.memory.total), usable: gib(d.memory.usable) });
  if (practice === 'baseline' || prev === null) {
    return stepText.baseline({ reserved: formatCount(d.reservedTokens), limit: d.batchLimit, tpot: ms(cur.tpotSeconds), bound: LEVEL_BOUND_TEXT[cur.bound] });
  }
  const p = prev.deployment;
  const target = `${formatNumber(targetMs)} ms`;
  switch (practice) {
    case 'quantise-weights':
      return stepText['quantise-weights']({ format: weightLabel(weights), w0: gib(p.memory.weights), w1: gib(d.memory.weights), t0: ms(prev.tpotSeconds), t1: ms(cur.tpotSeconds) });
    case 'kv-fp8':
      return stepText['kv-fp8']({ kv0: gib(p.memory.kv), kv1: gib(d.memory.kv), n0: p.batchLimit, n1: d.batchLimit });
    case 'batching':
      return stepText.batching({ reserved: formatCount(d.reservedTokens), b0: p.batch, b1: d.batch, s0: tps(prev.tokensPerSecond), s1: tps(cur.tokensPerSecond), t0: ms(prev.tpotSeconds), t1: ms(cur.tpotSeconds) });
    case 'fused-attention':
      return stepText['fused-attention']({ a0: gib(p.memory.activations), a1: gib(d.memory.activations), f0: ms(prev.ttftSeconds), f1: ms(cur.ttftSeconds), t0: ms(prev.tpotSeconds), t1: ms(cur.tpotSeconds) });
    case 'tensor-parallel': {
      const comm = ms(cur.timing?.decodeCommSeconds ?? 0);
      switch (cur.tpReason) {
        case 'already-met': return stepText.tpAlreadyMet({ tpot: ms(cur.tpotSeconds), target });
        case 'no-link': return stepText.tpNoLink;
        case 'best-effort': return stepText.tpBestEffort({ target, tp: cur.tp, tpot: ms(cur.tpotSeconds), comm });
        default: return stepText.tpMeets({ target, tp: cur.tp, m0: gib(p.memory.total), m1: gib(d.memory.total), t0: ms(prev.tpotSeconds), t1: ms(cur.tpotSeconds), comm });
      }
    }
    case 'overlap':
      if (cur.tp === 1) return stepText.overlapOneGpu;
      return stepText.overlap({ f: `${formatNumber(cur.overlapFraction * 100)}%`, hidden: ms(cur.timing?.decodeHiddenSeconds ?? 0), t0: ms(prev.tpotSeconds), t1: ms(cur.tpotSeconds) });
  }
}
