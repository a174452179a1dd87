/**
 * 表3: the compression methods side by side on one model — storage, ratio,
 * weight bytes read per token, accuracy risk and decode overhead. Stage: the
 * story's six methods with short risk words, and the chosen method's
 * storage and bytes read per token with their derivations; explore: all
 * eight methods, the risk as each paper words it, and the sources.
 */
import {
  getModel, getSource, llmCompression, llmReadDerivation, llmStorageDerivation, type LlmCompressionResult, type SourceKey,
} from '../../engine/index.ts';
import { cite, formatBytes, formatNumber, formatRatio, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Select, SimFrame, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import type { Inputs } from './inputs.ts';
import { TABLE_METHODS, type TableMethod, type TableMethodId } from './methods.ts';
import { METHOD_TEXT, text } from './text.ts';

interface Row { readonly m: TableMethod; readonly r: LlmCompressionResult }

/** "Dettmers 2022": a source's first author and year, for a table cell. */
const short = (key: SourceKey) => {
  const s = getSource(key);
  return `${(s.authors.split(',')[0] ?? '').trim().split(' ').pop() ?? ''} ${s.year}`;
};

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  // The chosen method always has its row, even one only explore lists.
  const methods = TABLE_METHODS.filter((m) => !onStage || m.stage || m.id === s.method);
  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const chosen = TABLE_METHODS.find((m) => m.id === s.method) ?? TABLE_METHODS[0]!;
    return {
      model, chosen,
      rows: TABLE_METHODS.map((m) => ({ m, r: llmCompression(model, m.method) })),
      dStorage: llmStorageDerivation(model, chosen.method),
      dRead: llmReadDerivation(model, chosen.method),
    };
  }, [s.modelId, s.method]);

  const methodChoice = (
    <Select<TableMethodId> {...bind('method')} options={methods.map((m) => ({ value: m.id, label: METHOD_TEXT[m.id].label }))} />
  );
  const controls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      {methodChoice}
    </>
  );
  const moreControls = <SimReset onReset={sim.reset} />;
  if (!result.ok) return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;

  const { model, rows, chosen } = result.value;
  const shown = rows.filter((x) => methods.includes(x.m));
  const chosenRow = rows.find((x) => x.m.id === chosen.id)!;
  const fp16 = rows.find((x) => x.m.id === 'fp16')!;
  const gib = (v: number) => formatNumber(v / 2 ** 30);
  const columns: TableColumn<Row>[] = [
    { id: 'method', header: text.method, value: (x) => t(METHOD_TEXT[x.m.id].label), align: 'start', rowHeader: true },
    { id: 'storage', header: text.storage, unit: 'GiB', value: (x) => x.r.totalBytes, format: (v) => gib(v as number) },
    { id: 'ratio', header: text.ratioShort, value: (x) => x.r.ratio, format: (v) => formatRatio(v as number) },
    { id: 'read', header: text.readShort, unit: 'GB', value: (x) => x.r.readPerTokenBytes, format: (v) => formatNumber((v as number) / 1e9) },
    onStage
      ? { id: 'risk', header: text.risk, value: (x) => t(METHOD_TEXT[x.m.id].riskLevel), align: 'start', sortable: false, noWrap: true }
      : { id: 'risk', header: text.riskSource, value: (x) => `${t(METHOD_TEXT[x.m.id].risk)}${x.m.sources.length ? ` [${x.m.sources.map(short).join('; ')}]` : ''}`, align: 'start', sortable: false },
    { id: 'overhead', header: text.overhead, value: (x) => t(METHOD_TEXT[x.m.id].overhead), align: 'start', sortable: false },
  ];
  const readouts = (
    <>
      <Stat label={text.storage} value={chosenRow.r.totalBytes} format={(v) => formatBytes(v, 'GiB')} baseline={fp16.r.totalBytes} baselineLabel={text.vsFp16}
        derivation={result.value.dStorage} quantity={{ bytes: 'GiB' }} />
      <Stat label={text.read} value={chosenRow.r.readPerTokenBytes} format={(v) => formatBytes(v, 'GB')} baseline={fp16.r.readPerTokenBytes} baselineLabel={text.vsFp16}
        derivation={result.value.dRead} quantity={{ bytes: 'GB' }} emphasis />
    </>
  );
  const sources = [...new Set(TABLE_METHODS.flatMap((m) => m.sources))];
  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={
        <>
          <LiveTable caption={text.tableCaption(model.name)} columns={columns} rows={shown} rowKey={(x) => x.m.id} highlightKey={chosen.id} dense />
          {onStage && <p className="cmp-note">{t(text.tableNote)}</p>}
        </>
      }
      readouts={readouts}
      details={
        <ul className="cmp-sources" aria-label={t(text.sources)}>
          {sources.map((k) => <li key={k}>{cite(k)}</li>)}
        </ul>
      }
    />
  );
}
