import type { TaggedFields } from './TaggedRecordReader';

/** The first entry among `tags`, in that order of preference, trimmed; undefined when none is non-empty. */
export function firstValue(fields: TaggedFields, ...tags: string[]): string | undefined {
  for (const tag of tags) {
    for (const value of fields.get(tag) ?? []) {
      const trimmed = value.trim();
      if (trimmed !== '') return trimmed;
    }
  }
  return undefined;
}

/** Every entry of `tags`, each split at its continuation lines, trimmed and non-empty. */
export function allValues(fields: TaggedFields, ...tags: string[]): string[] {
  const values: string[] = [];
  for (const tag of tags) {
    for (const value of fields.get(tag) ?? []) {
      for (const part of value.split('\n')) {
        const trimmed = part.trim();
        if (trimmed !== '') values.push(trimmed);
      }
    }
  }
  return values;
}
