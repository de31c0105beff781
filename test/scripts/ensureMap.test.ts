import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestTime } from '../../scripts/ensureMap';
import { tempDir } from '../helpers/tempDir';

describe('newestTime: when the builder last changed', () => {
  it('sees a file edited deep in a folder, whose folders keep their own older times', () => {
    const root = tempDir('newest-');
    mkdirSync(join(root, 'graph', 'deep'), { recursive: true });
    writeFileSync(join(root, 'top.ts'), 'a');
    writeFileSync(join(root, 'graph', 'deep', 'buildGraph.ts'), 'b');
    const old = new Date('2026-01-01T00:00:00Z');
    for (const path of [join(root, 'top.ts'), join(root, 'graph', 'deep'), join(root, 'graph'), root]) utimesSync(path, old, old);
    // An edit in place: the file's time moves, its folders' do not.
    const edited = new Date('2026-06-01T00:00:00Z');
    utimesSync(join(root, 'graph', 'deep', 'buildGraph.ts'), edited, edited);
    expect(newestTime(root)).toBe(edited.getTime());
    expect(newestTime(join(root, 'top.ts'))).toBe(old.getTime());
  });
});
