/** An exercise as text: its question, its givens and its numbers in the unit it asks for (both languages). */
import { getHardware, getInterconnect } from '../../engine/index.ts';
import {
  formatBandwidth, formatBytes, formatCount, formatFlopsPerSec, formatNumber, formatPercent, formatSeconds, presetLabel, type Bilingual,
} from '../../i18n/index.ts';
import type { DisplayUnit, Exercise, Given } from './exercise.ts';
import { unitFactor, type AnswerQuantity } from './parseAnswer.ts';
import { GIVEN_NAMES, question, text } from './text.ts';

/** Significant digits of givens and answers: enough that rounding stays well inside every tolerance. */
const DIGITS = 4;

const deviceName = (id: string): Bilingual => presetLabel(getHardware(id));
const linkName = (id: string): Bilingual => presetLabel(getInterconnect(id));

export function questionOf(ex: Exercise): Bilingual {
  const s = ex.scenario;
  switch (s.kind) {
    case 'kv-cache':
      return question['kv-cache']({ model: s.model.name, batch: formatCount(s.batch), tokens: formatCount(s.tokens), kv: s.kv });
    case 'fit':
      return question.fit({ model: s.model.name, weights: s.weights, batch: formatCount(s.batch), tokens: formatCount(s.tokens), device: deviceName(s.device.id) });
    case 'ridge-point':
      return question['ridge-point']({ device: deviceName(s.device.id), precision: s.precision.toUpperCase() });
    case 'decode-time':
      return question['decode-time']({ model: s.model.name, device: deviceName(s.device.id), batch: formatCount(s.batch), tokens: formatCount(s.tokens) });
    case 'allreduce':
      return question.allreduce({ size: formatBytes(s.bytes, 'binary', DIGITS), ranks: formatCount(s.ranks), link: linkName(s.link.id) });
    case 'bound':
      return question.bound({
        model: s.model.name, device: deviceName(s.device.id), tp: s.tp, link: s.link === null ? null : linkName(s.link.id),
        phase: s.phase, batch: formatCount(s.batch), tokens: formatCount(s.tokens),
      });
  }
}

/** A given's value with its unit. */
export function givenValue(g: Given): Bilingual | string {
  switch (g.format) {
    case 'count': return formatCount(g.value);
    case 'bits': return { zh: `${formatNumber(g.value, DIGITS)} ${text.bits.zh}`, en: `${formatNumber(g.value, DIGITS)} ${text.bits.en}` };
    case 'bytes': return formatBytes(g.value, 'binary', DIGITS);
    case 'bandwidth': return formatBandwidth(g.value, DIGITS);
    case 'flopsPerSec': return formatFlopsPerSec(g.value, 'auto', DIGITS);
    case 'seconds': return formatSeconds(g.value, 'auto', DIGITS);
    case 'percent': return formatPercent(g.value, DIGITS);
    case 'intensity': return `${formatNumber(g.value, DIGITS)} FLOP/B`;
  }
}

export const givenName = (g: Given): Bilingual => GIVEN_NAMES[g.key];

/** A value in base units shown in `unit` ("12.53 GiB", "398.6 µs", "153 FLOP/B"). */
export function inUnit(value: number, quantity: AnswerQuantity, unit: DisplayUnit | string): string {
  const factor = unitFactor(quantity, unit) ?? 1;
  return `${formatNumber(value / factor, DIGITS)} ${unit}`;
}

/** What the student typed, in the exercise's unit, with what they typed beside it when the unit differs. */
export function yoursInUnit(value: number, quantity: AnswerQuantity, unit: DisplayUnit, typedUnit: string): string {
  const shown = inUnit(value, quantity, unit);
  return typedUnit === unit ? shown : text.typedAs(shown, inUnit(value, quantity, typedUnit));
}

