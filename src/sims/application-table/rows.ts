/**
 * One table row per application and configuration (baseline, optimised),
 * computed by the engine's deploymentEstimate. Pure.
 */
import { getHardware, getModel, isEngineError, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import { deploymentEstimate, type DeploymentConfig, type DeploymentEstimate } from '../../engine/serving/deploymentEstimate.ts';
import type { Bilingual } from '../../ui/index.ts';
import { serverMaxLength } from '../optimisation-overview/scenario.ts';
import type { Application } from './applications.ts';
import { errorText } from '../../i18n/engine/errors.ts';

export type Verdict = 'met' | 'missed' | 'no-target' | 'does-not-fit' | 'error';

export interface AppRow {
  readonly key: string;
  readonly app: Application;
  readonly kind: 'baseline' | 'optimised';
  readonly model: ModelSpec;
  readonly hardware: HardwareSpec;
  readonly config: DeploymentConfig;
  readonly estimate: DeploymentEstimate | null;
  readonly error: Bilingual | null;
  readonly verdict: Verdict;
}

export function baselineOf(app: Application, model: ModelSpec): DeploymentConfig {
  return {
    weights: 'fp16', kv: 'fp16', batch: 1, paged: false, tp: 1, attention: 'naive',
    promptTokens: app.promptTokens, outputTokens: app.outputTokens, maxLength: serverMaxLength(model),
  };
}

export function optimisedOf(app: Application, model: ModelSpec, hw: HardwareSpec): DeploymentConfig {
  const o = app.optimised;
  return {
    weights: o.weights, kv: o.kv, batch: o.batch, paged: o.paged, attention: o.attention,
    tp: hw.intraNodeLink === null ? 1 : o.tp,
    promptTokens: app.promptTokens, outputTokens: app.outputTokens, maxLength: serverMaxLength(model),
  };
}

export function verdictOf(app: Application, e: DeploymentEstimate): Verdict {
  if (e.serving === null) return 'does-not-fit';
  if (app.target === null) return 'no-target';
  return e.serving.ttftSeconds <= app.target.ttftSeconds && e.serving.tpotSeconds <= app.target.tpotSeconds ? 'met' : 'missed';
}

function row(app: Application, kind: AppRow['kind'], model: ModelSpec, hw: HardwareSpec): AppRow {
  const config = kind === 'baseline' ? baselineOf(app, model) : optimisedOf(app, model, hw);
  const key = `${app.id}/${kind}`;
  try {
    const estimate = deploymentEstimate(model, hw, config);
    return { key, app, kind, model, hardware: hw, config, estimate, error: null, verdict: verdictOf(app, estimate) };
  } catch (e) {
    const error = isEngineError(e) ? errorText(e) : { zh: '无法计算', en: 'Cannot be computed' };
    return { key, app, kind, model, hardware: hw, config, estimate: null, error, verdict: 'error' };
  }
}

/** Baseline and optimised rows for every application; server rows use `model` on `hw`. */
export function applicationRows(apps: readonly Application[], model: ModelSpec, hw: HardwareSpec): AppRow[] {
  return apps.flatMap((app) => {
    const m = app.device === 'server' ? model : getModel(app.device.model);
    const h = app.device === 'server' ? hw : getHardware(app.device.hardware);
    return [row(app, 'baseline', m, h), row(app, 'optimised', m, h)];
  });
}
