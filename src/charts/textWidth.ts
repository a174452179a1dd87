/**
 * Estimated width of a label in px, without a DOM (layouts are pure and run in
 * tests). CJK glyphs are about 1 em wide, Latin text about 0.6 em (DejaVu Sans, the
 * widest common fallback): close
 * enough to decide whether a label fits, with a margin of error on the safe side.
 */

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const NARROW = /[ .,:;'|!il1()[\]]/;

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (NARROW.test(ch)) em += 0.34;
    else if (ch >= 'A' && ch <= 'Z') em += 0.74;
    else em += 0.64;
  }
  return em * fontSize;
}
