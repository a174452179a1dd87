import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Segmented } from './Segmented.tsx';

type P = 'fp16' | 'int8' | 'int4';

function Harness() {
  const [value, setValue] = useState<P>('fp16');
  return (
    <Segmented<P>
      label={{ zh: '精度', en: 'Precision' }}
      value={value}
      onChange={setValue}
      options={[{ value: 'fp16', label: 'FP16' }, { value: 'int8', label: 'INT8' }, { value: 'int4', label: 'INT4' }]}
    />
  );
}

describe('Segmented', () => {
  it('Segmented is a labelled radio group with one tab stop', () => {
    render(<Harness />);
    const group = screen.getByRole('radiogroup', { name: '精度' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'FP16' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('radio', { name: 'INT8' })).toHaveAttribute('tabindex', '-1');
  });

  it('Segmented arrow keys change the value, wrap around and move the focus', () => {
    render(<Harness />);
    fireEvent.keyDown(screen.getByRole('radio', { name: 'FP16' }), { key: 'ArrowRight' });
    expect(screen.getByRole('radio', { name: 'INT8' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: 'INT8' })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole('radio', { name: 'INT8' }), { key: 'End' });
    expect(screen.getByRole('radio', { name: 'INT4' })).toHaveAttribute('aria-checked', 'true');
    fireEvent.keyDown(screen.getByRole('radio', { name: 'INT4' }), { key: 'ArrowRight' });
    expect(screen.getByRole('radio', { name: 'FP16' })).toHaveAttribute('aria-checked', 'true');
    fireEvent.keyDown(screen.getByRole('radio', { name: 'FP16' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('radio', { name: 'INT4' })).toHaveAttribute('aria-checked', 'true');
  });
});
