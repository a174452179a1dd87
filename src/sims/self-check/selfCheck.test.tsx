import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatNumber, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements, placementOf } from '../_protocol/defineSim.tsx';
import { generateExercise } from './generate.ts';
import SelfCheck from './index.tsx';
import { unitFactor } from './parseAnswer.ts';
import { questionOf } from './present.ts';
import { PROGRESS_STORAGE_KEY, progressStore, reloadProgress } from './progress.ts';

const view = (lang: 'zh' | 'en', ui: React.ReactNode, v: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value={lang}><SimViewContext value={v}>{ui}</SimViewContext></LangContext>);
const en = (ui: React.ReactNode, v: 'stage' | 'explore' = 'explore') => view('en', ui, v);
const story = { kind: 'kv-cache', seed: '1' };

/** The engine's answer to a numeric exercise, typed in its unit with 4 significant digits. */
function typedAnswer(kind: Parameters<typeof generateExercise>[0], seed: number, scale = 1): string {
  const a = generateExercise(kind, seed).answer;
  if (a.type !== 'number') throw new Error('not numeric');
  return String(Number(((a.value * scale) / (unitFactor(a.quantity, a.unit) ?? 1)).toPrecision(4)));
}

const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });
/** The feedback line (the explore view has other live regions: the exercise-number field's message). */
const feedback = () => screen.getAllByRole('status').find((e) => e.classList.contains('sc-feedback'))?.textContent ?? '';
const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check' }));

beforeEach(() => {
  localStorage.clear();
  reloadProgress();
  forgetPlacements();
});

