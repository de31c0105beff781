import { useEffect } from 'react';
import { useMapStore } from '../store/useMapStore';

/** Follows the system's light or dark preference (prefers-color-scheme) into the store. */
export function useColorScheme(): void {
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = (): void => useMapStore.getState().setTheme(query.matches ? 'dark' : 'light');
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
}
