import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFileName } from '../../scripts/lib/tempFileName';
import { writeFileAtomic } from '../../scripts/lib/writeFileAtomic';
import { removeTempFiles } from '../../scripts/lib/dropTempFiles';
import viteConfig from '../../vite.config';
import { tempDir } from '../helpers/tempDir';

const WRITER = fileURLToPath(new URL('../../scripts/lib/writeFileAtomic.ts', import.meta.url));

/**
 * Runs, in a child Node, a write of `target` whose chunks send `signal` to the child itself
 * half-way: the write is in progress (the temporary file exists) when the signal arrives.
 */
function writeInterrupted(target: string, signal: 'SIGINT' | 'SIGTERM' | 'SIGKILL') {
  const script = `
    import { writeChunksAtomic } from ${JSON.stringify(WRITER)};
    function* chunks() { yield 'new '.repeat(1000); process.kill(process.pid, ${JSON.stringify(signal)}); yield 'end'; }
    writeChunksAtomic(${JSON.stringify(target)}, chunks());
    // Only reached if the signal was lost: keep running a while, so the test sees it.
    setTimeout(() => process.stdout.write('survived'), 2000);
  `;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temporary file', () => {
    const dir = tempDir('atomic-');
    writeFileAtomic(join(dir, 'out.json'), '{"a":1}');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('names a missing output folder and writes nothing', () => {
    const dir = tempDir('atomic-');
    const target = join(dir, 'nope', 'out.json');
    expect(() => writeFileAtomic(target, 'x')).toThrow(`${target}: the output folder ${join(dir, 'nope')} does not exist`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves an existing file untouched when the write fails', () => {
    const dir = tempDir('atomic-');
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old content');
    // A data value that cannot be written: writeSync rejects a non-buffer object.
    expect(() => writeFileAtomic(target, { length: 3 } as unknown as Uint8Array)).toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('on SIGINT or SIGTERM during the write, ends with that signal and leaves no temporary file', () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const dir = tempDir('atomic-');
      const target = join(dir, 'out.json');
      writeFileSync(target, 'old content');
      const run = writeInterrupted(target, signal);
      expect(run.signal, run.stderr).toBe(signal);
      expect(run.stdout).toBe('');
      expect(readdirSync(dir)).toEqual(['out.json']);
      // The signal came during the write, which ran to its end first: old or whole new, never half.
      expect(['old content', `${'new '.repeat(1000)}end`]).toContain(readFileSync(target, 'utf8'));
    }
  });

  it('the npm scripts that write files run Node itself, so a Ctrl-C reaches the process that writes', () => {
    // tsx's command line runs the script in a child and kills it (SIGKILL) when it does not
    // answer a relayed signal within 60 ms, which a synchronous write cannot: the temporary file
    // was left. `node --import tsx` has no such middle process.
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const name of ['build:map', 'export', 'gaps', 'place']) {
      expect(scripts[name], name).toMatch(/^node (?:--max-old-space-size=\d+ )?--import tsx scripts\/\w+\.ts$/);
    }
  });

  it("writes many files in a row (the compact map's texts files) without a listener warning, and a signal still ends it", () => {
    const dir = tempDir('atomic-');
    const target = join(dir, 'last.json');
    // 30 writes in one synchronous loop (each holds the signals for two turns after it), the
    // listeners counted meanwhile, then one write a SIGTERM interrupts.
    const script = `
      import { writeChunksAtomic } from ${JSON.stringify(WRITER)};
      let most = 0;
      for (let i = 0; i < 30; i++) {
        writeChunksAtomic(${JSON.stringify(dir)} + '/part-' + i + '.json', ['part ' + i]);
        most = Math.max(most, process.listenerCount('SIGTERM'), process.listenerCount('SIGINT'));
      }
      process.stdout.write('listeners ' + most + ';');
      function* chunks() { yield 'new'; process.kill(process.pid, 'SIGTERM'); yield 'end'; }
      writeChunksAtomic(${JSON.stringify(target)}, chunks());
      setTimeout(() => process.stdout.write('survived'), 2000);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/MaxListenersExceededWarning/);
    expect(run.stdout).toBe('listeners 1;');
    expect(run.signal, run.stderr).toBe('SIGTERM');
    expect(readdirSync(dir).sort()).toEqual([...Array.from({ length: 30 }, (_, i) => `part-${i}.json`), 'last.json'].sort());
    expect(readFileSync(target, 'utf8')).toBe('newend');
  });

  it('removes the temporary file a killed writer left, at the next write of that output', () => {
    const dir = tempDir('atomic-');
    const target = join(dir, 'out.json');
    const run = writeInterrupted(target, 'SIGKILL');
    expect(run.signal).toBe('SIGKILL');
    const left = readdirSync(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.out\\.json\\.${run.pid}\\.[0-9a-f]{16}\\.tmp$`));
    // Another output's temporary file of a dead process is not this write's business.
    const other = tempFileName('other.json', run.pid!, 'abcdef');
    writeFileSync(join(dir, other), 'x');
    writeFileAtomic(target, 'new');
    expect(readdirSync(dir).sort()).toEqual([other, 'out.json'].sort());
  });

  it('cannot be redirected by a link planted under a predictable temporary name', () => {
    const dir = tempDir('atomic-');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const target = join(dir, 'out.json');
    // Every name the old writer could have used, and this process's names with short random parts.
    symlinkSync(victim, join(dir, `.out.json.${process.pid}.tmp`));
    writeFileAtomic(target, 'new');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(target).isFile()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('keeps the mode of the file it replaces', () => {
    const dir = tempDir('atomic-');
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old');
    for (const mode of [0o600, 0o640, 0o755]) {
      chmodSync(target, mode);
      writeFileAtomic(target, 'new');
      expect(statSync(target).mode & 0o7777).toBe(mode);
    }
  });

  it("vite build's plugin removes temporary files copied from public/, and nothing else", () => {
    const dir = tempDir('dist-');
    mkdirSync(join(dir, 'assets'));
    const temp = tempFileName('papers.map.json', 12345, '0123456789abcdef');
    for (const name of [temp, 'papers.map.json', '.hidden.tmp', 'notes.tmp']) writeFileSync(join(dir, name), 'x');
    writeFileSync(join(dir, 'assets', temp), 'x');
    expect(removeTempFiles(dir).sort()).toEqual([join(dir, temp), join(dir, 'assets', temp)].sort());
    expect(readdirSync(dir).sort()).toEqual(['.hidden.tmp', 'assets', 'notes.tmp', 'papers.map.json']);
    // And vite build runs it.
    const names = (viteConfig.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : ''));
    expect(names).toContain('topic-map:drop-temp-files');
  });
});
