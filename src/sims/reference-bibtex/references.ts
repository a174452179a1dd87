/**
 * The lecture's numbered references (section 11's lists) as keys of the
 * engine's source registry, in the slides' order: the BibTeX is generated
 * from the registry entry, never typed. tests/content/references.test.ts
 * holds each key to the numbered item of the same title on the slides.
 */
import type { SourceKey } from '../../engine/index.ts';

export type ReferenceList = 'outline' | 'added';

export interface LectureReference {
  /** The item's number on the reference slides. */
  readonly number: number;
  readonly key: SourceKey;
  /** "From the outline" (1–5) or "added in this lecture" (6–25). */
  readonly list: ReferenceList;
}

const OUTLINE: readonly SourceKey[] = ['sze-2017', 'jouppi-2017', 'shi-2020-mgwfbp', 'han-2016-deep-compression', 'abadi-2016-tensorflow'];

const ADDED: readonly SourceKey[] = [
  'shoeybi-2019-megatron', 'huang-2019-gpipe', 'lepikhin-2021-gshard', 'pope-2022-scaling-inference', 'yu-2022-orca',
  'kwon-2023-vllm', 'dao-2022-flashattention', 'rhu-2016-vdnn', 'williams-2009-roofline', 'horowitz-2014-isscc',
  'dettmers-2022-llm-int8', 'frantar-2022-gptq', 'lin-2023-awq', 'xiao-2022-smoothquant', 'dettmers-2016-8bit',
  'lin-2018-dgc', 'peng-2019-bytescheduler', 'thakur-2005-mpich-collectives', 'patarasuk-yuan-2009-ring', 'nccl-tests-performance',
];

export const LECTURE_REFERENCES: readonly LectureReference[] = [
  ...OUTLINE.map((key, i) => ({ number: i + 1, key, list: 'outline' as const })),
  ...ADDED.map((key, i) => ({ number: OUTLINE.length + i + 1, key, list: 'added' as const })),
];

export const REFERENCE_KEYS: readonly SourceKey[] = LECTURE_REFERENCES.map((r) => r.key);
