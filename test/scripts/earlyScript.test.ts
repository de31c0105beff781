import type { IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { describe, expect, test } from 'vitest';
import { EARLY_ENTRY, earlyScriptPlugin } from '../../scripts/lib/earlyScript';

const HTML =
  '<head>\n    <meta charset="UTF-8" />\n    <script type="module" crossorigin src="/app/assets/index-abc.js"></script>\n</head>';

/** The plugin's index.html step with `bundle` as the build's output and `base` as Vite's. */
function transform(bundle: Record<string, unknown>, base = '/app/', html = HTML): string {
  const plugin = earlyScriptPlugin();
  (plugin.configResolved as (c: ResolvedConfig) => void)({ base } as ResolvedConfig);
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string };
  return hook.handler(html, { bundle } as unknown as IndexHtmlTransformContext);
}

describe('earlyScriptPlugin', () => {
  test('adds src/earlyMain.ts as a second build entry, unless the build names its own inputs', () => {
    type Config = { build?: { rollupOptions?: { input?: unknown } } };
    const config = earlyScriptPlugin().config as (user: Config) => Config | undefined;
    expect(config({})?.build?.rollupOptions?.input).toEqual({ index: 'index.html', [EARLY_ENTRY]: 'src/earlyMain.ts' });
    // A build of one module (the worker test's) keeps its input: no index.html, no early entry.
    expect(config({ build: { rollupOptions: { input: 'src/workers/buildMapClient.ts' } } })).toBeUndefined();
  });

  test('loads the early chunk async before the bundle, under Vite’s base', () => {
    const bundle = { 'assets/early-x1.js': { type: 'chunk', isEntry: true, name: EARLY_ENTRY, fileName: 'assets/early-x1.js' } };
    const html = transform(bundle);
    const early = html.indexOf('<script type="module" async crossorigin src="/app/assets/early-x1.js"></script>');
    expect(early).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(early).toBeLessThan(html.indexOf('index-abc.js'));
  });

  test('says what is missing when the build has no early chunk or the page no module script', () => {
    expect(() => transform({})).toThrow(/no "early" entry chunk/);
    const bundle = { e: { type: 'chunk', isEntry: true, name: EARLY_ENTRY, fileName: 'assets/e.js' } };
    expect(() => transform(bundle, '/', '<head></head>')).toThrow(/no module script/);
  });
});
