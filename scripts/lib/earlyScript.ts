import type { Plugin } from 'vite';

/** The entry name of the early script (src/earlyMain.ts, see src/earlyMapFetch.ts) in the build's inputs. */
export const EARLY_ENTRY = 'early';

/**
 * Builds src/earlyMain.ts as a second entry and loads it in the built index.html as an `async`
 * module before the app's bundle: it runs as soon as its few hundred bytes arrive, while the
 * bundle still downloads, and starts the startup map's request. The dev server leaves it out
 * (the app's own prefetchMap makes the request there).
 */
export function earlyScriptPlugin(): Plugin {
  // Where the built files are served from (Vite's `base`), as the bundle's own script tag has it.
  let base = '/';
  return {
    name: 'topic-map-early-script',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    // A build that names its own inputs (a test building one module) is left as it asked.
    config: (user) =>
      user.build?.rollupOptions?.input
        ? undefined
        : { build: { rollupOptions: { input: { index: 'index.html', [EARLY_ENTRY]: 'src/earlyMain.ts' } } } },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === EARLY_ENTRY);
        if (!chunk) throw new Error(`earlyScriptPlugin: the build has no "${EARLY_ENTRY}" entry chunk`);
        const at = html.search(/<script type="module"/);
        if (at < 0) throw new Error('earlyScriptPlugin: index.html has no module script to put the early script before');
        return `${html.slice(0, at)}<script type="module" async crossorigin src="${base}${chunk.fileName}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}
