import { name, version } from '../../../package.json';

/**
 * "topic-map 0.1.0": stamped into every map and export. Read from package.json by a JSON import,
 * which Vite (app, worker) and tsx (command line) both resolve at build time, so a map built in
 * the browser carries the same stamp as one built by `npm run build:map`. Named imports, so the
 * bundle holds these two strings and not the whole package.json.
 */
export const TOOL_VERSION = `${name} ${version}`;
