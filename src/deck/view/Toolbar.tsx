import type { ReactNode } from 'react';
import { htmlLangOf, otherLang, setLang, useLang, useT, type StringKey } from '../../i18n/index.ts';
import { toggleFullscreen } from '../controllers/fullscreen.ts';
import { toggleHelp } from '../controllers/helpOverlay.ts';
import { printUrl } from '../controllers/print.ts';
import { openSearch } from '../controllers/searchOverlay.ts';
import { readingUrl } from '../controllers/reading.ts';
import { getDeck } from '../reveal/deckHandle.ts';
import { openSpeakerView } from '../reveal/speakerNotes.ts';
import { BlackoutIcon, FullscreenIcon, HelpIcon, OverviewIcon, PdfIcon, ReadIcon, SearchIcon, SpeakerIcon } from './icons.tsx';

/** The current slide's section id (reading mode opens there). */
function currentSectionId(): string | undefined {
  const slide = getDeck()?.getCurrentSlide();
  const section = slide?.closest('section[data-section]')?.getAttribute('data-section') ?? slide?.id;
  return section || undefined;
}

function ToolButton(props: { action: string; label: StringKey; onClick: () => void; children: ReactNode }) {
  const t = useT();
  const label = t(props.label);
  return (
    <button type="button" className="deck-tool" data-action={props.action} aria-label={label} title={label} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

/** The presenter's buttons; every one has a keyboard shortcut too (see the help overlay). */
export function Toolbar() {
  const lang = useLang();
  const t = useT();
  return (
    <nav className="deck-toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="deck-tool deck-tool-lang"
        data-action="toggle-lang"
        aria-label={`${t('toolbar.toggleLang')} ${t('toolbar.langButton')}`}
        title={t('toolbar.toggleLang')}
        onClick={() => setLang(otherLang(lang))}
      >
        {/* The visible label is in the other language; the spoken name (in the page's) contains it (WCAG 2.5.3). */}
        <span lang={htmlLangOf(otherLang(lang))}>{t('toolbar.langButton')}</span>
      </button>
      <ToolButton action="help" label="toolbar.help" onClick={toggleHelp}><HelpIcon /></ToolButton>
      <ToolButton action="search" label="toolbar.search" onClick={openSearch}><SearchIcon /></ToolButton>
      <ToolButton action="overview" label="toolbar.overview" onClick={() => getDeck()?.toggleOverview()}><OverviewIcon /></ToolButton>
      <ToolButton action="fullscreen" label="toolbar.fullscreen" onClick={toggleFullscreen}><FullscreenIcon /></ToolButton>
      <ToolButton action="speaker" label="toolbar.speaker" onClick={() => openSpeakerView(getDeck())}><SpeakerIcon /></ToolButton>
      <ToolButton action="blackout" label="toolbar.blackout" onClick={() => getDeck()?.togglePause()}><BlackoutIcon /></ToolButton>
 <ToolButton action="reading" label="toolbar.reading" onClick={() => window.location.assign(readingUrl(window.location.href, lang, true, currentSectionId()))}><ReadIcon /></ToolButton>
      <ToolButton action="pdf" label="toolbar.pdf" onClick={() => window.open(printUrl(window.location.href, lang), '_blank', 'noopener')}><PdfIcon /></ToolButton>
    </nav>
  );
}
