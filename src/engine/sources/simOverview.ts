import type { Source } from './types.ts';

export const simOverviewSources = {
  'brysbaert-2019-reading-rate': {
    authors: 'Brysbaert, M.',
    title: 'How many words do we read per minute? A review and meta-analysis of reading rate',
    year: 2019,
    venue: 'Journal of Memory and Language 109, 104047',
    url: 'https://doi.org/10.1016/j.jml.2019.104047',
    section: 'Abstract: silent reading of English non-fiction 238 words per minute, fiction 260',
  },
  'openai-tokens-help': {
    authors: 'OpenAI',
    title: 'What are tokens and how to count them?',
    year: 2023,
    venue: 'OpenAI Help Center',
    url: 'https://help.openai.com/en/articles/4936856-what-are-tokens-and-how-to-count-them',
    section: 'Rule of thumb: 1 token ≈ 4 characters ≈ ¾ of a word in English',
  },
} as const satisfies Record<string, Source>;
