/** Reset for the section-3 memory simulators: the kit's look, plus data-action="sim-reset" for the browser suite. */
import { useText } from '../../ui/index.ts';

export function SimReset({ onReset }: { readonly onReset: () => void }) {
  const { t } = useText();
  return (
    <button type="button" className="ui-button ui-reset" data-action="sim-reset" title={t({ zh: '恢复默认设置', en: 'Restore the defaults' })} onClick={onReset}>
      <span aria-hidden="true">↺ </span>{t({ zh: '重置', en: 'Reset' })}
    </button>
  );
}
