import { useMemo } from 'react';
import { getModel, getSource, listModels, type SourceKey } from '../../engine/index.ts';
import { llmCompression, type LlmCompressionResult } from '../../engine/compression/llmCompression.ts';
import { LiveTable, Notice, Select, formatNumber, formatRatio, useText, type TableColumn } from '../../ui/index.ts';
import { errorText } from '../_shared/errorText.ts';
import { TABLE_METHODS, type TableMethod } from './methods.ts';
import { useCompression } from './store.ts';
import { text } from './text.ts';

interface Row { readonly m: TableMethod; readonly r: LlmCompressionResult }

const firstAuthor = (authors: string) => {
  const names = authors.split(',');
  return names.length > 2 ? `${names[0]} et al.` : authors;
};
const short = (key: SourceKey) => { const s = getSource(key); return `${(s.authors.split(',')[0] ?? '').trim()} ${s.year}`; };

export function Table() {
  const s = useCompression();
  const { t, lang } = useText();
  const result = useMemo(() => {
    try {
      const model = getModel(s.modelId);
      return { ok: true as const, model, rows: TABLE_METHODS.map((m) => ({ m, r: llmCompression(model, m.method) })) };
    } catch (e) {
      return { ok: false as const, error: errorText(e) };
    }
  }, [s.modelId]);
  const gib = (v: number) => formatNumber(v / 2 ** 30);
  const columns: TableColumn<Row>[] = [
    { id: 'method', header: text.method, value: (x) => t(x.m.label), align: 'start', rowHeader: true },
    { id: 'storage', header: text.storage, unit: 'GiB', value: (x) => x.r.totalBytes, format: (v) => gib(v as number) },
    { id: 'ratio', header: text.ratio, value: (x) => x.r.ratio, format: (v) => formatRatio(v as number) },
    { id: 'read', header: { zh: '每 token 读取', en: 'Read per token' }, unit: 'GB', value: (x) => x.r.readPerTokenBytes, format: (v) => formatNumber((v as number) / 1e9) },
    { id: 'risk', header: text.risk, value: (x) => `${t(x.m.risk)}${x.m.sources.length ? ` [${x.m.sources.map(short).join('; ')}]` : ''}`, align: 'start', sortable: false },
    { id: 'overhead', header: text.overhead, value: (x) => t(x.m.overhead), align: 'start', sortable: false },
  ];
  return (
    <div className="ui-root cmp-table" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Select label={text.model} value={s.modelId} options={listModels().map((m) => ({ value: m.id, label: m.name }))} onChange={(modelId) => useCompression.setState({ modelId })} />
      {result.ok
        ? <LiveTable dense caption={{
            zh: `${result.model.name}：存储与每 token 读取的权重字节由引擎计算（嵌入与归一化保留 FP16；批大小 1，不含 KV cache）`,
            en: `${result.model.name}: storage and weight bytes read per token from the engine (embeddings and norms kept FP16; batch 1, KV cache excluded)`,
          }} columns={columns} rows={result.rows} rowKey={(x) => x.m.id} />
        : <Notice kind="error" text={result.error} />}
      <p className="cmp-source">{t({ zh: '来源：', en: 'Sources: ' })}{[...new Set(TABLE_METHODS.flatMap((m) => m.sources))].map((k) => { const src = getSource(k); return `${firstAuthor(src.authors)} (${src.year}) ${src.title}`; }).join('; ')}</p>
    </div>
  );
}

export const isModelId = (id: string): boolean => listModels().some((m) => m.id === id);
