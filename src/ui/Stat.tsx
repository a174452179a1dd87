/**
 * One output number: label, value with unit, optional change against a
 * baseline (arrow + signed text, not colour alone), and an optional
 * "show the work" button that opens the DerivationPanel.
 */
import { useId, useState } from 'react';
import type { AnyDerivation } from '../i18n/engine/derivations.ts';
import { DerivationPanel } from './DerivationPanel.tsx';
import { useDerivationOverlay } from './derivationOverlay.ts';
import { usePredictMask } from './predict.ts';
import { changeParts, formatChange, formatNumber, formatRatio, MISSING, type QuantityOptions } from '../i18n/format.ts';
import { useText, type Bilingual, type Text } from '../i18n/index.ts';
import { uiText } from './strings.ts';

export interface StatProps {
  readonly label: Text;
  readonly value: number;
  /** The value as text, unit included (e.g. v => formatBytes(v, 'GB')); default formatNumber. */
  readonly format?: (value: number) => string;
  /** Unit appended after `format`'s text, for formats that print a bare number. */
  readonly unit?: Text;
  /** Compare against this value; shows "▲ +25% vs baseline" (or a ratio). */
  readonly baseline?: number;
  readonly baselineLabel?: Text;
  readonly delta?: 'percent' | 'ratio';
  /** When set, the value shows as '—' and this explains why. */
  readonly error?: Bilingual;
  readonly derivation?: AnyDerivation;
  /** Resolved citation for the derivation's source key. */
  readonly source?: string;
  readonly onHoverTerm?: (symbol: string | null) => void;
  readonly highlightedSymbol?: string | null;
  readonly quantity?: QuantityOptions;
  readonly emphasis?: boolean;
  /** This readout answers the slide's predict-first question: on stage it shows "?" until the answer is opened. */
  readonly answers?: boolean;
}

/** Equal to 1e-9 relative (the readout and its derivation come from the same engine call, or they disagree). */
function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export function Stat(props: StatProps) {
  const { label, value, format = formatNumber, unit, baseline, baselineLabel = uiText.vsBaseline, delta = 'percent', error, derivation, source, onHoverTerm, highlightedSymbol, quantity, emphasis, answers } = props;
  const { t } = useText();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const overlay = useDerivationOverlay();
  const masked = usePredictMask() && answers === true;
  if (masked) {
    return (
      <div className={emphasis ? 'ui-stat ui-stat-emphasis ui-stat-masked' : 'ui-stat ui-stat-masked'}>
        <div className="ui-stat-label">{t(label)}</div>
        <div className="ui-stat-value" aria-label={t(uiText.maskedValue)}>?</div>
      </div>
    );
  }
  const valid = error === undefined && Number.isFinite(value);
  const text = valid ? format(value) : MISSING;
  const panel = (id?: string) => derivation === undefined ? null : (
    <DerivationPanel
      id={id}
      derivation={derivation}
      source={source}
      onHoverTerm={onHoverTerm}
      highlightedSymbol={highlightedSymbol}
      quantity={quantity}
    />
  );

  let change: string | null = null;
  if (valid && baseline !== undefined && Number.isFinite(baseline) && baseline !== 0) {
    const fraction = (value - baseline) / Math.abs(baseline);
    // One sign convention (i18n/format): the arrow follows the rounded change, so noise never shows as ▼ −0%.
    const { arrow } = changeParts(fraction);
    const amount = delta === 'ratio' ? formatRatio(value / baseline) : formatChange(fraction);
    change = delta === 'ratio' && arrow !== '' ? `${arrow} ${amount} ${t(baselineLabel)}` : `${amount} ${t(baselineLabel)}`;
  }

  // The derivation must reproduce the number shown (the browser suite fails on a mismatch).
  const mismatch = derivation !== undefined && valid && !sameNumber(value, derivation.result.value);
  return (
    <div className={emphasis ? 'ui-stat ui-stat-emphasis' : 'ui-stat'} data-derivation-mismatch={mismatch ? `${value} ≠ ${derivation.result.value}` : undefined}>
      <div className="ui-stat-label">{t(label)}</div>
      <div className="ui-stat-value ui-num">
        {text}
        {valid && unit !== undefined && <span className="ui-unit"> {t(unit)}</span>}
      </div>
      {change !== null && <div className="ui-stat-delta">{change}</div>}
      {error !== undefined && <div className="ui-field-message ui-field-message-error" role="alert">✕ {t(error)}</div>}
      {derivation !== undefined && valid && overlay.mode === 'overlay' && (
        <button type="button" className="ui-link-button ui-action" aria-haspopup="dialog" onClick={() => overlay.open(t(label), panel())}>
          {t(uiText.showWork)}
        </button>
      )}
      {derivation !== undefined && valid && overlay.mode === 'inline' && (
        <>
          <button type="button" className="ui-link-button ui-action" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
            {t(open ? uiText.hideWork : uiText.showWork)}
          </button>
          {open && panel(panelId)}
        </>
      )}
    </div>
  );
}
