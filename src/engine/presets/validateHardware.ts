import { EngineError, requireInRange, requireOneOf, requirePositiveInt } from '../errors.ts';
import { isSourceKey } from '../sources/index.ts';
import { PRECISIONS, type HardwareKind, type HardwareSpec } from './hardwareSpec.ts';
import { listInterconnects } from './interconnects.ts';

const KINDS: readonly HardwareKind[] = ['gpu', 'tpu', 'cpu', 'soc'];
const PRINTED_UNITS = ['GB', 'GiB'] as const;

/**
 * Upper limits on hardware figures, far above any real device, so that every
 * product the engine forms stays finite: 10^21 FLOP/s, 10^17 B/s of memory
 * bandwidth, 10^17 B of memory, 10^12 B of on-chip memory, 10^6 cores, 10^7 W.
 * Rates and sizes are at least 1 (FLOP/s, B/s, B) and power at least 1 mW, so
 * no time or energy the engine divides out becomes infinite.
 */
export const HARDWARE_LIMITS = {
  flopsPerSec: 1e21,
  bytesPerSec: 1e17,
  capacityBytes: 1e17,
  onChipBytes: 1e12,
  cores: 1e6,
  watts: 1e7,
} as const;

const checked = new WeakSet<object>();

function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new EngineError('invalidConfig', { field, value });
  return value;
}

function requireObject(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new EngineError('invalidConfig', { field, value });
  return value as Record<string, unknown>;
}

function requireSource(field: string, value: unknown): void {
  if (typeof value !== 'string' || !isSourceKey(value)) throw new EngineError('unknownOption', { field, value });
}

/**
 * Checks every field of a hardware object once (remembered per object, so hot
 * paths pay for it only on first use): names are strings, the kind and the
 * precisions of `denseFlopsPerSec` are known, every rate and size is a finite
 * positive number below HARDWARE_LIMITS, cores are an integer, the intra-node
 * link is null or an interconnect preset, sources are registry keys.
 * Throws EngineError naming the field (`hardware.<field>`).
 */
export function validateHardware(hw: HardwareSpec): HardwareSpec {
  if (checked.has(hw as object)) return hw;
  const h = requireObject('hardware', hw);
  const L = HARDWARE_LIMITS;
  requireString('hardware.id', h.id);
  requireString('hardware.name', h.name);
  requireOneOf('hardware.kind', h.kind, KINDS);
  const peaks = requireObject('hardware.denseFlopsPerSec', h.denseFlopsPerSec);
  const precisions = Object.keys(peaks);
  if (precisions.length === 0) throw new EngineError('missingField', { field: 'hardware.denseFlopsPerSec' });
  for (const p of precisions) {
    requireOneOf('hardware.denseFlopsPerSec', p, PRECISIONS);
    requireInRange(`hardware.denseFlopsPerSec.${p}`, peaks[p], 1, L.flopsPerSec);
  }
  requireInRange('hardware.memoryBandwidthBytesPerSec', h.memoryBandwidthBytesPerSec, 1, L.bytesPerSec);
  requireInRange('hardware.memoryCapacityBytes', h.memoryCapacityBytes, 1, L.capacityBytes);
  const printed = requireObject('hardware.memoryCapacityPrinted', h.memoryCapacityPrinted);
  requireInRange('hardware.memoryCapacityPrinted.value', printed.value, Number.MIN_VALUE, L.capacityBytes);
  requireOneOf('hardware.memoryCapacityPrinted.label', printed.label, PRINTED_UNITS);
  requireOneOf('hardware.memoryCapacityPrinted.readAs', printed.readAs, PRINTED_UNITS);
  requireString('hardware.memoryKind', h.memoryKind);
  requireInRange('hardware.sramPerCoreBytes', h.sramPerCoreBytes, 1, L.onChipBytes);
  requireInRange('hardware.cores', requirePositiveInt('hardware.cores', h.cores), 1, L.cores);
  requireInRange('hardware.lastLevelCacheBytes', h.lastLevelCacheBytes, 0, L.onChipBytes);
  requireInRange('hardware.tdpWatts', h.tdpWatts, 1e-3, L.watts);
  if (h.intraNodeLink !== null) {
    const ids = listInterconnects().map((i) => i.id);
    requireOneOf('hardware.intraNodeLink', h.intraNodeLink, ids);
  }
  requireSource('hardware.source', h.source);
  if (h.detailSources !== undefined) {
    if (!Array.isArray(h.detailSources)) throw new EngineError('invalidConfig', { field: 'hardware.detailSources', value: h.detailSources });
    for (const k of h.detailSources) requireSource('hardware.detailSources', k);
  }
  if (h.notes !== undefined) requireString('hardware.notes', h.notes);
  if (h.specialFunctionOpsPerSec !== undefined) {
    requireInRange('hardware.specialFunctionOpsPerSec', h.specialFunctionOpsPerSec, 1, L.flopsPerSec);
  }
  if (h.specialFunctionSource !== undefined) requireSource('hardware.specialFunctionSource', h.specialFunctionSource);
  if (h.ridgePrecision !== undefined) requireOneOf('hardware.ridgePrecision', h.ridgePrecision, PRECISIONS);
  checked.add(hw as object);
  return hw;
}
