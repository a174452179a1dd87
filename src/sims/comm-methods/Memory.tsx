/** Memory per GPU of the tensor-parallel layout, shared by 图9 and 表9: the readout with its work, and the notice when it does not fit. */
import { getHardware, getModel, parallelMemoryDerivation, type ParallelMemory } from '../../engine/index.ts';
import { formatBytes, useText } from '../../i18n/index.ts';
import { Notice, Stat } from '../../ui/index.ts';
import type { State } from './scenario.ts';
import { text } from './text.ts';

const gib = (v: number) => formatBytes(v, 'GiB');

/** The memory one GPU needs, then '✓ fits' or '✕ over by …'. */
export function MemoryStat({ memory: m }: { readonly memory: ParallelMemory }) {
  const { t } = useText();
  return (
    <Stat label={text.memory(gib(m.usable))} value={m.total} format={(v) => `${gib(v)} ${t(m.fits ? text.fits : text.overByShort(gib(m.overBytes)))}`}
      derivation={parallelMemoryDerivation(m)} quantity={{ bytes: 'GiB' }} />
  );
}

/** A layout that does not fit cannot run: what it needs, what is usable, by how much it is over. */
export function NotFitNotice({ state: s, memory: m }: { readonly state: State; readonly memory: ParallelMemory }) {
  const notFit = text.doesNotFit({
    model: getModel(s.modelId).name, tp: s.tp, hardware: getHardware(s.hardwareId).name, needs: gib(m.total), usable: gib(m.usable), over: gib(m.overBytes),
  });
  return <Notice kind="warning" text={notFit} />;
}
