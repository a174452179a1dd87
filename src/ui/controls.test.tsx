import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LangContext } from '../i18n/index.ts';
import { NumberField } from './NumberField.tsx';
import { PasteConfig } from './PasteConfig.tsx';
import { Select } from './Select.tsx';
import { Stepper } from './Stepper.tsx';
import { Toggle } from './Toggle.tsx';
import { Notice } from './Notice.tsx';

describe('Select', () => {
  it('Select groups options and reports the chosen value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <LangContext value="en">
        <Select label={{ zh: '模型', en: 'Model' }} value="a" onChange={onChange} options={[
          { value: 'a', label: 'Llama-2-7B', group: { zh: 'Llama', en: 'Llama' } },
          { value: 'b', label: 'Mistral-7B', group: { zh: '其他', en: 'Others' } },
        ]} />
      </LangContext>,
    );
    expect(screen.getByRole('group', { name: 'Others' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'b');
    expect(onChange).toHaveBeenCalledWith('b');
  });
});

describe('Toggle', () => {
  it('Toggle is a labelled switch that reports the new state', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Toggle label={{ zh: '分页 KV 缓存', en: 'Paged KV cache' }} checked={false} onChange={onChange} />);
    await user.click(screen.getByRole('switch', { name: /分页 KV 缓存/ }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('NumberField', () => {
  it('NumberField clamps below the minimum and shows the message in English', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<LangContext value="en"><NumberField label="Context length" value={4096} min={128} max={131072} unit="tokens" onChange={onChange} /></LangContext>);
    const box = screen.getByRole('textbox', { name: 'Context length' });
    await user.clear(box);
    await user.type(box, '5{Enter}');
    expect(onChange).toHaveBeenCalledWith(128);
    expect(screen.getByRole('status')).toHaveTextContent('Below the minimum: set to 128 tokens');
  });
});

describe('Stepper', () => {
  it('Stepper shows step k of n and disables Previous on the first step', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<LangContext value="en"><Stepper step={0} count={3} onChange={onChange} titles={['Weights', 'KV cache', 'Activations']} /></LangContext>);
    expect(screen.getByRole('status')).toHaveTextContent('Step 1 of 3');
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(onChange).toHaveBeenCalledWith(1);
  });
});

describe('PasteConfig', () => {
  it('PasteConfig shows the parse error next to the field and applies a good config', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const parse = (text: string) => {
      const n = Number(text);
      return Number.isInteger(n) && n > 0 ? { ok: true as const, value: n } : { ok: false as const, error: { zh: '字段 num_hidden_layers 无效', en: 'Field num_hidden_layers is invalid' } };
    };
    render(<PasteConfig label="config.json" parse={parse} onApply={onApply} />);
    const area = screen.getByRole('textbox', { name: 'config.json' });
    await user.type(area, 'x');
    await user.click(screen.getByRole('button', { name: '应用' }));
    expect(screen.getByRole('alert')).toHaveTextContent('字段 num_hidden_layers 无效');
    expect(area).toHaveAttribute('aria-invalid', 'true');
    expect(onApply).not.toHaveBeenCalled();
    await user.clear(area);
    await user.type(area, '40');
    await user.click(screen.getByRole('button', { name: '应用' }));
    expect(onApply).toHaveBeenCalledWith(40);
    expect(screen.getByRole('status')).toHaveTextContent('已应用');
  });
});

describe('Notice', () => {
  it('Notice uses role=alert for errors and names its kind in words', () => {
    render(<LangContext value="en"><Notice kind="error" text={{ zh: '出错', en: 'Broken' }} /></LangContext>);
    expect(screen.getByRole('alert')).toHaveTextContent('Error');
    expect(screen.getByRole('alert')).toHaveTextContent('Broken');
  });
});
