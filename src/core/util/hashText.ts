import { TextHash } from './TextHash';

/** 64-bit FNV-1a of the text's UTF-8 bytes, as 16 hex digits (see TextHash, which does the work). */
export function hashText(text: string): string {
  return new TextHash().update(text).digest();
}
