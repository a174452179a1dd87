/**
 * The registry of sources. Each area keeps its own file; this index merges
 * them, and `SourceKey` is the union of their keys, so citing a key that does
 * not exist fails to compile.
 */
import type { Source } from './types.ts';
import { lectureSources } from './lecture.ts';
import { modelsSources } from './models.ts';
import { hardwareSources } from './hardware.ts';
import { commSources } from './comm.ts';
import { compressionSources } from './compression.ts';
import { energySources } from './energy.ts';
import { servingSources } from './serving.ts';
import { simMemorySources } from './simMemory.ts';
import { simComputeSources } from './simCompute.ts';
import { simCommSources } from './simComm.ts';
import { simOverviewSources } from './simOverview.ts';
import { simMemory2Sources } from './simMemory2.ts';
import { simCompute2Sources } from './simCompute2.ts';
import { simComm2Sources } from './simComm2.ts';
import { simChoiceSources } from './simChoice.ts';
import { simPracticeSources } from './simPractice.ts';
import { recordSources } from './record.ts';
import { reproductionSources } from './reproductions.ts';

export type { Source } from './types.ts';

export const sources = {
  ...lectureSources,
  ...modelsSources,
  ...hardwareSources,
  ...commSources,
  ...compressionSources,
  ...energySources,
  ...servingSources,
  ...simMemorySources,
  ...simComputeSources,
  ...simCommSources,
  ...simOverviewSources,
  ...simMemory2Sources,
  ...simCompute2Sources,
  ...simComm2Sources,
  ...simChoiceSources,
  ...simPracticeSources,
  ...recordSources,
  ...reproductionSources,
} as const satisfies Record<string, Source>;

/** Each area's sources, for the test that no key is defined twice (a later spread would silently win). */
export const sourceAreas: Readonly<Record<string, Readonly<Record<string, Source>>>> = { lectureSources, modelsSources, hardwareSources, commSources, compressionSources, energySources, servingSources, simMemorySources, simComputeSources, simCommSources, simOverviewSources, simMemory2Sources, simCompute2Sources, simComm2Sources, simChoiceSources, simPracticeSources, recordSources, reproductionSources };

export type SourceKey = keyof typeof sources;

export const getSource = (key: SourceKey): Source => sources[key];
export const isSourceKey = (key: string): key is SourceKey => Object.prototype.hasOwnProperty.call(sources, key);
