import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LangContext } from '../i18n/index.ts';
import { PredictFirst } from './PredictFirst.tsx';

const props = {
  question: { zh: '批大小从 1 到 32，延迟如何变化？', en: 'From batch 1 to 32, what happens to latency?' },
  choices: [{ id: 'x32', label: { zh: '增加 32 倍', en: '32× higher' } }, { id: 'same', label: { zh: '几乎不变', en: 'About the same' } }],
  answerId: 'same',
  explanation: { zh: '访存受限：权重每步只读一次。', en: 'Memory-bound: the weights are read once per step.' },
};

describe('PredictFirst', () => {
  it('PredictFirst hides the answer until the student picks, then reveals it and marks the pick', async () => {
    const user = userEvent.setup();
    const onReveal = vi.fn();
    render(<LangContext value="en"><PredictFirst {...props} onReveal={onReveal} /></LangContext>);
    expect(screen.queryByText(/weights are read once/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '32× higher' }));
    expect(onReveal).toHaveBeenCalledWith('x32');
    expect(screen.getByText(/weights are read once/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /32× higher.*Your pick/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /About the same.*Answer/ })).toBeInTheDocument();
  });

  it('PredictFirst reveals without a pick and resets with Try again', async () => {
    const user = userEvent.setup();
    render(<PredictFirst {...props} />);
    await user.click(screen.getByRole('button', { name: '揭晓答案' }));
    expect(screen.getByRole('status')).toHaveTextContent('访存受限');
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: '几乎不变' })).toBeEnabled();
  });

  it('PredictFirst opens when a story step sets revealed', () => {
    render(<PredictFirst {...props} revealed />);
    expect(screen.getByRole('status')).toHaveTextContent('访存受限');
  });
});
