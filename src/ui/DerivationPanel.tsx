/**
 * "Show the work": the formula (TeX, KaTeX loaded lazily), each term with its
 * live value and unit, the result and the source. Hovering or focusing a term
 * reports its symbol, so the chart can highlight what that term drives; the
 * chart can highlight a term back through `highlightedSymbol`.
 */
import { useEffect, useState } from 'react';
import { derivationTitle, termLabel, type AnyDerivation } from '../i18n/engine/derivations.ts';
import { formatQuantity, type QuantityOptions } from '../i18n/format.ts';
import { loadKatex, renderTex } from './katex.ts';
import { cite, useText } from '../i18n/index.ts';
import { uiText } from './strings.ts';

export interface DerivationPanelProps {
  readonly derivation: AnyDerivation;
  /** The resolved citation of `derivation.source` (e.g. "Kwon et al., SOSP 2023, §3"). */
  /** A citation to show instead of the derivation's own source (rare: a view that adds its own). */
  readonly source?: string;
  readonly onHoverTerm?: (symbol: string | null) => void;
  readonly highlightedSymbol?: string | null;
  /** How values print (e.g. { bytes: 'GiB' } when the source counts in GiB). */
  readonly quantity?: QuantityOptions;
  readonly id?: string;
}

type KatexModule = Awaited<ReturnType<typeof loadKatex>>;

function useKatex(): KatexModule | null {
  const [katex, setKatex] = useState<KatexModule | null>(null);
  useEffect(() => {
    let live = true;
    // On failure the raw TeX stays on screen: still readable, nothing thrown.
    loadKatex().then((k) => { if (live) setKatex(() => k); }, () => undefined);
    return () => { live = false; };
  }, []);
  return katex;
}

function Tex({ katex, tex, display }: { katex: KatexModule | null; tex: string; display: boolean }) {
  if (!katex) return <code className="ui-tex-raw">{tex}</code>;
  return <span className={display ? 'ui-tex ui-tex-display' : 'ui-tex'} dangerouslySetInnerHTML={{ __html: renderTex(katex, tex, display) }} />;
}

export function DerivationPanel({ derivation, source, onHoverTerm, highlightedSymbol, quantity, id }: DerivationPanelProps) {
  const { lang, t } = useText();
  const katex = useKatex();
  const title = derivationTitle(derivation, lang);
  return (
    <div role="region" className="ui-derivation" id={id} aria-label={title}>
      <h4 className="ui-derivation-title">{title}</h4>
      <div className="ui-derivation-formula"><Tex katex={katex} tex={derivation.tex} display /></div>
      <table className="ui-derivation-terms">
        <thead>
          <tr>
            <th scope="col">{t(uiText.symbol)}</th>
            <th scope="col">{t(uiText.value)} · {t(uiText.meaning)}</th>
          </tr>
        </thead>
        <tbody onMouseLeave={() => onHoverTerm?.(null)}>
          {derivation.terms.map((term) => (
            <tr
              key={term.symbol}
              tabIndex={0}
              className={term.symbol === highlightedSymbol ? 'ui-term ui-term-highlight' : 'ui-term'}
              aria-current={term.symbol === highlightedSymbol || undefined}
              onMouseEnter={() => onHoverTerm?.(term.symbol)}
              onFocus={() => onHoverTerm?.(term.symbol)}
              onBlur={() => onHoverTerm?.(null)}
            >
              <th scope="row"><Tex katex={katex} tex={term.symbol} display={false} /></th>
              <td>
                <span className="ui-term-value ui-num">{formatQuantity(term.value, term.unit, quantity)}</span>
                <span className="ui-term-meaning">{termLabel(derivation, term.symbol, lang)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ui-derivation-result">
        <span className="ui-derivation-key">{t(uiText.result)}: </span>
        <strong className="ui-num">{formatQuantity(derivation.result.value, derivation.result.unit, quantity)}</strong>
      </p>
      <p className="ui-derivation-source"><span className="ui-derivation-key">{t(uiText.source)}: </span>{source ?? cite(derivation.source)}</p>
    </div>
  );
}
