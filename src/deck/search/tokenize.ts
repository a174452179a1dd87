/**
 * Search tokens for both lecture languages: Latin words and numbers as
 * words; Chinese (which has no spaces) as single characters and overlapping
 * character pairs, so "显存" finds 显存 inside "显存带宽" and a one-character
 * query still matches. Used at build time for the index and in the browser
 * for queries, so both sides split text the same way.
 */
const RUN = /[\p{Script=Han}]+|[\p{L}\p{N}][\p{L}\p{N}._-]*/gu;
const HAN = /\p{Script=Han}/u;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(RUN)) {
    const run = match[0];
    if (HAN.test(run)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i += 1) {
        out.push(chars[i] as string);
        if (i + 1 < chars.length) out.push(`${chars[i]}${chars[i + 1]}`);
      }
    } else {
      out.push(run.replace(/[._-]+$/, ''));
    }
  }
  return out;
}

/** Query tokens: for Chinese only the pairs (and a lone character), so every pair of the query must match. */
export function tokenizeQuery(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(RUN)) {
    const run = match[0];
    if (HAN.test(run)) {
      const chars = [...run];
      if (chars.length === 1) out.push(run);
      for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
    } else {
      out.push(run.replace(/[._-]+$/, ''));
    }
  }
  return out;
}
