import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTextPartsAtomic } from '../../scripts/lib/writeTextPartsAtomic';
import { tempDir } from '../helpers/tempDir';

describe('writeTextPartsAtomic', () => {
  it('writes the parts in order as UTF-8', () => {
    const dir = tempDir('parts-');
    const file = join(dir, 'map.json');
    writeTextPartsAtomic(file, ['{"a":', '"é ✓"', '}\n']);
    expect(readFileSync(file, 'utf8')).toBe('{"a":"é ✓"}\n');
    expect(readdirSync(dir)).toEqual(['map.json']);
  });

  it('leaves the old file as it was when making the parts fails half way', () => {
    const dir = tempDir('parts-');
    const file = join(dir, 'map.json');
    writeFileSync(file, 'old');
    function* failing(): Generator<string> {
      yield 'new, half';
      throw new Error('out of memory');
    }
    expect(() => writeTextPartsAtomic(file, failing())).toThrow('out of memory');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['map.json']);
  });
});
