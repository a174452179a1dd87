/**
 * The model and device lists every simulator offers, built once from the
 * engine's presets, and the inputs that hold a choice from them. Labels are
 * product names as printed (the card's marketed memory, e.g. "24 GB").
 */
import { listHardware, listInterconnects, listModels, type HardwareSpec, type Precision } from '../../engine/index.ts';
import { formatBandwidth, presetLabel, type Text } from '../../i18n/index.ts';
import { choiceInput, type ChoiceInputSpec } from '../../state/inputs.ts';
import type { SelectOption } from '../../ui/index.ts';

export type DeviceKind = HardwareSpec['kind'];

export const modelIds = (): readonly string[] => listModels().map((m) => m.id);

/** Device ids, optionally only some kinds and only those with a dense peak at `precision`. */
export function deviceIds(kinds?: readonly DeviceKind[], precision?: Precision): readonly string[] {
  return listHardware()
    .filter((h) => (kinds === undefined || kinds.includes(h.kind)) && (precision === undefined || h.denseFlopsPerSec[precision] !== undefined))
    .map((h) => h.id);
}

export function modelOptions(ids: readonly string[] = modelIds()): readonly SelectOption<string>[] {
  const models = listModels();
  return ids.map((id) => ({ value: id, label: models.find((m) => m.id === id)?.name ?? id }));
}

export function deviceOptions(ids: readonly string[] = deviceIds()): readonly SelectOption<string>[] {
  const devices = listHardware();
  return ids.map((id) => {
    const h = devices.find((d) => d.id === id);
    if (!h) return { value: id, label: id };
    const name = presetLabel(h);
    const memory = `${h.memoryCapacityPrinted.value} ${h.memoryCapacityPrinted.label}`;
    return { value: id, label: { zh: `${name.zh}（${memory}）`, en: `${name.en} (${memory})` } };
  });
}

/** An input holding a model id from the engine's presets. */
export function modelInput(o: { readonly default: string; readonly label?: Text; readonly ids?: () => readonly string[] }): ChoiceInputSpec<string> {
  return choiceInput(o.ids ?? modelIds, { default: o.default, label: o.label });
}

/**
 * An input holding a device id from the engine's presets (optionally only
 * some kinds: 'gpu', 'soc', …, and only devices with a peak at `precision`).
 */
export function deviceInput(o: { readonly default: string; readonly label?: Text; readonly kinds?: readonly DeviceKind[]; readonly precision?: Precision }): ChoiceInputSpec<string> {
  return choiceInput(() => deviceIds(o.kinds, o.precision), { default: o.default, label: o.label });
}

export const linkIds = (): readonly string[] => listInterconnects().map((l) => l.id);

/**
 * The interconnect list: each link by its name in the reader's language and
 * its preset bandwidth per direction in GB/s, so one link shows one value on
 * every slide (the engine's interconnect preset is the one source).
 */
export function linkOptions(ids: readonly string[] = linkIds()): readonly SelectOption<string>[] {
  const links = listInterconnects();
  return ids.map((id) => {
    const l = links.find((x) => x.id === id);
    if (!l) return { value: id, label: id };
    const name = presetLabel(l);
    const bw = formatBandwidth(l.bandwidthBytesPerSecPerDirection);
    return { value: id, label: { zh: `${name.zh} · ${bw}`, en: `${name.en} · ${bw}` } };
  });
}

/** An input holding an interconnect id from the engine's presets. */
export function linkInput(o: { readonly default: string; readonly label?: Text }): ChoiceInputSpec<string> {
  return choiceInput(linkIds, { default: o.default, label: o.label });
}
