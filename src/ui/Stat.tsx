/**
 * One output number: label, value with unit, optional change against a
 * baseline (arrow + signed text, not colour alone), and an optional
 * "show the work" button that opens the DerivationPanel.
 */
import { useId, useState } from 'react';
import type { Derivation } from '../engine/index.ts';
import { DerivationPanel } from './DerivationPanel.tsx';
import { formatChange, formatNumber, formatRatio, MISSING, type QuantityOptions } from './format.ts';
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
  readonly derivation?: Derivation;
  /** Resolved citation for the derivation's source key. */
  readonly source?: string;
  readonly onHoverTerm?: (symbol: string | null) => void;
  readonly highlightedSymbol?: string | null;
  readonly quantity?: QuantityOptions;
  readonly emphasis?: boolean;
}

export function Stat(props: StatProps) {
  const { label, value, format = formatNumber, unit, baseline, baselineLabel = uiText.vsBaseline, delta = 'percent', error, derivation, source, onHoverTerm, highlightedSymbol, quantity, emphasis } = props;
  const { t } = useText();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const valid = error === undefined && Number.isFinite(value);
  const text = valid ? format(value) : MISSING;

  let change: string | null = null;
  if (valid && baseline !== undefined && Number.isFinite(baseline) && baseline !== 0) {
    const fraction = (value - baseline) / Math.abs(baseline);
    const arrow = fraction > 0 ? '▲' : fraction < 0 ? '▼' : '=';
    const amount = delta === 'ratio' ? formatRatio(value / baseline) : formatChange(fraction);
    change = `${arrow} ${amount} ${t(baselineLabel)}`;
  }

  return (
    <div className={emphasis ? 'ui-stat ui-stat-emphasis' : 'ui-stat'}>
      <div className="ui-stat-label">{t(label)}</div>
      <div className="ui-stat-value ui-num">
        {text}
        {valid && unit !== undefined && <span className="ui-unit"> {t(unit)}</span>}
      </div>
      {change !== null && <div className="ui-stat-delta">{change}</div>}
      {error !== undefined && <div className="ui-field-message ui-field-message-error" role="alert">✕ {t(error)}</div>}
      {derivation !== undefined && valid && (
        <>
          <button type="button" className="ui-link-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
            {t(open ? uiText.hideWork : uiText.showWork)}
          </button>
          {open && (
            <DerivationPanel
              id={panelId}
              derivation={derivation}
              source={source ?? derivation.source}
              onHoverTerm={onHoverTerm}
              highlightedSymbol={highlightedSymbol}
              quantity={quantity}
            />
          )}
        </>
      )}
    </div>
  );
}
