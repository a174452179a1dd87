import { createSimStore } from '../../state/index.ts';
import { APPLICATION_IDS, type Application } from './applications.ts';

/** `model`/`hardware` null = follow the slide's preset (Reset returns to it). */
export interface ApplicationTableInputs {
  readonly model: string | null;
  readonly hardware: string | null;
  readonly selected: Application['id'];
}

export const APPLICATION_TABLE_DEFAULTS: ApplicationTableInputs = { model: null, hardware: null, selected: 'chat' };

export function validateApplicationTable(saved: unknown): Partial<ApplicationTableInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok =
    (s.model === undefined || s.model === null || typeof s.model === 'string') &&
    (s.hardware === undefined || s.hardware === null || typeof s.hardware === 'string') &&
    (s.selected === undefined || APPLICATION_IDS.includes(s.selected as Application['id']));
  return ok ? (s as Partial<ApplicationTableInputs>) : false;
}

export const useApplicationTableStore = createSimStore<ApplicationTableInputs>('application-table', APPLICATION_TABLE_DEFAULTS, validateApplicationTable);

export const setApplicationTable = (patch: Partial<ApplicationTableInputs>) => useApplicationTableStore.setState(patch);
