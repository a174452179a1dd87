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
    // The speaker notes ride on the section as reveal.js' data-notes (the HTML the speaker view shows), not as
    // <aside class="notes"> elements: thousands of hidden nodes fewer for every layout, style and audit pass.
    <section id={slide.id} className={classes || undefined} data-notes={notesHtml || undefined}>
      <div className="slide-body">
      {slide.blocks.map((block, i) =>
        block.kind === 'html' ? (
          <div key={`html-${i}`} className="slide-html" dangerouslySetInnerHTML={{ __html: block.html }} />
        ) : (
          <SimMount key={`sim-${i}-${block.name}`} name={block.name} preset={block.preset} caption={block.caption} />
        ),
      )}
      </div>
    </section>
  );
}
