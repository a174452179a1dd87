/** An inline message: info and warning are polite (role=status), errors interrupt (role=alert). The kind is written out, not only coloured. */
import type { ReactNode } from 'react';
import { useText, type Text } from '../i18n/index.ts';
import { uiText } from './strings.ts';

export interface NoticeProps {
  readonly kind?: 'info' | 'warning' | 'error';
  readonly text?: Text;
  /** Extra content after the text (e.g. a Reset button). */
  readonly children?: ReactNode;
}

const ICONS = { info: 'ⓘ', warning: '⚠', error: '✕' } as const;

export function Notice({ kind = 'info', text, children }: NoticeProps) {
  const { t } = useText();
  return (
    <div className={`ui-notice ui-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span className="ui-notice-kind"><span aria-hidden="true">{ICONS[kind]} </span>{t(uiText[kind])}</span>
      {text !== undefined && <span className="ui-notice-text">{t(text)}</span>}
      {children}
    </div>
  );
}
