/**
 * The self-check: one engine-generated exercise at a time. Stage: the kind,
 * "another one like this" and the score's reset; the exercise (question,
 * givens, the answer field or choices, feedback the moment it is checked);
 * the score, the student's answer and the engine's with its derivation.
 * Explore adds the exercise number, every derivation of the worked solution,
 * each kind's progress and how an answer may be written.
 */
import { useId, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import type { StepBound } from '../../engine/index.ts';
import { changeParts, formatPercent, useText } from '../../i18n/index.ts';
import { DerivationPanel, NumberField, Notice, Select, SimFrame, Stat, type Bilingual } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { BOUNDS, EXERCISE_KINDS, KIND_FAMILY, MAX_SEED, nextSeed, type Exercise, type FitAnswer, type NumberAnswer } from './exercise.ts';
import { generateExercise } from './generate.ts';
import { gradeBound, gradeFit, gradeNumber, type FitGrade, type NumberGrade } from './grade.ts';
import type { Inputs } from './inputs.ts';
import { parseAnswer, type AnswerQuantity, type ParseFailure } from './parseAnswer.ts';
import { givenName, givenValue, inUnit, questionOf, yoursInUnit } from './present.ts';
import { progressStore, recordAttempt, resetProgress, totals, type Progress } from './progress.ts';
import { BOUND_NAMES, FAMILY_NAMES, KIND_NAMES, parseMessage, slipHint, text } from './text.ts';

type Attempt =
  | { readonly type: 'number'; readonly value: number; readonly typedUnit: string; readonly grade: NumberGrade; readonly counted: boolean }
  | { readonly type: 'bound'; readonly picked: StepBound; readonly correct: boolean; readonly counted: boolean }
  | { readonly type: 'fit'; readonly fits: boolean; readonly margin: number; readonly typedUnit: string; readonly grade: FitGrade; readonly counted: boolean };

/** An attempt before it is counted (Omit over each member of the union). */
type Unrecorded<A> = A extends unknown ? Omit<A, 'counted'> : never;

const useProgress = (): Progress => useSyncExternalStore(progressStore.subscribe, progressStore.getState, progressStore.getState);

export function Figure(props: SimViewProps<Inputs>) {
  const { kind, seed } = props.state;
  const result = useEngine(() => generateExercise(kind, seed), [kind, seed]);
  if (!result.ok) return <SimFrame controls={<Controls {...props} />} chart={<Notice kind="error" text={result.error} />} />;
  // A new exercise starts with an empty answer.
  return <ExerciseView key={`${kind}:${seed}`} {...props} exercise={result.value} />;
}

function Controls({ state: s, set }: SimViewProps<Inputs>) {
  const { t } = useText();
  return (
    <>
      <Select
        label={text.kind}
        value={s.kind}
        options={EXERCISE_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k], group: FAMILY_NAMES[KIND_FAMILY[k]] }))}
        onChange={(kind) => set({ kind })}
      />
      <button type="button" className="ui-button sc-another" data-action="another" onClick={() => set({ seed: nextSeed(s.seed) })}>
        <span aria-hidden="true">↻ </span>{t(text.another)}
      </button>
      <button type="button" className="ui-button ui-action" title={t(text.resetScoreHint)} onClick={resetProgress}>
        {t(text.resetScore)}
      </button>
    </>
  );
}

