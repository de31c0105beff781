import { isAbsolute, resolve } from 'node:path';

/** The npm scripts that take paths from the user (package.json). */
const USER_SCRIPTS = new Set(['build:map', 'export', 'gaps', 'place']);

/**
 * A path the user typed, from the folder they typed it in: `npm run build:map` (and export, gaps,
 * place) runs the script in the project's folder and says where the user was in INIT_CWD. Made
 * absolute only then, so the messages name the file the user meant ("trending-papers.txt: file
 * not found" was printed while the user stood in data/ beside it). Defaults are the project's own.
 */
export function userPath(path: string): string {
  const from = USER_SCRIPTS.has(process.env.npm_lifecycle_event ?? '') ? process.env.INIT_CWD : undefined;
  if (from === undefined || isAbsolute(path) || resolve(from) === resolve(process.cwd())) return path;
  return resolve(from, path);
}
