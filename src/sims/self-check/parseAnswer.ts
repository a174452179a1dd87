/**
 * Reading a typed answer: a number with an optional unit, written the way a
 * student in China or elsewhere might write it. Pure, never throws; a result
 * is either a finite value in base SI units or a reason the view turns into
 * a message in the current language.
 *
 * Accepted:
 * - digits in ASCII or full width ("１２３", the Chinese IME), a sign (+, -, −);
 * - a decimal point "." (also full width "．" and "。") or a decimal comma;
 * - thousands separators: "," or "." (whichever is not the decimal mark),
 *   spaces (also no-break and thin), "'" and "’" (Swiss) and "_", in groups of three;
 * - an exponent: "1.2e-3", "1.2×10^-3", "1.2x10**3", "1.2×10⁻³" (as formatNumber prints it);
 * - a unit of the quantity asked, with or without a space: bytes (B, kB,
 *   KiB, MB, MiB, GB, GiB, TB, TiB, PB, PiB, 字节), time (s, ms, µs, us, ns, 秒, 毫秒,
 *   微秒, 纳秒), intensity (FLOP/B, FLOPs/byte, FLOP/字节); no unit means the
 *   unit the question asks in.
 *
 * The one ambiguous form: a single "," or "." followed by exactly three digits.
 * "1,234" is read as 1234 (as Chinese and English write it) and "1.234" as
 * 1.234; with other separators present ("1 234,5", "1.234,5") the last of
 * "," and "." is the decimal mark.
 */

export type AnswerQuantity = 'bytes' | 'seconds' | 'intensity';

export type ParseFailure = 'empty' | 'tooLong' | 'notNumber' | 'unknownUnit' | 'ambiguousUnit' | 'wrongUnit' | 'outOfRange';

export type ParsedAnswer =
  | { readonly ok: true; readonly value: number; readonly unit: string; readonly assumedUnit: boolean }
  | { readonly ok: false; readonly reason: ParseFailure };

interface UnitSpec {
  readonly unit: string;
  readonly factor: number;
  /** Spellings, lower case and without spaces. */
  readonly names: readonly string[];
}

/** The units of each quantity; the first spelling's display form is `unit`. */
export const UNITS: Readonly<Record<AnswerQuantity, readonly UnitSpec[]>> = {
  bytes: [
    { unit: 'B', factor: 1, names: ['b', 'byte', 'bytes', '字节'] },
    { unit: 'kB', factor: 1e3, names: ['kb', '千字节'] },
    { unit: 'KiB', factor: 2 ** 10, names: ['kib'] },
    { unit: 'MB', factor: 1e6, names: ['mb', '兆字节'] },
    { unit: 'MiB', factor: 2 ** 20, names: ['mib'] },
    { unit: 'GB', factor: 1e9, names: ['gb'] },
    { unit: 'GiB', factor: 2 ** 30, names: ['gib'] },
    { unit: 'TB', factor: 1e12, names: ['tb'] },
    { unit: 'TiB', factor: 2 ** 40, names: ['tib'] },
    { unit: 'PB', factor: 1e15, names: ['pb'] },
    { unit: 'PiB', factor: 2 ** 50, names: ['pib'] },
  ],
  seconds: [
    { unit: 's', factor: 1, names: ['s', 'sec', 'secs', 'second', 'seconds', '秒'] },
    { unit: 'ms', factor: 1e-3, names: ['ms', 'msec', 'millisecond', 'milliseconds', '毫秒'] },
    { unit: 'µs', factor: 1e-6, names: ['μs', 'us', 'usec', 'microsecond', 'microseconds', '微秒'] },
    { unit: 'ns', factor: 1e-9, names: ['ns', 'nanosecond', 'nanoseconds', '纳秒'] },
  ],
  intensity: [
    { unit: 'FLOP/B', factor: 1, names: ['flop/b', 'flops/b', 'flop/byte', 'flops/byte', 'flop/字节', 'flops/字节', 'flopperbyte', 'flopsperbyte'] },
  ],
};

/** A bare prefix says neither GB nor GiB (nor minutes or milli-): asked to be spelled out. */
const AMBIGUOUS = new Set(['k', 'm', 'g', 't', 'ki', 'mi', 'gi', 'ti', 'kb/s', 'gb/s', 'flop', 'flops', '千', '兆', '万']);

/** Longest text read: a number with a unit never needs more, and a pasted essay is not an answer. */
export const MAX_ANSWER_CHARS = 64;

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁺': '+', '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/**
 * Sign, number body (digits and separators, starting and ending with a digit,
 * or a leading decimal mark), exponent, unit.
 */