function ExerciseView(props: SimViewProps<Inputs> & { readonly exercise: Exercise }) {
  const { state: s, set, sim, exercise: ex } = props;
  const { t } = useText();
  const progress = useProgress();
  const questionId = useId();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const answer = ex.answer;

  const record = (a: Unrecorded<Attempt>, correct: boolean) => setAttempt({ ...a, counted: recordAttempt(ex.kind, ex.seed, correct) } as Attempt);

  let form;
  if (answer.type === 'number') {
    form = (
      <NumberAnswerForm answer={answer} done={attempt !== null} onCheck={(value, typedUnit) => {
        const grade = gradeNumber(value, answer);
        record({ type: 'number', value, typedUnit, grade }, grade.correct);
      }} />
    );
  } else if (answer.type === 'fit') {
    form = (
      <FitAnswerForm answer={answer} attempt={attempt?.type === 'fit' ? attempt : null} onCheck={(fits, margin, typedUnit) => {
        const grade = gradeFit(fits, margin, answer);
        record({ type: 'fit', fits, margin, typedUnit, grade }, grade.correct);
      }} />
    );
  } else {
    const picked = attempt?.type === 'bound' ? attempt.picked : null;
    form = (
      <div className="sc-choices" role="group" aria-label={t(text.boundChoice)}>
        {BOUNDS.map((b) => {
          const marks = picked === null ? '' : b === answer.correct ? ` — ✓ ${t(text.engineAnswer)}` : b === picked ? ` — ✗ ${t(text.yourAnswer)}` : '';
          return (
            <button key={b} type="button" className="ui-predict-choice" aria-pressed={picked === b} disabled={picked !== null}
              onClick={() => record({ type: 'bound', picked: b, correct: gradeBound(b, answer) }, gradeBound(b, answer))}>
              {t(BOUND_NAMES[b])}{marks}
            </button>
          );
        })}
      </div>
    );
  }

  const chart = (
    <div role="group" className="sc-card" aria-labelledby={questionId}>
      <p className="sc-meta">{t(FAMILY_NAMES[KIND_FAMILY[ex.kind]])} · {t(KIND_NAMES[ex.kind])} · {t(text.exercise(ex.seed))}</p>
      <p className="sc-question" id={questionId}>{t(questionOf(ex))}</p>
      <div className="sc-givens-block">
        <span className="sc-givens-title">{t(text.givens)}</span>
        <dl className="sc-givens">
          {ex.givens.map((g) => (
            <div key={g.key} className="sc-given">
              <dt>{t(givenName(g))}</dt>
              <dd className="ui-num">{t(givenValue(g))}</dd>
            </div>
          ))}
        </dl>
      </div>
      {form}
      <div role="status" className="sc-feedback">{attempt !== null && <Feedback exercise={ex} attempt={attempt} />}</div>
    </div>
  );

  const p = progress[ex.kind];
  const all = totals(progress);
  const readouts = (
    <>
      <Stat label={text.thisKind} value={p.correct} format={() => t(text.score(p.correct, p.attempted))} />
      {attempt !== null && <YourAnswer exercise={ex} attempt={attempt} />}
      {attempt !== null && <EngineAnswer exercise={ex} />}
    </>
  );
  const moreReadouts = <Stat label={text.allKinds} value={all.correct} format={() => t(text.score(all.correct, all.attempted))} />;
  const moreControls = (
    <>
      <NumberField label={text.seed} value={s.seed} min={1} max={MAX_SEED} step={1} onChange={(seed) => set({ seed })} />
      <SimReset onReset={sim.reset} />
    </>
  );
  const details = (
    <>
      <div role="region" className="sc-solution" aria-label={t(text.solution)}>
        <h3 className="sc-heading">{t(text.solution)}</h3>
        {attempt === null
          ? <p>{t(text.solutionPending)}</p>
          : ex.derivations.map((d, i) => <DerivationPanel key={`${d.id}-${i}`} derivation={d} quantity={{ bytes: 'GiB' }} />)}
      </div>
      <ProgressTable progress={progress} />
      <div className="sc-formats">
        <h3 className="sc-heading">{t(text.formats)}</h3>
        <p>{t(text.formatsBody)}</p>
      </div>
    </>
  );

  return (
    <SimFrame
      controls={<Controls {...props} />}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      takeaway={text.takeaway}
      details={details}
    />
  );
}

function correctOf(a: Attempt): boolean {
  return a.type === 'bound' ? a.correct : a.grade.correct;
}

/** Reads a typed number: the parse error (after a check) or how it reads (when its unit differs). */
function useAnswerDraft(quantity: AnswerQuantity, unit: string) {
  const [draft, setDraft] = useState('');
  const [tried, setTried] = useState(false);
  const parsed = parseAnswer(draft, quantity, unit);
  const error: ParseFailure | null = tried && !parsed.ok ? parsed.reason : null;
  const preview = parsed.ok && parsed.unit !== unit ? inUnit(parsed.value, quantity, unit) : null;
  return { draft, setDraft, parsed, error, preview, tried: () => setTried(true) };
}

