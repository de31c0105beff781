import type { MapFile } from '../../src/core/map';
import type { BuildCallOptions, BuildMapClient, BuildMapInput, BuildMapOutput } from '../../src/workers/buildMapClient';

/** One build the app asked the fake client for; the test settles it. */
export interface FakeBuild {
  input: BuildMapInput;
  options: BuildCallOptions;
  /** Aborted by the app (Cancel, a newer build, unmount). */
  aborted: boolean;
  /** `more`: the rest of what a build gives (the curation entries that matched nothing). */
  resolve(map: MapFile, warnings?: BuildMapOutput['warnings'], more?: Pick<BuildMapOutput, 'unusedCuration'>): void;
  reject(error: unknown): void;
}

export interface FakeBuildClient {
  /** Pass to <App createBuildClient={…}> or useBuildMap: always the same client. */
  create: () => BuildMapClient;
  builds: FakeBuild[];
  warmed: number;
  disposed: number;
}

/** A build-map client without a worker: builds wait until the test resolves or rejects them. */
export function createFakeBuildClient(): FakeBuildClient {
  const fake: FakeBuildClient = { create: () => client, builds: [], warmed: 0, disposed: 0 };
  const client: BuildMapClient = {
    build(input, options = {}) {
      return new Promise<BuildMapOutput>((resolve, reject) => {
        const build: FakeBuild = {
          input,
          options,
          aborted: false,
          resolve: (map, warnings = [], more = {}) =>
            resolve({
              map,
              warnings,
              timings: { parse: 1, keywords: 1, graph: 1, clusters: 1, layout: 1, assemble: 1 },
              ...more,
            }),
          reject,
        };
        options.signal?.addEventListener('abort', () => {
          build.aborted = true;
          reject(new DOMException('The map build was cancelled', 'AbortError'));
        });
        fake.builds.push(build);
      });
    },
    warm() {
      fake.warmed += 1;
    },
    cancel() {},
    dispose() {
      fake.disposed += 1;
    },
  };
  return fake;
}

/**
 * jsdom's Blob has no text() or arrayBuffer(); the app reads picked files with them, as browsers
 * do. text() decodes the bytes as UTF-8 whatever they are, as the File API says (FileReader's
 * readAsText would read a UTF-16 byte-order mark as such, which no browser's Blob.text() does).
 */
export function polyfillBlobText(): void {
  if (typeof Blob.prototype.arrayBuffer !== 'function') {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
      return new Promise((done, fail) => {
        const reader = new FileReader();
        reader.onload = () => done(reader.result as ArrayBuffer);
        reader.onerror = () => fail(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
  if (typeof Blob.prototype.text !== 'function') {
    Blob.prototype.text = async function text(this: Blob): Promise<string> {
      return new TextDecoder('utf-8').decode(await this.arrayBuffer());
    };
  }
}

/** The map with one keyword (and its links and co-occurrences) taken off, as a rebuild would give. */
export function withoutKeyword(map: MapFile, id: string): MapFile {
  const keywords = map.keywords.filter((k) => k.id !== id);
  const links = map.links.filter((l) => l.keyword !== id);
  const cooccurrences = map.cooccurrences.filter((c) => c.source !== id && c.target !== id);
  return {
    ...map,
    meta: {
      ...map.meta,
      counts: { ...map.meta.counts, keywords: keywords.length, links: links.length, cooccurrences: cooccurrences.length },
    },
    keywords,
    links,
    cooccurrences,
  };
}
