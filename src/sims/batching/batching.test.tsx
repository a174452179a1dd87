import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel, tpotSeconds } from '../../engine/index.ts';
import { simulateBatching } from '../../engine/serving/batching.ts';
import { requestStream } from '../../engine/serving/requestStream.ts';
import { schedulePipeline, stageSeconds } from '../../engine/serving/taskPipeline.ts';
import { formatNumber, formatSeconds, LangContext } from '../../ui/index.ts';
import Batching from './index.tsx';
import { useBatchingStore } from './store.ts';

const en = (ui: React.ReactNode) => render(<LangContext value="en">{ui}</LangContext>);
const m = getModel('llama-2-13b');
const hw = getHardware('a100-80gb-sxm');

beforeEach(() => { localStorage.clear(); useBatchingStore.reset(); });

describe('batching', () => {
  it('the batch stop 32 shows the engine’s TPOT at batch 32', () => {
    en(<Batching preset={{ model: 'llama-2-13b', hardware: 'a100-80gb-sxm' }} />);
    fireEvent.click(screen.getByRole('button', { name: '32' }));
    expect(screen.getByText(formatSeconds(tpotSeconds(m, hw, { batch: 32, contextTokens: 640 })))).toBeInTheDocument();
  });
  it('the stream panel shows static and continuous throughput from the engine', () => {
    en(<Batching preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: /Static vs continuous/ }));
    const s = requestStream({ count: 24, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 256] });
    const co = simulateBatching(m, hw, s, { policy: 'continuous', slots: 8 });
    expect(screen.getByText(`${formatNumber(co.tokensPerSecond)} tokens/s`)).toBeInTheDocument();
  });
  it('the pipeline panel shows the pipelined total time', () => {
    en(<Batching preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: /Task pipeline/ }));
    const times = stageSeconds(m, hw, { batch: 8, promptTokens: 512, outputTokens: 32, cpuSecondsPerToken: 80e-9 });
    expect(screen.getByText(formatSeconds(schedulePipeline(times, 4, 'pipelined').makespanSeconds))).toBeInTheDocument();
  });
});