function AnswerField({ label, quantity, unit, draft, done, action }: {
  readonly label: Bilingual; readonly quantity: AnswerQuantity; readonly unit: string; readonly done: boolean;
  readonly draft: ReturnType<typeof useAnswerDraft>; readonly action: ReactNode;
}) {
  const { t } = useText();
  const id = useId();
  const messageId = useId();
  return (
    <div className="ui-field sc-answer-field">
      <label htmlFor={id} className="ui-label">{t(label)}</label>
      <span className="sc-answer-row">
        <input
          id={id}
          className="ui-number-input sc-answer-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          aria-invalid={draft.error !== null || undefined}
          aria-describedby={messageId}
          readOnly={done}
          value={draft.draft}
          onChange={(e) => draft.setDraft(e.currentTarget.value)}
        />
        <span className="ui-unit">{unit}</span>
        {action}
      </span>
      <span id={messageId} role={draft.error === null ? undefined : 'alert'} className={draft.error === null ? 'ui-field-message' : 'ui-field-message ui-field-message-error'}>
        {draft.error !== null ? `✕ ${t(parseMessage(draft.error, quantity))}` : draft.preview !== null ? `= ${draft.preview}` : t(text.answerHint(unit))}
      </span>
    </div>
  );
}

function NumberAnswerForm({ answer, done, onCheck }: { readonly answer: NumberAnswer; readonly done: boolean; readonly onCheck: (value: number, typedUnit: string) => void }) {
  const { t } = useText();
  const draft = useAnswerDraft(answer.quantity, answer.unit);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    draft.tried();
    if (!done && draft.parsed.ok) onCheck(draft.parsed.value, draft.parsed.unit);
  };
  return (
    <form className="sc-form" onSubmit={submit} noValidate>
      <AnswerField label={text.answer} quantity={answer.quantity} unit={answer.unit} draft={draft} done={done}
        action={<button type="submit" className="ui-button sc-check" disabled={done}>{t(text.check)}</button>} />
    </form>
  );
}

function FitAnswerForm({ answer, attempt, onCheck }: {
  readonly answer: FitAnswer; readonly attempt: Extract<Attempt, { type: 'fit' }> | null; readonly onCheck: (fits: boolean, margin: number, typedUnit: string) => void;
}) {
  const { t } = useText();
  const [fits, setFits] = useState<boolean | null>(null);
  const [missingChoice, setMissingChoice] = useState(false);
  const draft = useAnswerDraft('bytes', answer.unit);
  const done = attempt !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    draft.tried();
    setMissingChoice(fits === null);
    if (!done && fits !== null && draft.parsed.ok) onCheck(fits, draft.parsed.value, draft.parsed.unit);
  };
  const choice = (value: boolean, label: Bilingual) => {
    const mark = !done ? '' : value === answer.fits ? ` — ✓ ${t(text.engineAnswer)}` : value === fits ? ` — ✗ ${t(text.yourAnswer)}` : '';
    return (
      <button type="button" className="ui-predict-choice" aria-pressed={fits === value} disabled={done} onClick={() => { setFits(value); setMissingChoice(false); }}>
        {t(label)}{mark}
      </button>
    );
  };
  return (
    <form className="sc-form" onSubmit={submit} noValidate>
      <div className="ui-field">
        <span className="ui-label">{t(text.fitChoice)}</span>
        <div className="sc-choices" role="group" aria-label={t(text.fitChoice)}>
          {choice(true, text.fits)}
          {choice(false, text.doesNotFit)}
        </div>
        {missingChoice && <span role="alert" className="ui-field-message ui-field-message-error">✕ {t(text.pickFit)}</span>}
      </div>
      <AnswerField label={text.margin} quantity="bytes" unit={answer.unit} draft={draft} done={done}
        action={<button type="submit" className="ui-button sc-check" disabled={done}>{t(text.check)}</button>} />
    </form>
  );
}

const tolerancePercent = (relative: number) => formatPercent(relative);
const errorText = (relativeError: number) => (Number.isFinite(relativeError) ? changeParts(relativeError).amount : '—');

