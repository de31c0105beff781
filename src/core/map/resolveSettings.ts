import { DEFAULT_SETTINGS, type BuildSettings } from './types';

/** The largest seed: the random generators are seeded with 32 bits. */
export const MAX_SEED = 2 ** 32 - 1;

/** Checks settings given by a user (command line, settings panel) and fills in defaults. */
export function resolveSettings(partial: Partial<BuildSettings> = {}): BuildSettings {
  const settings = { ...DEFAULT_SETTINGS, ...partial };
  const whole = (key: 'topK' | 'minDf' | 'maxKeywords' | 'seed', min: number, max = Number.MAX_SAFE_INTEGER): void => {
    const v = settings[key];
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    if (!Number.isInteger(v) || v < min || v > max)
      throw new RangeError(`settings: ${key} must be a whole number ${range}, got ${v}`);
  };
  whole('topK', 1);
  whole('minDf', 1);
  whole('maxKeywords', 1);
  // The random generators take 32 bits: 4294967338 gave seed 42's map again.
  whole('seed', 0, MAX_SEED);
  if (!(Number.isFinite(settings.resolution) && settings.resolution > 0)) {
    throw new RangeError(`settings: resolution must be a number > 0, got ${settings.resolution}`);
  }
  return settings;
}
