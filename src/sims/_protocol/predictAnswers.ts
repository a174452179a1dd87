/**
 * A student's answers to "predict first" questions, per placement, kept
 * across reloads (`lio.predict`). Only answers given on the page are saved;
 * the presenter's clicker opening an answer is a moment in the lecture, not
 * the student's answer, and is not saved.
 */
import { createStore } from 'zustand/vanilla';
import { readJson, writeJson } from '../../state/persistence.ts';

export const PREDICT_STORAGE_KEY = 'lio.predict';

export interface PredictAnswer {
  /** The choice picked, or null when the answer was opened without picking. */
  readonly picked: string | null;
}

type Answers = Readonly<Record<string, PredictAnswer>>;

function readAnswers(): Answers {
  const read = readJson(PREDICT_STORAGE_KEY);
  if (read.kind !== 'ok' || typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) return {};
  const out: Record<string, PredictAnswer> = {};
  for (const [key, value] of Object.entries(read.value as Record<string, unknown>)) {
    if (key.length > 80 || typeof value !== 'object' || value === null) continue;
    const picked = (value as { picked?: unknown }).picked;
    if (picked === null || (typeof picked === 'string' && picked.length <= 40)) out[key] = { picked };
  }
  return out;
}

export const predictAnswers = createStore<Answers>(() => readAnswers());
predictAnswers.subscribe((answers) => writeJson(PREDICT_STORAGE_KEY, answers));

export function answerPrediction(placement: string, picked: string | null): void {
  predictAnswers.setState({ [placement]: { picked } });
}

export function clearPrediction(placement: string): void {
  const { [placement]: _gone, ...rest } = predictAnswers.getState();
  predictAnswers.setState(rest, true);
}
