/**
 * "Predict first": a question and choices; picking one (or Reveal) shows the
 * answer and why. Marks are written (✓/✗ + words), not only coloured.
 * `revealed` lets a presenter's step reveal it from outside; in the deck the
 * clicker reveals it too (see predictClicker.ts).
 */
import { useContext, useEffect, useId, useState } from 'react';
import { PredictClickerContext } from './predictClicker.ts';
import { useText, type Text } from '../i18n/index.ts';
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

export function PredictFirst({ question, choices, answerId, explanation, revealed: forced = false, onReveal }: PredictFirstProps) {
  const { t } = useText();
  const questionId = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [revealedHere, setRevealedHere] = useState(false);
  const clicker = useContext(PredictClickerContext);
  const register = clicker?.register;
  useEffect(() => register?.(), [register]);
  const revealed = forced || revealedHere || (clicker?.revealed ?? false);

  const reveal = (choice: string | null) => {
    setPicked(choice);
    setRevealedHere(true);
    onReveal?.(choice);
  };

  return (
    <div role="group" className="ui-predict" aria-labelledby={questionId}>
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
            <button key={c.id} type="button" className={className} aria-pressed={isPicked} disabled={revealed} onClick={() => reveal(c.id)}>
              {t(c.label)}
              {marks.length > 0 && <span className="ui-predict-mark"> — {marks.join(' · ')}</span>}
            </button>
          );
        })}
      </div>
      <div role="status" className="ui-predict-result">
        {revealed && (
          <p className="ui-predict-explanation">
            {picked !== null && <strong>{picked === answerId ? `✓ ${t(uiText.correct)}. ` : `✗ `}</strong>}
            {t(explanation)}
          </p>
        )}
      </div>
      <div className="ui-predict-actions">
        {!revealed && <button type="button" className="ui-button" onClick={() => reveal(null)}>{t(uiText.reveal)}</button>}
        {revealedHere && (
          <button type="button" className="ui-button" onClick={() => { setPicked(null); setRevealedHere(false); }}>
            {t(uiText.tryAgain)}
          </button>
        )}
      </div>
    </div>
  );
}
