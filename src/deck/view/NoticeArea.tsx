import { useLang, useT } from '../../i18n/index.ts';
import { dismissNotice, useNotices } from '../../state/notices.ts';

/** Short notices (e.g. saved settings that could not be read), in the current language. */
export function NoticeArea() {
  const notices = useNotices();
  const lang = useLang();
  const t = useT();
  return (
    <div className="deck-notices" role="status" aria-live="polite" aria-label={t('notice.region')}>
      {notices.map((notice) => (
        <p key={notice.id} className="deck-notice" data-notice="">
          <span>{notice.text[lang]}</span>
          {notice.action && (
            <button type="button" className="deck-notice-action" data-action="notice-action" onClick={() => { dismissNotice(notice.id); notice.action?.run(); }}>
              {notice.action.label[lang]}
            </button>
          )}
          <button type="button" aria-label={t('notice.dismiss')} title={t('notice.dismiss')} onClick={() => dismissNotice(notice.id)}>×</button>
        </p>
      ))}
    </div>
  );
}
