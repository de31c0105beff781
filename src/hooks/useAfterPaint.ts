import { useEffect, useState, type DependencyList } from 'react';
import { afterNextPaint } from '../render/afterNextPaint';

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * `compute()`, worked out after the next paint: null until then (and again whenever `deps`
 * change, until it is worked out for them). For a part of the page that may appear a frame
 * later, so it does not hold up the rest.
 */
export function useAfterPaint<T>(compute: () => T, deps: DependencyList): T | null {
  const [state, setState] = useState<{ deps: DependencyList; value: T } | null>(null);
  useEffect(
    () => afterNextPaint(() => setState({ deps, value: compute() })),
    // The caller's deps are the effect's: `compute` is a new closure on every render.
    deps,
  );
  return state && sameDeps(state.deps, deps) ? state.value : null;
}
