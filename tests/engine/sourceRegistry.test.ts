import { describe, expect, it } from 'vitest';
import { sourceAreas } from '../../src/engine/sources/index.ts';

describe('source registry', () => {
  it('defines every source key in exactly one area file', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [area, entries] of Object.entries(sourceAreas)) {
      for (const key of Object.keys(entries)) {
        const first = seen.get(key);
        if (first) duplicates.push(`${key} (${first}, ${area})`);
        else seen.set(key, area);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