const ANSWER = /^([+-]?)\s*(\d(?:[\d.,'_ 。]*\d)?|[.,。]\d+)(?:\s*[eE]\s*([+-]?\d{1,4})|\s*[×xX*]\s*10\s*(?:\^|\*\*)\s*([+-]?\d{1,4}))?\s*(.*)$/s;

/** The unit of `quantity` whose display form is `unit` (e.g. 'GiB'), or undefined. */
export function unitFactor(quantity: AnswerQuantity, unit: string): number | undefined {
  return UNITS[quantity].find((u) => u.unit === unit)?.factor;
}

function normalise(text: string): string {
  // Superscripts first: NFKC would turn "10⁴" into "104".
  const withCarets = text.replace(/[⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPTS[c] ?? '').join('')}`);
  return withCarets
    .normalize('NFKC')
    .replace(/[\u2212\u2010-\u2014]/g, '-')
    .replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** The number body ("1,234.5", "1 234,5", ".5") as a number, or null when its separators are not a number. */
export function parseNumberBody(body: string): number | null {
  const s = body.replace(/。/g, '.');
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  const otherGroups = /[ '_]/.test(s);
  let decimal: '.' | ',' | null = null;
  if (hasDot && hasComma) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  } else if (hasDot) {
    decimal = count(s, '.') === 1 ? '.' : null;
  } else if (hasComma && count(s, ',') === 1) {
    const [before = '', after = ''] = s.split(',');
    const thousands = !otherGroups && /^\d{3}$/.test(after) && /^[1-9]\d{0,2}$/.test(before);
    decimal = thousands ? null : ',';
  }
  let whole = s;
  let fraction = '';
  if (decimal !== null) {
    if (count(s, decimal) !== 1) return null;
    const at = s.indexOf(decimal);
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return null;
    if (whole === '') whole = '0';
  }
  const separators = whole.match(/\D/g);
  if (separators !== null) {
    if (new Set(separators).size > 1) return null;
    const groups = whole.split(separators[0] as string);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    whole = groups.join('');
  }
  if (!/^\d+$/.test(whole)) return null;
  return Number(`${whole}.${fraction || '0'}`);
}

function findUnit(quantity: AnswerQuantity, name: string): UnitSpec | 'wrong' | undefined {
  const own = UNITS[quantity].find((u) => u.names.includes(name));
  if (own) return own;
  const other = (Object.keys(UNITS) as AnswerQuantity[]).some((q) => q !== quantity && UNITS[q].some((u) => u.names.includes(name)));
  return other ? 'wrong' : undefined;
}

/**
 * Reads `text` as a `quantity`; without a unit the value is taken in
 * `defaultUnit` (a display form from UNITS, e.g. 'GiB'). The value is in
 * base units: bytes, seconds, FLOP/B.
 */
export function parseAnswer(text: unknown, quantity: AnswerQuantity, defaultUnit: string): ParsedAnswer {
  if (typeof text !== 'string') return { ok: false, reason: 'notNumber' };
  if (text.length > MAX_ANSWER_CHARS) return { ok: false, reason: 'tooLong' };
  const s = normalise(text);
  if (s === '') return { ok: false, reason: 'empty' };
  const m = ANSWER.exec(s);
  if (m === null) return { ok: false, reason: 'notNumber' };
  const [, sign = '', body = '', exp1, exp2, rest = ''] = m;
  const mantissa = parseNumberBody(body);
  if (mantissa === null) return { ok: false, reason: 'notNumber' };
  const exponent = Number(exp1 ?? exp2 ?? '0');

  const unitName = rest.toLowerCase().replace(/\s+/g, '');
  let unit: UnitSpec;
  let assumedUnit = false;
  if (unitName === '') {
    const spec = UNITS[quantity].find((u) => u.unit === defaultUnit) ?? UNITS[quantity][0];
    if (spec === undefined) return { ok: false, reason: 'unknownUnit' };
    unit = spec;
    assumedUnit = true;
  } else {
    const found = findUnit(quantity, unitName);
    if (found === 'wrong') return { ok: false, reason: 'wrongUnit' };
    if (found === undefined) {
      if (AMBIGUOUS.has(unitName)) return { ok: false, reason: 'ambiguousUnit' };
      return { ok: false, reason: /^[\d.,'_ ]/.test(unitName) ? 'notNumber' : 'unknownUnit' };
    }
    unit = found;
  }
  const value = (sign === '-' ? -1 : 1) * mantissa * 10 ** exponent * unit.factor;
  if (!Number.isFinite(value)) return { ok: false, reason: 'outOfRange' };
  return { ok: true, value: value === 0 ? 0 : value, unit: unit.unit, assumedUnit };
}
