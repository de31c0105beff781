import { type RefObject, useEffect, useRef } from 'react';

/**
 * A panel that takes the focus gives it back when it closes: to the control that opened it, or
 * that switched it to what it shows now (`view`: "Themes" after "Gaps" opened it), not to the
 * page. Only when the focus was in the panel (it went to the page with it); a user who moved on
 * elsewhere keeps their place. Call before the effect that moves the focus into the panel.
 */
export function useReturnFocus(panel: RefObject<HTMLElement | null>, view?: unknown): void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !panel.current?.contains(active)) opener.current = active;
  }, [panel, view]);
  useEffect(
    () => () => {
      const active = document.activeElement;
      const lost = active === null || active === document.body;
      if (lost && opener.current?.isConnected) opener.current.focus();
    },
    [],
  );
}
