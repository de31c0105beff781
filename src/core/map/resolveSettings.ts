import { DEFAULT_SETTINGS, type BuildSettings } from './types';

/** Checks settings given by a user (command line, settings panel) and fills in defaults. */
export function resolveSettings(partial: Partial<BuildSettings> = {}): BuildSettings {
  const settings = { ...DEFAULT_SETTINGS, ...partial };
  const whole = (key: 'topK' | 'minDf' | 'maxKeywords' | 'seed', min: number): void => {
    const v = settings[key];
    if (!Number.isInteger(v) || v < min) throw new RangeError(`settings: ${key} must be a whole number >= ${min}, got ${v}`);
  };
  whole('topK', 1);
  whole('minDf', 1);
  whole('maxKeywords', 1);
  whole('seed', 0);
  if (!(Number.isFinite(settings.resolution) && settings.resolution > 0)) {
    throw new RangeError(`settings: resolution must be a number > 0, got ${settings.resolution}`);
  }
  return settings;
}
