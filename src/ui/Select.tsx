/** A labelled drop-down; options carry bilingual labels and an optional group (rendered as optgroups in first-seen order). */
import { useId } from 'react';
import { pickText, useText, type Lang, type Text } from '../i18n/index.ts';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: Text;
  readonly group?: Text;
  readonly disabled?: boolean;
}

export interface SelectProps<V extends string> {
  readonly label: Text;
  readonly value: V;
  readonly options: readonly SelectOption<V>[];
  readonly onChange: (value: V) => void;
  readonly disabled?: boolean;
  readonly id?: string;
}

interface OptionGroup<V extends string> {
  readonly name: string | null;
  readonly options: SelectOption<V>[];
}

function groupOptions<V extends string>(options: readonly SelectOption<V>[], lang: Lang): OptionGroup<V>[] {
  const groups: OptionGroup<V>[] = [];
  for (const option of options) {
    const name = option.group === undefined ? null : pickText(option.group, lang);
    const group = groups.find((g) => g.name === name);
    if (group) group.options.push(option);
    else groups.push({ name, options: [option] });
  }
  return groups;
}

export function Select<V extends string>({ label, value, options, onChange, disabled, id }: SelectProps<V>) {
  const { lang, t } = useText();
  const autoId = useId();
  const selectId = id ?? autoId;
  const renderOption = (o: SelectOption<V>) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>{t(o.label)}</option>
  );
  return (
    <div className="ui-field ui-select-field">
      <label htmlFor={selectId} className="ui-label">{t(label)}</label>
      <select
        id={selectId}
        className="ui-select"
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.currentTarget.value);
          if (next) onChange(next.value);
        }}
      >
        {groupOptions(options, lang).map((g) =>
          g.name === null ? g.options.map(renderOption) : <optgroup key={g.name} label={g.name}>{g.options.map(renderOption)}</optgroup>,
        )}
      </select>
    </div>
  );
}
