/** The lecture's references as BibTeX (section 11), generated from the engine's source registry. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './referenceBibtex.css';

export default defineSim({
  name: 'reference-bibtex',
  title: text.title,
  version: 1,
  inputs,
  presets: { entry: 'entry', list: 'list' },
  views: { default: Figure },
});
