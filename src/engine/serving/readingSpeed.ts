import { requirePositive } from '../errors.ts';

/**
 * Silent reading rate of adults for English non-fiction, words per minute
 * (meta-analysis of 190 studies). Source: 'brysbaert-2019-reading-rate'.
 */
export const READING_WORDS_PER_MINUTE = 238;

/**
 * Tokens per English word for GPT-style BPE tokenisers: "1 token ≈ ¾ of a
 * word", so 4/3. A rule of thumb, not a property of every tokeniser.
 * Source: 'openai-tokens-help'.
 */
export const TOKENS_PER_WORD = 4 / 3;

/**
 * The time per output token at which text appears exactly as fast as a
 * person reads it:
 *   t = 60 / (w · k)
 * w words per minute, k tokens per word. 238 wpm × 4/3 → 5.29 tokens/s → 189 ms.
 * A teaching yardstick for interactive latency targets: it ignores reading
 * speed differences between languages and readers, and that people skim.
 * Sources: 'brysbaert-2019-reading-rate', 'openai-tokens-help'.
 */
export function readingSpeedTpotSeconds(wordsPerMinute: number = READING_WORDS_PER_MINUTE, tokensPerWord: number = TOKENS_PER_WORD): number {
  return 60 / (requirePositive('wordsPerMinute', wordsPerMinute) * requirePositive('tokensPerWord', tokensPerWord));
}
