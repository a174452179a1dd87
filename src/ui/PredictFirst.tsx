/**
 * "Predict first": a question and choices; picking one (or Reveal) opens the
 * answer and why. Marks are written (✓/✗ + words), not only coloured.
 * Inside a simulator placement the state is the placement's (PredictContext:
 * the clicker can open it, a student's answer is kept, outputs that would
 * give it away are masked on stage until then); without one it keeps its own.
 * `revealed` lets a story step open it from outside.
 */
import { useEffect, useId, useState } from 'react';
import { useText, type Text } from '../i18n/index.ts';
import { usePredictState, type PredictState } from './predict.ts';
import { uiText } from './strings.ts';

export interface PredictChoice {
  readonly id: string;
  readonly label: Text;
}

export interface PredictFirstProps {
  readonly question: Text;
  readonly choices: readonly PredictChoice[];
  readonly answerId: string;
  readonly explanation: Text;
  /** Force the answer open (e.g. from a story step); the student can still pick. */
  readonly revealed?: boolean;
  readonly onReveal?: (pickedId: string | null) => void;
}

const noRegister = () => () => undefined;

/** The state when no placement provides one: local to this component. */
function useLocalPredict(): PredictState {
  const [picked, setPicked] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  return {
    revealed,
    picked,
    pick: (id) => { setPicked(id); setRevealed(true); },
    reveal: () => { setPicked(null); setRevealed(true); },
    reset: () => { setPicked(null); setRevealed(false); },
    register: noRegister,
  };
}

export function PredictFirst({ question, choices, answerId, explanation, revealed: forced = false, onReveal }: PredictFirstProps) {
  const { t } = useText();
  const questionId = useId();
  const shared = usePredictState();
  const local = useLocalPredict();
  const state = shared ?? local;
  const register = state.register;
  // A question a story step has opened needs no clicker press of its own (a press that shows nothing).
  useEffect(() => (forced ? undefined : register()), [register, forced]);
  const revealed = forced || state.revealed;
  const picked = state.picked;
  const answered = shared ? shared.revealed : local.revealed;

  const choose = (choice: string | null) => {
    if (choice === null) state.reveal();
    else state.pick(choice);
    onReveal?.(choice);
  };

  return (
    <div role="group" className={revealed ? 'ui-predict ui-predict-open' : 'ui-predict'} aria-labelledby={questionId}>
      <p id={questionId} className="ui-predict-question">
        <span className="ui-predict-key">{t(uiText.predictFirst)}</span>
        {t(question)}
      </p>
      <div className="ui-predict-choices" role="group" aria-labelledby={questionId}>
        {choices.map((c) => {
          const isAnswer = c.id === answerId;
          const isPicked = c.id === picked;
          const marks: string[] = [];
          if (revealed && isAnswer) marks.push(`✓ ${t(uiText.answer)}`);
          if (revealed && isPicked && !isAnswer) marks.push(`✗ ${t(uiText.yourPick)}`);
          const className = ['ui-predict-choice', revealed && isAnswer ? 'ui-predict-answer' : '', revealed && isPicked && !isAnswer ? 'ui-predict-wrong' : ''].filter(Boolean).join(' ');
          return (
            <button key={c.id} type="button" className={className} aria-pressed={isPicked} disabled={revealed} onClick={() => choose(c.id)}>
              {t(c.label)}
              {marks.length > 0 && <span className="ui-predict-mark"> — {marks.join(' · ')}</span>}
            </button>
          );
        })}
        {!revealed && <button type="button" className="ui-button ui-action" onClick={() => choose(null)}>{t(uiText.reveal)}</button>}
        {answered && (
          <button type="button" className="ui-button ui-action" onClick={() => state.reset()}>
            {t(uiText.tryAgain)}
          </button>
        )}
      </div>
      <div role="status" className="ui-predict-result">
        {revealed && (
          <p className="ui-predict-explanation">
            {picked !== null && <strong>{picked === answerId ? `✓ ${t(uiText.correct)}. ` : `✗ `}</strong>}
            {t(explanation)}
          </p>
        )}
      </div>
    </div>
  );
}
