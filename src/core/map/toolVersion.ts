import { name, version } from '../../../package.json';

/**
 * The package version, "0.1.0": the one source of every version string. Read from package.json
 * by a JSON import, which Vite (app, worker) and tsx (command line) both resolve at build time,
 * so the browser and `npm run build:map` / `npm run export` stamp the same. Named imports, so the
 * bundle holds these two strings and not the whole package.json.
 */
export const APP_VERSION = version;

/** "topic-map 0.1.0": stamped into every map (`meta.tool`). */
export const TOOL_VERSION = `${name} ${version}`;
