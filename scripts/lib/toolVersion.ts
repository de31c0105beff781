import { readFileSync } from 'node:fs';

/** "topic-map 0.1.0", from package.json: stamped into every map and export. */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return `${pkg.name} ${pkg.version}`;
}
