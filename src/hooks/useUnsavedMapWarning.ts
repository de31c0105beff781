import { useEffect } from 'react';
import { hasUnsavedMap } from '../store/hasUnsavedMap';
import { useMapStore } from '../store/useMapStore';

/**
 * Asks before the page is left (reload, closing the tab, another address) while the map on
 * screen was built here and not saved: the browser's own "Leave site?" question, which is all a
 * page may show then. Checked when the page is being left, so nothing re-renders as maps change.
 */
export function useUnsavedMapWarning(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!hasUnsavedMap(useMapStore.getState())) return;
      event.preventDefault();
      // Chromium before 119 and Safari ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
