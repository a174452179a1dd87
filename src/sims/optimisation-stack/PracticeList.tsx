/** The six practices in the order applied: a toggle each and ▲▼ to move it (explore, figure 13 and 表13). */
import type { PracticeId } from '../../engine/index.ts';
import { PRACTICE_TEXT } from '../../i18n/engine/practices.ts';
import { useText } from '../../i18n/index.ts';
import { Toggle } from '../../ui/index.ts';
import { text } from './text.ts';

export interface PracticeListProps {
  readonly order: readonly PracticeId[];
  readonly off: readonly PracticeId[];
  readonly onChange: (patch: { order?: PracticeId[]; off?: PracticeId[] }) => void;
}

export function PracticeList({ order, off, onChange }: PracticeListProps) {
  const { t } = useText();
  return (
    <fieldset className="os-box">
      <legend className="ui-label">{t(text.practices)}</legend>
      <ol className="os-order">
        {order.map((p, i) => (
          <li key={p} className="os-item">
            <Toggle label={PRACTICE_TEXT[p].short} checked={!off.includes(p)} onChange={(on) => onChange({ off: on ? off.filter((x) => x !== p) : [...off, p] })} />
            <span className="os-move">
              <button type="button" className="ui-button os-arrow" disabled={i === 0} aria-label={t(text.moveLabel({ dir: t(text.earlier), name: t(PRACTICE_TEXT[p].name) }))} onClick={() => onChange({ order: swap(order, i, i - 1) })}>▲</button>
              <button type="button" className="ui-button os-arrow" disabled={i === order.length - 1} aria-label={t(text.moveLabel({ dir: t(text.later), name: t(PRACTICE_TEXT[p].name) }))} onClick={() => onChange({ order: swap(order, i, i + 1) })}>▼</button>
            </span>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const out = [...list];
  if (j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}
