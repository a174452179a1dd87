/**
 * The typed-in text of a number field, kept apart from the committed value so
 * that half-typed input ("1e", "") never reaches the store: Enter or leaving
 * the field commits through parseNumberText; Escape drops the draft.
 */
import { useState } from 'react';
import { formatInputValue } from '../i18n/format.ts';
import { parseNumberText, type NumberBounds, type ParsedNumber } from './numberInput.ts';
import { clampedTo, enterNumberBetween, roundedTo } from './strings.ts';
import type { Bilingual } from '../i18n/index.ts';

export type DraftOutcome = Exclude<ParsedNumber, { kind: 'ok' }>;

export interface NumberDraft {
  readonly text: string;
  readonly outcome: DraftOutcome | null;
  readonly invalid: boolean;
  edit(text: string): void;
  commit(): void;
  cancel(): void;
  clearMessage(): void;
}

export function useNumberDraft(value: number, bounds: NumberBounds, onChange: (value: number) => void): NumberDraft {
  const [draft, setDraft] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);
  return {
    text: draft ?? formatInputValue(value),
    outcome,
    invalid: outcome?.kind === 'invalid',
    edit(text) {
      setDraft(text);
      setOutcome(null);
    },
    commit() {
      if (draft === null) return;
      const parsed = parseNumberText(draft, bounds);
      if (parsed.kind === 'invalid') {
        setOutcome(parsed);
        return;
      }
      setDraft(null);
      setOutcome(parsed.kind === 'ok' ? null : parsed);
      if (parsed.value !== value) onChange(parsed.value);
    },
    cancel() {
      setDraft(null);
      setOutcome(null);
    },
    clearMessage() {
      setOutcome(null);
    },
  };
}

/** The message for an outcome, with values shown through `show` (e.g. with their unit). */
export function draftMessage(outcome: DraftOutcome, bounds: NumberBounds, show: (value: number) => string): Bilingual {
  switch (outcome.kind) {
    case 'invalid': return enterNumberBetween(show(bounds.min), show(bounds.max));
    case 'clamped': return clampedTo(outcome.bound, show(outcome.value));
    case 'rounded': return roundedTo(show(outcome.value));
  }
}
