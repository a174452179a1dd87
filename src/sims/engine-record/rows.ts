/**
 * The record as table rows: each engine comparison with the labels its
 * cells need (system, precision, lengths, the measured figure's unit). All
 * numbers are the engine's (recordComparison, recordSummary); this file only
 * names and formats them.
 */
import {
  getModel, recordComparison, recordSummary, type NumberFormat, type RecordComparison, type RecordMetric, type RecordSummary, type SourceKey,
} from '../../engine/index.ts';
import { formatCount, formatNumber, formatPercent, formatSeconds, pickText, type Bilingual, type Lang } from '../../i18n/index.ts';
import { citeShort } from '../../i18n/cite.ts';
import { text } from './text.ts';

/** Device names short enough for a table cell (product names, the same in both languages). */
const DEVICE_SHORT: Readonly<Record<string, string>> = {
  'jetson-agx-orin-64gb': 'Orin 64GB', 'h100-sxm': 'H100', h200: 'H200', 'a100-80gb-sxm': 'A100 80GB', 'a100-40gb-sxm': 'A100 40GB',
  l4: 'L4', 'rtx-4090': 'RTX 4090', mi300x: 'MI300X',
};

/**
 * The rows shown on stage: four with known inputs (edge decode, a long-prompt
 * TTFT, a batch-50 throughput, an FP8 7B batch) and two MLPerf rows whose
 * mean prompt is not published. Ids missing from the record are skipped.
 */
export const STAGE_ROWS: readonly string[] = [
  'orin-llama2-7b-mlc-decode',
  'nim-llama33-70b-5000-500-c1-ttft',
  'nim-llama33-70b-5000-500-c50',
  'trtllm-llama2-7b-128-128-b768',
  'mlperf41-llama2-70b-offline-8xh100',
  'mlperf41-mixtral-offline-8xh100',
];

let cache: { readonly comparisons: readonly RecordComparison[]; readonly summary: RecordSummary } | null = null;

/** recordComparison() and its summary, computed once per page (the record is fixed data; the sweep takes ~0.1 s). */
export function theRecord(): { readonly comparisons: readonly RecordComparison[]; readonly summary: RecordSummary } {
  if (cache === null) {
    const comparisons = recordComparison();
    cache = { comparisons, summary: recordSummary(comparisons) };
  }
  return cache;
}

export const isRate = (m: RecordMetric): boolean => m === 'outputTokensPerSecond' || m === 'decodeTokensPerSecond';

/** A figure of the row's metric with its unit: tokens/s or milliseconds. */
export function formatMetric(metric: RecordMetric, value: number, lang: Lang): string {
  return isRate(metric) ? `${formatNumber(value)} ${pickText(text.tokensPerSec, lang)}` : formatSeconds(value, 'ms');
}

export function formatName(f: NumberFormat, lang: Lang): string {
  if (typeof f === 'string') return f.toUpperCase();
  const groups = f.groupSize === undefined || f.groupSize <= 0 ? '' : f.groupSize >= 1 << 20 ? ` ${pickText(text.perChannel, lang)}` : ` g${f.groupSize}`;
  return `INT${f.bits}${groups}`;
}

export function systemLabel(c: RecordComparison): string {
  const r = c.row;
  return `${r.gpus}× ${DEVICE_SHORT[r.hardware] ?? r.hardware} · TP${r.tp}`;
}

export function modelLabel(c: RecordComparison): string {
  return getModel(c.row.model).name;
}

export function precisionLabel(c: RecordComparison, lang: Lang): string {
  const w = formatName(c.row.weights, lang);
  const kv = formatName(c.row.kv, lang);
  return w === kv ? w : pickText(text.weightsKv(w, kv), lang);
}

/** The stage's short form: the bit widths only ("INT4 / FP16" for INT4 weights with an FP16 KV cache); groups are in explore. */
export function precisionShort(c: RecordComparison): string {
  const bits = (f: NumberFormat) => (typeof f === 'string' ? f.toUpperCase() : `INT${f.bits}`);
  const w = bits(c.row.weights);
  const kv = bits(c.row.kv);
  return w === kv ? w : `${w} / ${kv}`;
}

/** "5,000 / 500"; a row without a published mean prompt: "≤ 1,024 / 290" (the dataset's longest) or "? / 146". */
export function inOutLabel(c: RecordComparison): string {
  const r = c.row;
  const input = r.inputTokens !== null ? formatCount(r.inputTokens) : r.inputTokensMax !== undefined ? `≤ ${formatCount(r.inputTokensMax)}` : '?';
  return `${input} / ${formatCount(r.outputTokens)}`;
}

export function concurrencyLabel(c: RecordComparison, lang: Lang): string {
  return c.row.concurrency === null ? pickText(text.serverChoice, lang) : formatCount(c.row.concurrency);
}

/** The source as author and year, the citation a table cell has room for; the full citation is listed under the table. */
export const shortCite = (key: SourceKey): string => citeShort(key);

export function boundText(c: RecordComparison): Bilingual {
  if (!c.boundHolds) return text.violated;
  if (c.row.inputTokens === null && c.breakEvenInputTokens !== null) return text.holdsUpTo(formatCount(c.breakEvenInputTokens));
  return text.holds;
}

export function signedPercent(fraction: number): string {
  return `${fraction > 0 ? '+' : ''}${formatPercent(fraction, 2)}`;
}

export function withinText(c: RecordComparison, tolerance: number): Bilingual {
  if (c.realisticError === null) return text.boundOnly;
  const error = signedPercent(c.realisticError);
  if (c.row.realistic !== true) return text.excluded(error);
  return Math.abs(c.realisticError) <= tolerance ? text.withinYes(error) : text.withinNo(error);
}

/** How much of the ideal speed the measurement reached: measured ÷ ideal for a rate, ideal ÷ measured for a time. */
export function speedShare(c: RecordComparison): number {
  return isRate(c.row.metric) ? c.measuredOverIdeal : 1 / c.measuredOverIdeal;
}
