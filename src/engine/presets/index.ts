export { getModel, listModels } from './models.ts';
export { getHardware, listHardware } from './hardware.ts';
export { getInterconnect, listInterconnects } from './interconnects.ts';
export type { InterconnectSpec } from './interconnects.ts';
export type { HardwareSpec, HardwareKind, Precision } from './hardwareSpec.ts';
export { PRECISIONS } from './hardwareSpec.ts';
