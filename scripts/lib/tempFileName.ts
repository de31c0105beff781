/**
 * The name of the temporary file writeChunksAtomic writes before renaming it over `name`:
 * `.NAME.PID.RANDOM.tmp`. The random part makes it unpredictable (no one can plant a link under
 * it); the process id lets a later write tell a file left by a killed process from one being
 * written; the leading dot and the `.tmp` end let `vite build` leave it out of dist/ (dropTempFiles).
 */
export function tempFileName(name: string, pid: number, random: string): string {
  return `.${name}.${pid}.${random}.tmp`;
}

const TEMP = /^\.(.+)\.(\d+)\.([0-9a-f]+)\.tmp$/;

/**
 * The process id in a temporary file's name, when `entry` is one (of the output `name`, if given);
 * else undefined.
 */
export function isTempFileName(entry: string, name?: string): number | undefined {
  const match = TEMP.exec(entry);
  if (!match || (name !== undefined && match[1] !== name)) return undefined;
  return Number(match[2]);
}
