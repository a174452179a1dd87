import { useState, type ReactNode } from 'react';
import { getHardware } from '../../engine/index.ts';
import { formatNumber as fmtNumber } from '../../i18n/format.ts';
import { ridgeMacsPerByte, TPU_PAPER_APPS, TPU_PAPER_DEVICES, tpuPaperPoints, type TpuPaperDeviceId } from '../../engine/compute/tpuPaper.ts';
import { layoutRooflineChart } from '../../charts/roofline/layout.ts';
import { Roofline, type RooflinePointStyle } from '../../charts/roofline/Roofline.tsx';
import { okabeIto, tickSi } from '../../charts/index.ts';
import { formatSi, LiveTable, Notice, SimLayout, Stat, useText } from '../../ui/index.ts';
import { BOUND_TEXT, T } from './text.ts';

const W = 1000;
const H = 500;
const DEVICE_STYLE: Record<TpuPaperDeviceId, { color: string; dash: string; name: string }> = {
  'tpu-v1': { color: okabeIto.vermillion, dash: '', name: 'TPU' },
  k80: { color: okabeIto.blue, dash: '10 5', name: 'K80' },
  'haswell-e5-2699-v3': { color: okabeIto.bluishGreen, dash: '3 4', name: 'Haswell' },
};

export function TpuPaperRoofline({ modeControl, resetControl }: { modeControl: ReactNode; resetControl: ReactNode }) {
  const { lang, t } = useText();
  const [hot, setHot] = useState<string | null>(null);
  const tpu = tpuPaperPoints('tpu-v1');
  const k80 = tpuPaperPoints('k80');
  const haswell = tpuPaperPoints('haswell-e5-2699-v3');
  const devices = TPU_PAPER_DEVICES.map((d) => ({ ...d, hw: getHardware(d.id) }));
  const layout = layoutRooflineChart({
    width: W, height: H,
    roofs: devices.map((d) => ({
      id: d.id, label: `${DEVICE_STYLE[d.id].name} ${formatSi(d.hw.denseFlopsPerSec[d.precision]!, 'ops/s')}`,
      peak: d.hw.denseFlopsPerSec[d.precision]!, bandwidth: d.hw.memoryBandwidthBytesPerSec, slopeFactor: 2,
    })),
    points: [
      ...tpu.map((p) => ({ id: `bound:${p.app.id}`, x: p.macsPerWeightByte, y: p.boundOpsPerSec })),
      ...tpu.map((p) => ({ id: `measured:${p.app.id}`, x: p.macsPerWeightByte, y: p.measuredOpsPerSec! })),
    ],
    xTitle: t(T.xTitleTpu), yTitle: t(T.yTitleTpu), xFormat: (v) => fmtNumber(v), yFormat: tickSi('ops/s'),
  });
  const styles: RooflinePointStyle[] = [
    ...tpu.map((p) => ({
      id: `bound:${p.app.id}`, shape: 'circle' as const, color: okabeIto.vermillion, hollow: true, label: `${p.app.id} ${t(T.bound)}`,
      description: `${p.app.id}: ${p.macsPerWeightByte} MAC/B, ${t(T.bound)} ${formatSi(p.boundOpsPerSec, 'ops/s')} (${t(BOUND_TEXT[p.bound])})`,
    })),
    ...tpu.map((p) => ({
      id: `measured:${p.app.id}`, shape: 'star' as const, color: okabeIto.black, label: p.app.id, showLabel: true,
      description: `${p.app.id}: ${p.macsPerWeightByte} MAC/B, ${t(T.measured)} ${formatSi(p.measuredOpsPerSec!, 'ops/s')}`,
    })),
  ];
  const summary = lang === 'zh'
    ? 'Jouppi 等 2017 年图 5–7：TPU、K80、Haswell 三条屋顶线，六个应用按论文的运算强度放置，星形为 TPU 实测值，空心圆为屋顶线上限。'
    : 'Jouppi et al. 2017 Figs. 5–7: TPU, K80 and Haswell rooflines; six applications at the paper’s intensities; stars are TPU measurements, hollow circles the roofline bounds.';
  const rows = TPU_PAPER_APPS.map((app, i) => ({ app, tpu: tpu[i]!, k80: k80[i]!, haswell: haswell[i]! }));
  return (
    <SimLayout
      controls={<>{modeControl}<Notice text={T.tpuNote} />{resetControl}</>}
      chart={<>
        <Roofline
          width={W} height={H} layout={layout}
          roofStyles={devices.map((d) => DEVICE_STYLE[d.id])}
          ridgeLabels={devices.map((d) => `${DEVICE_STYLE[d.id].name} I* = ${fmtNumber(ridgeMacsPerByte(d.hw, d.precision))}`)}
          points={styles} highlighted={hot} onHighlight={setHot} label={summary}
        />
        <p role="status" style={{ margin: '0.25rem 0', minHeight: '1.4em', fontSize: '18px' }}>
          {hot ? styles.find((s) => s.id === hot)?.description : '☆ ' + t(T.measured) + ' · ○ ' + t(T.bound)}
        </p>
      </>}
      outputs={<>
        {devices.map((d) => (
          <Stat key={d.id} label={`${DEVICE_STYLE[d.id].name} I*`} value={ridgeMacsPerByte(d.hw, d.precision)} format={(v) => fmtNumber(v, 4)} unit="MAC/B" />
        ))}
      </>}
      takeaway={T.takeawayTpu}
      footer={
        <LiveTable
          caption={{ zh: 'Jouppi 等（2017）表 1、表 3、表 6 与屋顶线上限', en: 'Jouppi et al. (2017) Tables 1, 3, 6 and the roofline bounds' }}
          dense
          rows={rows}
          rowKey={(r) => r.app.id}
          columns={[
            { id: 'app', header: T.app, value: (r) => r.app.id, rowHeader: true },
            { id: 'i', header: { zh: '强度（表 1）', en: 'Intensity (Table 1)' }, unit: 'MAC/B', value: (r) => r.app.macsPerWeightByte, align: 'end' },
            { id: 'tpuBound', header: { zh: 'TPU 上限', en: 'TPU bound' }, unit: 'Tops/s', value: (r) => r.tpu.boundOpsPerSec / 1e12, align: 'end' },
            { id: 'tpuMeasured', header: { zh: 'TPU 实测（表 3）', en: 'TPU measured (Table 3)' }, unit: 'Tops/s', value: (r) => r.app.measuredTpuOpsPerSec / 1e12, align: 'end' },
            { id: 'tpuSide', header: { zh: 'TPU 上的瓶颈', en: 'TPU bound by' }, value: (r) => t(BOUND_TEXT[r.tpu.bound]) },
            { id: 'k80', header: { zh: 'K80 上限', en: 'K80 bound' }, unit: 'Tops/s', value: (r) => r.k80.boundOpsPerSec / 1e12, align: 'end' },
            { id: 'haswell', header: { zh: 'Haswell 上限', en: 'Haswell bound' }, unit: 'Tops/s', value: (r) => r.haswell.boundOpsPerSec / 1e12, align: 'end' },
            { id: 'rel', header: T.relative, value: (r) => `K80 ${r.app.relativeToHaswell.k80}× · TPU ${r.app.relativeToHaswell.tpu}×` },
          ]}
        />
      }
    />
  );
}
