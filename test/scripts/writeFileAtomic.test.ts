import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../scripts/lib/writeFileAtomic';
import { tempDir } from '../helpers/tempDir';

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
});
