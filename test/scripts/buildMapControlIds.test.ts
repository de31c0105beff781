import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { captureIo } from '../helpers/captureIo';
import { tempDir } from '../helpers/tempDir';

describe('build:map refuses ids that GEXF and GraphML would merge', () => {
  it('names the file, the line and the character of "p1\\u0002", and writes nothing', () => {
    const dir = tempDir('build-map-control-ids-');
    const input = join(dir, 'papers.jsonl');
    const output = join(dir, 'out.map.json');
    const papers = [
      { id: 'p0', title: 'Sparse attention for long documents', abstract: 'Sparse attention reduces the cost of long context.' },
      {
        id: 'p1\u0001',
        title: 'KV cache compression',
        abstract: 'KV cache compression lowers memory of long context inference.',
      },
      { id: 'p1\u0002', title: 'Entropic optimal transport', abstract: 'Entropic regularisation makes optimal transport fast.' },
    ];
    // The first control character is on line 2.
    writeFileSync(input, papers.map((p) => JSON.stringify(p)).join('\n'));
    const capture = captureIo();
    const code = runBuildMap(['--quiet', '--input', input, '--output', output], capture.io);
    expect(code).toBe(1);
    expect(capture.err()).toContain(
      `papers.jsonl:2: id "p1\\u0001" holds the control character U+0001; ids must be printable text`,
    );
    expect(capture.err()).not.toMatch(/[\u0001\u0002]/);
    expect(existsSync(output)).toBe(false);
  });
});
