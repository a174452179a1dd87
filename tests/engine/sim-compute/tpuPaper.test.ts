import { describe, expect, it } from 'vitest';
import { getHardware } from '../../../src/engine/index.ts';
import { ridgeMacsPerByte, TPU_PAPER_APPS, TPU_PAPER_DEVICES, tpuPaperBoundOpsPerSec, tpuPaperPoints } from '../../../src/engine/compute/tpuPaper.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

// Printed ridge points (MAC ops per weight byte), Jouppi et al. 2017 Fig. 5–7 captions; rounding of the caption sets the tolerance.
const printed = [
  { device: 'tpu-v1', precision: 'int8', ridge: 1350, tol: 0.005, source: 'RH-02 / Fig. 5 caption' },
  { device: 'haswell-e5-2699-v3', precision: 'fp32', ridge: 13, tol: 0.05, source: 'Fig. 6 caption' },
  { device: 'k80', precision: 'fp32', ridge: 9, tol: 0.05, source: 'Fig. 7 caption' },
] as const;

describe('TPU paper rooflines', () => {
  for (const row of printed) {
    it(`ridgeMacsPerByte(${row.device}) reproduces ${row.ridge} (${row.source})`, () => {
      expect(rel(ridgeMacsPerByte(getHardware(row.device), row.precision), row.ridge)).toBeLessThanOrEqual(row.tol);
    });
  }
  it('ridgeMacsPerByte without the ops-per-MAC /2 would miss RH-02 (2706 is not 1350)', () => {
    expect(rel(2 * ridgeMacsPerByte(getHardware('tpu-v1'), 'int8'), 1350)).toBeGreaterThan(0.5);
  });
  it('RH-05: MLP0 sits at 200 MAC ops per weight byte, its batch size (Table 1)', () => {
    const mlp0 = TPU_PAPER_APPS.find((a) => a.id === 'MLP0')!;
    expect(mlp0.macsPerWeightByte).toBe(200);
    expect(mlp0.batch).toBe(200);
  });
  it('tpuPaperPoints(tpu-v1): four memory-bound (MLPs, LSTMs) and two compute-bound (CNNs), as Sec. 4 says', () => {
    const pts = tpuPaperPoints('tpu-v1');
    expect(pts.filter((p) => p.bound === 'memory').map((p) => p.app.id)).toEqual(['MLP0', 'MLP1', 'LSTM0', 'LSTM1']);
  });
  it('tpuPaperPoints: every measured TPU point is at or below its roofline bound', () => {
    for (const p of tpuPaperPoints('tpu-v1')) expect(p.measuredOpsPerSec!).toBeLessThanOrEqual(p.boundOpsPerSec * 1.0001);
  });
  it('tpuPaperBoundOpsPerSec is continuous at the ridge and never exceeds the peak', () => {
    for (const d of TPU_PAPER_DEVICES) {
      const hw = getHardware(d.id);
      const r = ridgeMacsPerByte(hw, d.precision);
      const peak = hw.denseFlopsPerSec[d.precision]!;
      expect(rel(tpuPaperBoundOpsPerSec(hw, d.precision, r), peak)).toBeLessThan(1e-12);
      expect(tpuPaperBoundOpsPerSec(hw, d.precision, r * 100)).toBe(peak);
    }
  });
  it('K80 and Haswell measured points are not invented: null outside the TPU', () => {
    expect(tpuPaperPoints('k80').every((p) => p.measuredOpsPerSec === null)).toBe(true);
  });
});
