import type { RefObject } from 'react';

export interface FileInputProps {
  /** The button that opens the picker clicks this input. */
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  /** Its accessible name (tests and assistive technology find the input by it). */
  label?: string;
  onPick: (file: File) => void;
}

/**
 * The hidden file input behind an "Open…" or "Import…" button. It is emptied after each pick, so
 * picking the same file again (after editing it) still counts as a change.
 */
export function FileInput({ inputRef, accept, label, onPick }: FileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      aria-label={label}
      hidden
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) onPick(file);
        e.target.value = '';
      }}
    />
  );
}
