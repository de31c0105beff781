import { afterEach, describe, expect, it } from 'vitest';
import { userPath } from '../../scripts/lib/userPath';

const saved = { event: process.env.npm_lifecycle_event, init: process.env.INIT_CWD };
afterEach(() => {
  if (saved.event === undefined) delete process.env.npm_lifecycle_event;
  else process.env.npm_lifecycle_event = saved.event;
  if (saved.init === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = saved.init;
});

describe('userPath: relative paths from where the user typed npm run …', () => {
  it("resolves against INIT_CWD for the scripts that take the user's paths", () => {
    process.env.INIT_CWD = '/home/me/papers';
    for (const event of ['build:map', 'export', 'gaps', 'place']) {
      process.env.npm_lifecycle_event = event;
      expect(userPath('week.ris'), event).toBe('/home/me/papers/week.ris');
      expect(userPath('../maps/a.map.json'), event).toBe('/home/me/maps/a.map.json');
      expect(userPath('/tmp/x.json'), event).toBe('/tmp/x.json');
    }
  });

  it('leaves the path as given otherwise: another script (npm test spawning the CLI), no npm, or typed in the project', () => {
    process.env.INIT_CWD = '/home/me/papers';
    process.env.npm_lifecycle_event = 'test';
    expect(userPath('week.ris')).toBe('week.ris');
    delete process.env.npm_lifecycle_event;
    expect(userPath('week.ris')).toBe('week.ris');
    process.env.npm_lifecycle_event = 'export';
    process.env.INIT_CWD = process.cwd();
    expect(userPath('week.ris')).toBe('week.ris');
  });
});
