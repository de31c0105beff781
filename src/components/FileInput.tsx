import type { RefObject } from 'react';

export interface FileInputProps {
  /** The button that opens the picker clicks this input. */
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  /** Its accessible name (tests and assistive technology find the input by it). */
  label?: string;
  /** Several files may be picked at once (onPick gets them all). */
  multiple?: boolean;
  /** The files picked: one unless `multiple`; never called with none. */
  onPick: (files: File[]) => void;
}

/**
 * The hidden file input behind an "Open…" or "Import…" button. It is emptied after each pick, so
 * picking the same file again (after editing it) still counts as a change.
 */
export function FileInput({ inputRef, accept, label, multiple, onPick }: FileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      aria-label={label}
      hidden
      multiple={multiple}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        if (files.length > 0) onPick(files);
        e.target.value = '';
      }}
    />
  );
}
