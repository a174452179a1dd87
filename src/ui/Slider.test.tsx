import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LangContext, type Lang } from '../i18n/index.ts';
import { Slider } from './Slider.tsx';

function Harness({ lang = 'zh', onChange }: { lang?: Lang; onChange?: (v: number) => void }) {
  const [value, setValue] = useState(32);
  return (
    <LangContext value={lang}>
      <Slider
        label={{ zh: '批大小', en: 'Batch size' }}
        value={value} min={1} max={128} step={1} log unit={{ zh: '条', en: 'seqs' }} stops={[1, 8, 32, 128]}
        onChange={(v) => { setValue(v); onChange?.(v); }}
      />
    </LangContext>
  );
}

describe('Slider', () => {
  it('Slider clamps a typed 9999 to the maximum and says so next to the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: '批大小（数值）' });
    await user.clear(box);
    await user.type(box, '9999{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(128);
    expect(box).toHaveValue('128');
    expect(screen.getByRole('status')).toHaveTextContent('已设为最大值 128 条');
    expect(screen.getByRole('slider', { name: '批大小' })).toHaveAttribute('aria-valuenow', '128');
  });

  it('Slider rejects non-numeric text with a message in the current language and keeps the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness lang="en" onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: 'Batch size (value)' });
    await user.clear(box);
    await user.type(box, 'abc');
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Enter a number from 1 seqs to 128 seqs');
    expect(screen.getByRole('slider', { name: 'Batch size' })).toHaveAttribute('aria-valuenow', '32');
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('Slider moves with arrow keys, Home and End on the range, and leaves PageUp to the clicker', () => {
    render(<Harness lang="en" />);
    const range = screen.getByRole('slider', { name: 'Batch size' });
    fireEvent.keyDown(range, { key: 'End' });
    expect(range).toHaveAttribute('aria-valuenow', '128');
    fireEvent.keyDown(range, { key: 'Home' });
    expect(range).toHaveAttribute('aria-valuenow', '1');
    fireEvent.keyDown(range, { key: 'ArrowRight' });
    expect(range).toHaveAttribute('aria-valuenow', '2');
    fireEvent.keyDown(range, { key: 'PageUp' });
    expect(range).toHaveAttribute('aria-valuenow', '2');
    expect(range).toHaveAttribute('aria-valuetext', expect.stringContaining('seqs'));
  });

  it('Slider stop buttons set their value and show which one is current', async () => {
    const user = userEvent.setup();
    render(<Harness lang="en" />);
    await user.click(screen.getByRole('button', { name: '8 seqs' }));
    expect(screen.getByRole('slider', { name: 'Batch size' })).toHaveAttribute('aria-valuenow', '8');
    expect(screen.getByRole('button', { name: '8 seqs' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '32 seqs' })).toHaveAttribute('aria-pressed', 'false');
  });
});
