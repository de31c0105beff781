import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'textarea, select, input, button:not(:disabled)';

/**
 * The keys of a modal dialog, for its onKeyDown: Escape closes it (and goes no further),
 * Ctrl/Cmd+Enter submits it, and Tab keeps the focus inside it, wrapping at either end.
 */
export function modalKeyDown(event: KeyboardEvent<HTMLElement>, close: () => void, submit?: () => void): void {
  if (event.key === 'Escape') {
    event.stopPropagation();
    close();
  } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && submit) {
    event.preventDefault();
    submit();
  } else if (event.key === 'Tab') {
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }
}
