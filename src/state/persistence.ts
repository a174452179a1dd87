/**
 * localStorage access that never throws: storage can be disabled, full, or
 * hold text that is not JSON (edited by hand, written by an older version).
 */
export type ReadResult =
  | { readonly kind: 'missing' }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'ok'; readonly value: unknown };

export function readJson(key: string): ReadResult {
  let raw: string | null;
  try {
    raw = globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return { kind: 'missing' };
  }
  if (raw === null) return { kind: 'missing' };
  try {
    return { kind: 'ok', value: JSON.parse(raw) as unknown };
  } catch {
    return { kind: 'corrupt' };
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // quota or disabled storage: the state lives on for this page only
  }
}

export function removeKey(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing to clean up
  }
}
