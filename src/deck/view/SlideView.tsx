import { SimMount } from '../../sims/_protocol/SimMount.tsx';
import type { Slide } from '../content/types.ts';

/**
 * One slide. Its `<section>` keeps the same props in both languages (id,
 * classes), so a language switch only replaces the text inside and the
 * classes and styles reveal.js put on the section survive.
 */
export function SlideView({ slide, notesHtml }: { readonly slide: Slide; readonly notesHtml: string }) {
  const classes = [...slide.classes, ...(slide.fragments ? ['has-fragments'] : [])].join(' ');
  return (
    <section id={slide.id} className={classes || undefined}>
      <div className="slide-body">
      {slide.blocks.map((block, i) =>
        block.kind === 'html' ? (
          <div key={`html-${i}`} className="slide-html" dangerouslySetInnerHTML={{ __html: block.html }} />
        ) : (
          <SimMount key={`sim-${i}-${block.name}`} name={block.name} preset={block.preset} caption={block.caption} />
        ),
      )}
      </div>
      {notesHtml ? <aside className="notes" dangerouslySetInnerHTML={{ __html: notesHtml }} /> : null}
    </section>
  );
}
