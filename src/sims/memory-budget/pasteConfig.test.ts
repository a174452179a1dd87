// A pasted config.json keeps only what the engine reads (found by the browser
// fuzz, tests/browser/hostile.spec.mjs): a valid config with a deeply nested or
// huge extra field was saved whole (20 KB in localStorage) and put whole in the
// share link (100 KB, past the 4,000-character limit a link is read up to).
import { describe, expect, it } from 'vitest';
import { configFields, inputs } from './inputs.ts';
import { parseConfig } from './scenario.ts';

const LLAMA = {
  model_type: 'llama', hidden_size: 4096, num_attention_heads: 32, num_hidden_layers: 32,
  intermediate_size: 11008, vocab_size: 32000, max_position_embeddings: 4096,
};
const body = JSON.stringify(LLAMA).slice(1, -1);

describe('memory-budget: a pasted config keeps only its top-level scalar fields', () => {
  it('drops a 10,000-deep nested field and a huge string, and keeps the model', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const result = parseConfig(`{${body},"extra":${deep},"_name_or_path":"${'A'.repeat(100_000)}","architectures":["LlamaForCausalLM"]}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(LLAMA);
    expect(inputs.customConfig.encode(result.value).length).toBeLessThan(400);
  });

  it('keeps at most 200 fields, so a huge flat paste stays small', () => {
    const junk = Array.from({ length: 30_000 }, (_, i) => `"k${i}":${i}`).join(',');
    const result = parseConfig(`{${body},${junk}}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.keys(result.value)).toHaveLength(200);
    // The model's fields after the first 200 are not read: the engine says which one is missing.
    expect(parseConfig(`{${junk},${body}}`).ok).toBe(false);
  });

  it('never copies prototype keys and leaves Object.prototype alone', () => {
    const result = parseConfig(`{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":1,${body}}`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.value).sort()).toEqual(Object.keys(LLAMA).sort());
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('reads a saved or shared config the same way', () => {
    const saved = { ...LLAMA, extra: { a: { b: [1, 2, 3] } }, name: 'x'.repeat(500) };
    expect(inputs.customConfig.parse(saved)).toEqual(LLAMA);
    expect(configFields({ a: 1, b: 'ok', c: null, d: true, e: [], f: {} })).toEqual({ a: 1, b: 'ok', c: null, d: true });
  });
});
