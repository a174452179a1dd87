import { createRoot } from 'react-dom/client';
import 'reveal.js/reveal.css';
import 'katex/dist/katex.min.css';
import './styles/theme.css';
import './styles/deck-ui.css';
import './styles/print.css';
import './styles/reading.css';
import { App } from './deck/App.tsx';
import { loadContent } from './deck/content/loadContent.ts';
import { getLang } from './i18n/index.ts';
import { registerOffline } from './deck/controllers/offline.ts';

// Start fetching the slide text and parser before React's first render;
// App picks up the same (cached) promise.
void loadContent(getLang()).catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// No StrictMode: its double-run effects would initialise reveal.js twice on
// one element, which reveal.js refuses.
createRoot(container).render(<App />);
void registerOffline();
