/** `comm-methods`: 图9 (five communication optimisations on one compute/link timeline) and, with view="table", 表9. */
import { useEffect, useMemo, useRef } from 'react';
import type { SimProps } from '../_protocol/index.ts';
import { Figure } from './Figure.tsx';
import { Table } from './Table.tsx';
import { presetInputs, resetTo } from './store.ts';
import './commMethods.css';

export default function CommMethods({ preset }: SimProps) {
  const { rejected } = useMemo(() => presetInputs(preset), [preset]);
  const applied = useRef(false);
  // The slide's preset starts the story the first time; saved choices win afterwards.
  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    if (typeof localStorage !== 'undefined' && localStorage.getItem('lio.sim.comm-methods') === null) resetTo(preset);
  }, [preset]);
  const onReset = () => resetTo(preset);
  return (
    <div className="comm-methods" data-view={preset.view === 'table' ? 'table' : 'figure'}>
      {preset.view === 'table' ? <Table rejected={rejected} onReset={onReset} /> : <Figure rejected={rejected} onReset={onReset} />}
    </div>
  );
}
