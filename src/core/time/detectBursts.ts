import { portableLog } from '../util';
import { TIME_CONFIG } from './timeConfig';

/** One burst of a series: years start..end (inclusive) in the burst state, and its weight. */
export interface BurstSpan {
  start: number;
  end: number;
  /** Kleinberg's weight: how much cheaper the burst state explains these years than the base state. */
  strength: number;
}

export interface BurstOptions {
  /** Kleinberg's s (burst rate = s × base rate). */
  scale?: number;
  /** Kleinberg's γ (cost γ·ln n of entering the burst state). */
  gamma?: number;
}

/**
 * Kleinberg's two-state burst detection over batched counts (Kleinberg 2003, §4, "enumerating
 * bursts"; as CiteSpace applies it to keywords by year). For year t, r[t] papers of d[t] hold the
 * term. The base state emits at p0 = Σr / Σd, the burst state at p1 = min(s·p0, 1 − 1e-9). A
 * state's cost in year t is −ln(p^r (1−p)^(d−r)) (the binomial coefficient is the same in both
 * states and drops out); moving up into the burst state costs γ·ln(n), n = number of years; moving
 * down is free. The cheapest state sequence (Viterbi) marks the bursts; a burst's strength is the
 * sum over its years of cost(base) − cost(burst). Uses portableLog so every engine gives the same
 * bytes. Series of fewer than two years, or terms in every paper, have no bursts.
 */
export function detectBursts(
  r: ArrayLike<number>,
  d: ArrayLike<number>,
  firstYear: number,
  options: BurstOptions = {},
): BurstSpan[] {
  const n = d.length;
  if (n < 2 || r.length !== n) return [];
  let sumR = 0;
  let sumD = 0;
  for (let t = 0; t < n; t++) {
    sumR += r[t];
    sumD += d[t];
  }
  if (sumR === 0 || sumD === 0 || sumR >= sumD) return [];
  const p0 = sumR / sumD;
  const p1 = Math.min((options.scale ?? TIME_CONFIG.burstScale) * p0, 1 - 1e-9);
  if (p1 <= p0) return [];
  const transition = (options.gamma ?? TIME_CONFIG.burstGamma) * portableLog(n);
  const logP0 = portableLog(p0);
  const logQ0 = portableLog(1 - p0);
  const logP1 = portableLog(p1);
  const logQ1 = portableLog(1 - p1);
  const cost0 = new Float64Array(n);
  const cost1 = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    cost0[t] = -(r[t] * logP0 + (d[t] - r[t]) * logQ0);
    cost1[t] = -(r[t] * logP1 + (d[t] - r[t]) * logQ1);
  }

  // Viterbi over two states; the automaton starts in the base state.
  const from0 = new Uint8Array(n); // best previous state for state 0 at t
  const from1 = new Uint8Array(n);
  let best0 = cost0[0];
  let best1 = transition + cost1[0];
  for (let t = 1; t < n; t++) {
    // Into 0: from 0 or (free) from 1. Into 1: from 1, or from 0 paying the transition.
    const stay0 = best0;
    const down = best1;
    const next0 = (down < stay0 ? down : stay0) + cost0[t];
    from0[t] = down < stay0 ? 1 : 0;
    const up = best0 + transition;
    const stay1 = best1;
    const next1 = (up < stay1 ? up : stay1) + cost1[t];
    from1[t] = up < stay1 ? 0 : 1;
    best0 = next0;
    best1 = next1;
  }
  const states = new Uint8Array(n);
  let state = best1 < best0 ? 1 : 0;
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state;
    state = state === 1 ? from1[t] : from0[t];
  }

  const bursts: BurstSpan[] = [];
  for (let t = 0; t < n; t++) {
    if (states[t] !== 1) continue;
    const start = t;
    let strength = 0;
    while (t < n && states[t] === 1) {
      strength += cost0[t] - cost1[t];
      t++;
    }
    bursts.push({ start: firstYear + start, end: firstYear + t - 1, strength });
  }
  return bursts;
}
