import { requireInRange, requireNonNegative, requirePositiveInt } from '../errors.ts';

/**
 * Expected number of DISTINCT experts a batch of routed tokens touches, i.e.
 * how many experts' weights one MoE layer must read in a step:
 *   E_touched = E · (1 − (1 − k/E)^T)
 * E experts, each token picks k distinct experts, T tokens routed in the step
 * (batch in decode, batch × prompt in prefill). Each expert is missed by one
 * token with probability 1 − k/E; tokens are assumed independent and routing
 * uniform — the occupancy problem (Feller 1968, Ch. II/IV). Real routers are
 * imbalanced, which touches fewer experts than this for small T.
 * Sources: 'feller-1968-occupancy' (occupancy), 'fedus-2022-switch' (top-k routing).
 */
export function expectedDistinctExperts(numExperts: number, expertsPerToken: number, tokens: number): number {
  const e = requirePositiveInt('numExperts', numExperts);
  const k = requireInRange('expertsPerToken', expertsPerToken, 1, e);
  const t = requireNonNegative('tokens', tokens);
  return e * (1 - Math.pow(1 - k / e, t));
}
