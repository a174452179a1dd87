/**
 * The lecture's references as BibTeX, generated from the engine's source
 * registry (src/i18n/bibtex.ts). Stage: pick a reference, see and copy its
 * entry, or copy all of them at once. Explore adds the whole list (all,
 * the outline's or the lecture's own) in one field to select and copy.
 */
import { useState } from 'react';
import { getSource } from '../../engine/index.ts';
import { bibtexEntry, toBibtex, toBibtexList } from '../../i18n/bibtex.ts';
import { citeShort } from '../../i18n/cite.ts';
import { useText } from '../../i18n/index.ts';
import { Segmented, Select, SimFrame } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { SimReset } from '../_shared/SimReset.tsx';
import { CopyField } from './CopyField.tsx';
import { CopyIcon } from './CopyIcon.tsx';
import { copyText } from './copyText.ts';
import { LISTS, type Inputs, type ListChoice } from './inputs.ts';
import { LECTURE_REFERENCES } from './references.ts';
import { text } from './text.ts';

/** The .bib text of a list of the lecture's references, in the slides' order. */
export function referencesBibtex(list: ListChoice): string {
  return toBibtexList(LECTURE_REFERENCES.filter((r) => list === 'all' || r.list === list).map((r) => getSource(r.key)));
}

export function Figure({ state: s, bind, sim }: SimViewProps<Inputs>) {
  const { t } = useText();
  const [allStatus, setAllStatus] = useState<boolean | null>(null);
  const ref = LECTURE_REFERENCES.find((r) => r.key === s.entry) ?? LECTURE_REFERENCES[0];
  if (ref === undefined) return null;
  const source = getSource(ref.key);
  const entry = bibtexEntry(source);
  const everything = referencesBibtex('all');
  const listed = referencesBibtex(s.list);
  const listCount = LECTURE_REFERENCES.filter((r) => s.list === 'all' || r.list === s.list).length;

  const options = LECTURE_REFERENCES.map((r) => ({
    value: r.key,
    label: text.optionLabel(r.number, citeShort(r.key), getSource(r.key).title),
    group: text.lists[r.list],
  }));
  const copyAll = async () => setAllStatus(await copyText(everything));

  const controls = (
    <>
      <Select {...bind('entry')} options={options} />
      <div className="rb-all">
        <button type="button" className="ui-button rb-copy" data-action="bibtex-copy-all" onClick={() => void copyAll()}>
          <CopyIcon /> {t(text.copyAll(LECTURE_REFERENCES.length))}
        </button>
        <p className="rb-status" role="status">
          {allStatus === null ? '' : t(allStatus ? text.copiedAll(LECTURE_REFERENCES.length) : text.noClipboardAll)}
        </p>
      </div>
    </>
  );
  const moreControls = (
    <>
      <Segmented<ListChoice> {...bind('list')} options={LISTS.map((l) => ({ value: l, label: text.lists[l] }))} />
      <SimReset onReset={sim.reset} />
    </>
  );
  const readouts = (
    <dl className="rb-facts">
      <dt>{t(text.key)}</dt>
      <dd><code>{entry.key}</code></dd>
      <dt>{t(text.type)}</dt>
      <dd><code>@{entry.type}</code></dd>
      <dt>{t(text.sources)}</dt>
      <dd>{t(text.sourceNote)}</dd>
    </dl>
  );
  const details = (
    <CopyField name="list" label={text.listField(text.lists[s.list], listCount)} value={listed} buttonLabel={text.copyList(listCount)} />
  );

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      chart={<CopyField name="entry" label={text.entryField(ref.number)} value={toBibtex(source)} buttonLabel={text.copyEntry} />}
      readouts={readouts}
      takeaway={text.takeaway}
      details={details}
    />
  );
}
