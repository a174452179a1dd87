import { EngineError } from '../../engine/index.ts';
import type { Bilingual } from '../../ui/index.ts';

/** An engine error (or anything thrown) as text in both languages. */
export function errorText(e: unknown): Bilingual {
  if (e instanceof EngineError) return { zh: e.localized('zh'), en: e.localized('en') };
  const m = e instanceof Error ? e.message : String(e);
  return { zh: m, en: m };
}
