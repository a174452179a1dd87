/**
 * One table row per application and configuration (baseline, optimised),
 * computed by the engine's deploymentEstimate through the one error path
 * (runEngine): a row the engine rejects carries the localised error. Pure.
 */
import { deploymentEstimate, getHardware, getModel, type DeploymentConfig, type DeploymentEstimate, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';
import { runEngine } from '../_protocol/useEngine.ts';
import { baselineConfig, serverMaxLength } from '../_shared/deployment.ts';
import type { Application } from './applications.ts';

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
  const config = kind === 'baseline' ? baselineConfig(app, model) : optimisedOf(app, model, hw);
  const key = `${app.id}/${kind}`;
  const r = runEngine(() => deploymentEstimate(model, hw, config));
  return r.ok
    ? { key, app, kind, model, hardware: hw, config, estimate: r.value, error: null, verdict: verdictOf(app, r.value) }
    : { key, app, kind, model, hardware: hw, config, estimate: null, error: r.error, verdict: 'error' };
}

/** The model and device of an application's rows: the server's, or the edge row's own. */
export function deviceOf(app: Application, model: ModelSpec, hw: HardwareSpec): { model: ModelSpec; hw: HardwareSpec } {
  return app.device === 'server' ? { model, hw } : { model: getModel(app.device.model), hw: getHardware(app.device.hardware) };
}

/** Baseline and optimised rows for every application; server rows use `model` on `hw`. */
export function applicationRows(apps: readonly Application[], model: ModelSpec, hw: HardwareSpec): AppRow[] {
  return apps.flatMap((app) => {
    const d = deviceOf(app, model, hw);
    return [row(app, 'baseline', d.model, d.hw), row(app, 'optimised', d.model, d.hw)];
  });
}
