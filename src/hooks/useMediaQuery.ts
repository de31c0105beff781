import { useSyncExternalStore } from 'react';

interface QueryStore {
  subscribe(notify: () => void): () => void;
  matches(): boolean;
}

// One store per query for the page's life: React resubscribes whenever `subscribe` changes, and
// `window.matchMedia` may recompute style, so neither is redone on every render.
const stores = new Map<string, QueryStore>();

function storeOf(query: string): QueryStore {
  let store = stores.get(query);
  if (!store) {
    const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    store = {
      subscribe(notify) {
        list?.addEventListener('change', notify);
        return () => list?.removeEventListener('change', notify);
      },
      matches: () => list?.matches ?? false,
    };
    // Without matchMedia (a test environment may add it later), nothing is kept.
    if (list) stores.set(query, store);
  }
  return store;
}

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  const store = storeOf(query);
  return useSyncExternalStore(store.subscribe, store.matches, () => false);
}
