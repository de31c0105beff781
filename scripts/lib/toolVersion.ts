import { TOOL_VERSION } from '../../src/core/map';

/** "topic-map 0.1.0", from package.json: stamped into every map and export (same as the app's). */
export function toolVersion(): string {
  return TOOL_VERSION;
}
