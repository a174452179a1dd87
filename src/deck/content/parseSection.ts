import { parseAttributes } from './attributes.ts';
import { renderMarkdown } from './markdown.ts';
import type { Section, Slide, SlideBlock } from './types.ts';

const SLIDE_MARKER = /^<!--\s*slide\b(.*?)-->\s*$/;
const SIM_LINE = /^::sim\s+([A-Za-z0-9][\w-]*)(.*)$/;
const NOTE_LINE = /^Note:\s*(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;

interface RawSlide {
  readonly attributes: Record<string, string>;
  readonly lines: string[];
}

/** Splits a section file at `<!-- slide … -->` lines (ignoring ones inside code fences). */
function splitSlides(markdown: string): RawSlide[] {
  const slides: RawSlide[] = [];
  let current: RawSlide | null = null;
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const marker = inFence ? null : SLIDE_MARKER.exec(line.trim());
    if (marker) {
      current = { attributes: parseAttributes(marker[1] ?? ''), lines: [] };
      slides.push(current);
      continue;
    }
    if (!current) {
      // Text before the first marker still belongs to the deck: it becomes a
      // slide of its own rather than silently disappearing.
      if (line.trim() === '') continue;
      current = { attributes: {}, lines: [] };
      slides.push(current);
    }
    current.lines.push(line);
  }
  return slides;
}

function splitNotes(lines: readonly string[]): { body: string[]; notes: string[] } {
  let inFence = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) inFence = !inFence;
    const note = inFence ? null : NOTE_LINE.exec(line);
    if (note) {
      const rest = note[1] ?? '';
      return { body: lines.slice(0, i), notes: [...(rest ? [rest] : []), ...lines.slice(i + 1)] };
    }
  }
  return { body: [...lines], notes: [] };
}

function toBlocks(body: readonly string[], fragments: boolean): SlideBlock[] {
  const blocks: SlideBlock[] = [];
  let pending: string[] = [];
  let inFence = false;
  const flush = () => {
    const markdown = pending.join('\n');
    if (markdown.trim() !== '') blocks.push({ kind: 'html', html: renderMarkdown(markdown, { fragments }) });
    pending = [];
  };
  for (const line of body) {
    if (FENCE.test(line)) inFence = !inFence;
    const sim = inFence ? null : SIM_LINE.exec(line.trim());
    if (!sim) {
      pending.push(line);
      continue;
    }
    flush();
    const { caption, ...preset } = parseAttributes(sim[2] ?? '');
    blocks.push({ kind: 'sim', name: sim[1] ?? '', preset, ...(caption ? { caption } : {}) });
  }
  flush();
  return blocks;
}

function toSlide(raw: RawSlide): Slide {
  const { id, class: classText, fragments: fragmentsAttr } = raw.attributes;
  const fragments = fragmentsAttr !== undefined && fragmentsAttr !== 'false';
  const { body, notes } = splitNotes(raw.lines);
  const notesMarkdown = notes.join('\n').trim();
  return {
    ...(id ? { id } : {}),
    classes: (classText ?? '').split(/\s+/).filter(Boolean),
    fragments,
    blocks: toBlocks(body, fragments),
    notesHtml: notesMarkdown ? renderMarkdown(notesMarkdown) : '',
  };
}

/** `NN-<id>.md` → `<id>` (the fallback section id). */
export function sectionIdOfFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.md$/i, '').replace(/^\d+-/, '');
}

/** Parses one section file (see slides/README.md) into its slides. */
export function parseSection(file: string, markdown: string): Section {
  const slides = splitSlides(markdown).map(toSlide);
  const base = file.split('/').pop() ?? file;
  return {
    id: slides[0]?.id ?? sectionIdOfFile(file),
    file: base,
    layout: base.startsWith('00-') ? 'flat' : 'stack',
    slides,
  };
}
