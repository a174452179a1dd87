/**
 * The technique map: every technique of the lecture, by family, with links
 * to the simulator slides that show it (the outline's figure or table number
 * as the link text). Stage: the whole map and which family to highlight.
 * Explore adds the reverse map, slide by slide.
 */
import { useId } from 'react';
import { useText } from '../../i18n/index.ts';
import { Segmented, SimFrame } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { HIGHLIGHTS, type Highlight, type Inputs } from './inputs.ts';
import { MAP_FAMILIES, MAP_SLIDES, slideHref, TECHNIQUES, techniquesOn, type MapFamily, type Technique } from './techniques.ts';
import { FAMILY_NAMES, SLIDE_LABELS, TECHNIQUE_NAMES, text } from './text.ts';

export function Figure({ state: s, bind }: SimViewProps<Inputs>) {
  const { t } = useText();
  const controls = (
    <Segmented<Highlight> {...bind('highlight')} options={HIGHLIGHTS.map((h) => ({ value: h, label: text[h] }))} />
  );
  const chart = (
    <nav className="tm-map" aria-label={t(text.mapLabel)}>
      {MAP_FAMILIES.map((f) => <FamilyColumn key={f} family={f} dimmed={s.highlight !== 'all' && s.highlight !== f} />)}
    </nav>
  );
  const details = (
    <table className="tm-reverse">
      <caption>{t(text.reverseCaption)}</caption>
      <thead>
        <tr><th scope="col">{t(text.slide)}</th><th scope="col">{t(text.techniques)}</th></tr>
      </thead>
      <tbody>
        {MAP_SLIDES.map((slide) => (
          <tr key={slide}>
            <th scope="row"><a href={slideHref(slide)}>{t(SLIDE_LABELS[slide])}</a></th>
            <td>{techniquesOn(slide).map((x) => t(TECHNIQUE_NAMES[x.id])).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <SimFrame stage="top" controls={controls} chart={chart} takeaway={text.takeaway} details={details} />;
}

function FamilyColumn({ family, dimmed }: { readonly family: MapFamily; readonly dimmed: boolean }) {
  const { t } = useText();
  const headingId = useId();
  const items = TECHNIQUES.filter((x) => x.family === family);
  return (
    <div role="group" className={`tm-family tm-${family}${dimmed ? ' tm-dimmed' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="tm-heading">{t(FAMILY_NAMES[family])}</h3>
      <ul className="tm-list">
        {items.map((x) => <TechniqueItem key={x.id} technique={x} />)}
      </ul>
    </div>
  );
}

function TechniqueItem({ technique: x }: { readonly technique: Technique }) {
  const { t } = useText();
  const name = TECHNIQUE_NAMES[x.id];
  return (
    <li className="tm-item">
      <span className="tm-name">{t(name)}</span>
      <span className="tm-links">
        {x.slides.map((slide) => (
          <a key={slide} className="tm-link" href={slideHref(slide)} aria-label={t(text.linkLabel(name, SLIDE_LABELS[slide]))}>
            {t(SLIDE_LABELS[slide])}
          </a>
        ))}
      </span>
    </li>
  );
}
