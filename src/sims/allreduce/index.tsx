/** `allreduce`: 图8 (the α-β model of all-reduce, with the ring animated) and, with view="table", 表8. */
import { useEffect, useMemo, useRef } from 'react';
import type { SimProps } from '../_protocol/index.ts';
import { Figure } from './Figure.tsx';
import { Table } from './Table.tsx';
import { presetInputs, resetTo } from './store.ts';
import './allreduce.css';

export default function AllReduce({ preset }: SimProps) {
  const { rejected } = useMemo(() => presetInputs(preset), [preset]);
  const applied = useRef(false);
  // The slide's preset is where the story starts the first time; saved choices win afterwards.
  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    if (typeof localStorage !== 'undefined' && localStorage.getItem('lio.sim.allreduce') === null) resetTo(preset);
  }, [preset]);
  const onReset = () => resetTo(preset);
  return (
    <div className="allreduce" data-view={preset.view === 'table' ? 'table' : 'figure'}>
      {preset.view === 'table' ? <Table rejected={rejected} onReset={onReset} /> : <Figure rejected={rejected} onReset={onReset} />}
    </div>
  );
}