function Feedback({ exercise: ex, attempt }: { readonly exercise: Exercise; readonly attempt: Attempt }) {
  const { t } = useText();
  const a = ex.answer;
  const correct = correctOf(attempt);
  let detail: Bilingual | null = null;
  let slip = null;
  if (attempt.type === 'number' && a.type === 'number') {
    detail = text.numberFeedback({
      yours: yoursInUnit(attempt.value, a.quantity, a.unit, attempt.typedUnit), engine: inUnit(a.value, a.quantity, a.unit),
      error: errorText(attempt.grade.relativeError), tolerance: tolerancePercent(a.tolerance.relative),
    });
    slip = attempt.grade.slip;
  } else if (attempt.type === 'fit' && a.type === 'fit') {
    detail = text.fitFeedback({
      yoursFits: attempt.fits, engineFits: a.fits, yours: yoursInUnit(Math.abs(attempt.margin), 'bytes', a.unit, attempt.typedUnit),
      engine: inUnit(a.margin, 'bytes', a.unit), error: errorText(attempt.grade.margin.relativeError), tolerance: tolerancePercent(a.tolerance.relative),
    });
    slip = attempt.grade.margin.slip;
  } else if (attempt.type === 'bound' && a.type === 'bound') {
    detail = text.boundFeedback({ yours: BOUND_NAMES[attempt.picked], engine: BOUND_NAMES[a.correct] });
  }
  return (
    <p className={correct ? 'sc-verdict sc-right' : 'sc-verdict sc-wrong'}>
      <strong>{t(correct ? text.right : text.wrong)}</strong>{' '}
      {detail !== null && t(detail)}{' '}
      {slip !== null && <>{t(slipHint[slip])} </>}
      <span className="sc-counted">{t(attempt.counted ? text.counted : text.alreadyCounted)}</span>
    </p>
  );
}

function YourAnswer({ exercise: ex, attempt }: { readonly exercise: Exercise; readonly attempt: Attempt }) {
  const { t } = useText();
  const a = ex.answer;
  let shown = '';
  if (attempt.type === 'number' && a.type === 'number') shown = yoursInUnit(attempt.value, a.quantity, a.unit, attempt.typedUnit);
  else if (attempt.type === 'fit' && a.type === 'fit') shown = `${t(attempt.fits ? text.fits : text.doesNotFit)} · ${inUnit(Math.abs(attempt.margin), 'bytes', a.unit)}`;
  else if (attempt.type === 'bound') shown = t(BOUND_NAMES[attempt.picked]);
  const mark = correctOf(attempt) ? '✓' : '✕';
  return <Stat label={text.yourAnswer} value={0} format={() => `${shown} ${mark}`} />;
}

function EngineAnswer({ exercise: ex }: { readonly exercise: Exercise }) {
  const { t } = useText();
  const a = ex.answer;
  const d = ex.derivations[0];
  if (d === undefined) return null;
  let format: (v: number) => string;
  let label: Bilingual = text.engineAnswer;
  if (a.type === 'number') format = (v) => inUnit(v, a.quantity, a.unit);
  else if (a.type === 'fit') {
    label = text.freeMemory;
    format = (v) => inUnit(v, 'bytes', a.unit);
  } else format = () => t(text.boundIs(BOUND_NAMES[a.correct]));
  return <Stat label={label} value={d.result.value} format={format} derivation={d} quantity={{ bytes: 'GiB' }} emphasis />;
}

function ProgressTable({ progress }: { readonly progress: Progress }) {
  const { t } = useText();
  return (
    <table className="sc-progress">
      <caption>{t(text.progressCaption)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(text.kind)}</th>
          <th scope="col">{t(text.family)}</th>
          <th scope="col">{t(text.attempted)}</th>
          <th scope="col">{t(text.correct)}</th>
        </tr>
      </thead>
      <tbody>
        {EXERCISE_KINDS.map((k) => (
          <tr key={k}>
            <th scope="row">{t(KIND_NAMES[k])}</th>
            <td>{t(FAMILY_NAMES[KIND_FAMILY[k]])}</td>
            <td className="ui-num">{progress[k].attempted}</td>
            <td className="ui-num">{progress[k].correct}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