describe('self-check', () => {
  it('opens on the slide’s kind and seed with the engine’s question', () => {
    en(<SelfCheck preset={story} />);
    expect(screen.getByText(questionOf(generateExercise('kv-cache', 1)).en)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kind of exercise' })).toHaveValue('kv-cache');
  });

  it('the engine’s answer is marked correct at once, counted, and the score is saved', () => {
    en(<SelfCheck preset={story} />);
    fireEvent.change(answerBox(), { target: { value: typedAnswer('kv-cache', 1) } });
    check();
    expect(feedback()).toMatch(/✓ Correct/);
    expect(feedback()).toMatch(/Counted in your score/);
    expect(screen.getAllByText('1 of 1 correct').length).toBeGreaterThan(0);
    expect(JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '{}').kinds['kv-cache']).toEqual({ attempted: 1, correct: 1, seeds: [1] });
  });

  it('a wrong answer shows the engine’s beside it, and names a GB-for-GiB slip', () => {
    en(<SelfCheck preset={story} />);
    const a = generateExercise('kv-cache', 1).answer;
    if (a.type !== 'number') throw new Error('not numeric');
    fireEvent.change(answerBox(), { target: { value: typedAnswer('kv-cache', 1, 2 ** 30 / 1e9) } }); // the value in GB, typed as GiB
    check();
    const status = feedback();
    expect(status).toMatch(/✕ Not quite/);
    expect(status).toContain(`${formatNumber(a.value / 2 ** 30, 4)} GiB`);
    expect(status).toMatch(/GB and GiB mixed up/);
    expect(screen.getByText('The engine’s answer')).toBeInTheDocument();
    expect(screen.getAllByText('0 of 1 correct').length).toBeGreaterThan(0);
  });

  it('an answer in GB is converted and marked right, with what was typed beside it', () => {
    en(<SelfCheck preset={story} />);
    const a = generateExercise('kv-cache', 1).answer;
    if (a.type !== 'number') throw new Error('not numeric');
    const gb = Number((a.value / 1e9).toPrecision(4));
    fireEvent.change(answerBox(), { target: { value: `${gb}GB` } });
    expect(screen.getByText(new RegExp(`^= ${formatNumber((gb * 1e9) / 2 ** 30, 4)} GiB$`))).toBeInTheDocument();
    check();
    expect(feedback()).toMatch(/✓ Correct/);
    expect(feedback()).toContain(`(= ${formatNumber(gb, 4)} GB)`);
  });

  it('text that is not a number gets a Chinese message in the Chinese view and is not counted', () => {
    view('zh', <SelfCheck preset={story} />);
    fireEvent.change(screen.getByRole('textbox', { name: '你的答案' }), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toMatch(/读不出一个数/);
    expect(alert).not.toMatch(/[A-Za-z]{4,}/); // no English words
    expect(progressStore.getState()['kv-cache'].attempted).toBe(0);
  });

  it('a bare prefix is sent back to be spelled out; the wrong kind of unit is named', () => {
    en(<SelfCheck preset={story} />);
    fireEvent.change(answerBox(), { target: { value: '12.5 G' } });
    check();
    expect(screen.getByRole('alert').textContent).toMatch(/Ambiguous unit/);
    fireEvent.change(answerBox(), { target: { value: '3 ms' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Wrong kind of unit: this asks for a memory size/);
    expect(progressStore.getState()['kv-cache'].attempted).toBe(0);
  });

  it('“another one like this” moves to the next seed of the same kind with an empty answer', () => {
    en(<SelfCheck preset={story} />);
    fireEvent.change(answerBox(), { target: { value: '1' } });
    check();
    fireEvent.click(screen.getByRole('button', { name: /Another one like this/ }));
    expect(screen.getByText(questionOf(generateExercise('kv-cache', 2)).en)).toBeInTheDocument();
    expect(answerBox()).toHaveValue('');
    expect(feedback()).toBe('');
  });

  it('checking the same exercise again after a reload is not counted twice', () => {
    en(<SelfCheck preset={story} />);
    fireEvent.change(answerBox(), { target: { value: typedAnswer('kv-cache', 1) } });
    check();
    forgetPlacements();
    reloadProgress();
    document.body.innerHTML = '';
    en(<SelfCheck preset={story} />);
    expect(screen.getAllByText('1 of 1 correct').length).toBeGreaterThan(0); // the score survived
    fireEvent.change(answerBox(), { target: { value: typedAnswer('kv-cache', 1) } });
    check();
    expect(feedback()).toMatch(/already counted/);
    expect(progressStore.getState()['kv-cache']).toMatchObject({ attempted: 1, correct: 1 });
  });

  it('“which bound?”: picking the engine’s answer is right, and the choices close', () => {
    en(<SelfCheck preset={{ kind: 'bound', seed: '3' }} />);
    const a = generateExercise('bound', 3).answer;
    if (a.type !== 'bound') throw new Error('not a bound exercise');
    const names = { compute: 'Compute', memory: 'Memory bandwidth', communication: 'Communication' } as const;
    const group = screen.getByRole('group', { name: 'What bounds this step?' });
    fireEvent.click(within(group).getByRole('button', { name: names[a.correct] }));
    expect(feedback()).toMatch(/✓ Correct/);
    for (const b of within(group).getAllByRole('button')) expect(b).toBeDisabled();
  });

  it('“does it fit?”: the verdict and the margin are both needed', () => {
    en(<SelfCheck preset={{ kind: 'fit', seed: '1' }} />);
    const a = generateExercise('fit', 1).answer;
    if (a.type !== 'fit') throw new Error('not a fit exercise');
    const margin = screen.getByRole('textbox', { name: 'Spare or short by' });
    fireEvent.change(margin, { target: { value: String(Number((a.margin / 2 ** 30).toPrecision(4))) } });
    check();
    expect(screen.getByRole('alert').textContent).toMatch(/Pick “fits” or “does not fit” first/);
    fireEvent.click(screen.getByRole('button', { name: a.fits ? 'Fits' : 'Does not fit' }));
    check();
    expect(feedback()).toMatch(/✓ Correct/);
  });

  it('explore: after answering, the worked solution shows the engine’s derivation with this exercise’s numbers', () => {
    en(<SelfCheck preset={story} />);
    expect(screen.getByText('Answer first; the worked solution appears after.')).toBeInTheDocument();
    fireEvent.change(answerBox(), { target: { value: '1' } });
    check();
    const solution = screen.getByRole('region', { name: /Worked solution/ });
    const ex = generateExercise('kv-cache', 1);
    expect(within(solution).getByRole('region', { name: 'KV cache bytes' })).toBeInTheDocument();
    if (ex.scenario.kind !== 'kv-cache') throw new Error('not kv');
    expect(within(solution).getAllByText(`${ex.scenario.batch}`).length).toBeGreaterThan(0);
  });

  it('stage: the engine’s answer opens its work over the exercise', () => {
    en(<SelfCheck preset={story} />, 'stage');
    fireEvent.change(answerBox(), { target: { value: '1' } });
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Show the work' }));
    expect(screen.getByRole('dialog', { name: 'The engine’s answer' })).toBeInTheDocument();
  });

  it('reset clears the score', () => {
    en(<SelfCheck preset={story} />);
    fireEvent.change(answerBox(), { target: { value: typedAnswer('kv-cache', 1) } });
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Reset the score' }));
    expect(screen.getAllByText('none yet').length).toBeGreaterThan(0);
  });

  it('corrupt saved progress starts from an empty score without a crash', () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, '{{not json');
    reloadProgress();
    en(<SelfCheck preset={story} />);
    expect(screen.getAllByText('none yet').length).toBeGreaterThan(0);
  });

  it('kind and seed are the share state: a link reproduces the exercise', () => {
    const def = SelfCheck.definition;
    const sim = placementOf(def, story);
    act(() => sim.set({ kind: 'allreduce', seed: 17 }));
    const link = sim.encode();
    expect(link).toBe('1~kind.allreduce~seed.17');
    forgetPlacements();
    const fresh = placementOf(def, story);
    fresh.apply(link);
    en(<SelfCheck preset={story} />);
    expect(screen.getByText(questionOf(generateExercise('allreduce', 17)).en)).toBeInTheDocument();
  });

  it('a slide preset with a kind that does not exist is reported and the default is used', () => {
    en(<SelfCheck preset={{ kind: 'nope', seed: '1' }} />);
    expect(screen.getByText(/kind="nope" is not valid/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kind of exercise' })).toHaveValue('kv-cache');
  });
});
