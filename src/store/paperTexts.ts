import { type CompactTexts, type MapFile, applyCompactTexts, textsFileName } from '../core/map';

/**
 * The texts of a compact map (abstracts, metadata, key phrases: see core/map/compactFormat),
 * fetched a file of papers at a time when something needs them: a paper's panel, an export, a
 * rebuild. Each map that has texts still to come owns one record here (a WeakMap keyed by the
 * map, dropped with it); a map read whole (JSON) has none and every paper is ready.
 */
interface PendingTexts {
  texts: CompactTexts;
  /** The content of the texts file of that name (beside the main file). */
  fetchText: (name: string) => Promise<string>;
  /** Per texts file: its load, once started (a failed one is dropped, so a later ask retries). */
  loads: Map<number, Promise<void>>;
  done: Set<number>;
}

const pending = new WeakMap<MapFile, PendingTexts>();

/** Registers the texts of a compact map whose papers came without them (decodeCompactMap). */
export function attachCompactTexts(map: MapFile, texts: CompactTexts, fetchText: (name: string) => Promise<string>): void {
  pending.set(map, { texts, fetchText, loads: new Map(), done: new Set() });
}

/**
 * The texts file of the paper at `place` in `map.papers` (its slot in the map's index): by place,
 * not id, because looking an id up in the papers took up to 14 ms of a click at 100,000 papers.
 */
function fileOf(map: MapFile, place: number, owner: PendingTexts): number {
  return place >= 0 && place < map.papers.length ? Math.floor(place / owner.texts.chunkSize) : -1;
}

/** Whether the texts of the paper at `place` in `map.papers` are filled in (always, for a map read whole). */
export function paperTextsReady(map: MapFile, place: number): boolean {
  const owner = pending.get(map);
  return !owner || owner.done.has(fileOf(map, place, owner));
}

/** Whether every paper's texts are in (what an export or a rebuild needs). */
export function allTextsReady(map: MapFile): boolean {
  const owner = pending.get(map);
  return !owner || owner.done.size === owner.texts.hashes.length;
}

function loadFile(map: MapFile, owner: PendingTexts, k: number): Promise<void> {
  let load = owner.loads.get(k);
  if (!load) {
    load = owner
      .fetchText(textsFileName(owner.texts.prefix, k))
      .then((text) => {
        if (!owner.done.has(k)) applyCompactTexts(map, owner.texts, k, text);
        owner.done.add(k);
      })
      .catch((error: unknown) => {
        owner.loads.delete(k);
        throw error;
      });
    owner.loads.set(k, load);
  }
  return load;
}

/** Fetches the texts file that holds the paper at `place` in `map.papers`; rejects with a message naming the file. */
export function loadPaperTexts(map: MapFile, place: number): Promise<void> {
  const owner = pending.get(map);
  if (!owner) return Promise.resolve();
  const k = fileOf(map, place, owner);
  return k < 0 ? Promise.resolve() : loadFile(map, owner, k);
}

/** Fetches every texts file of the map not yet in (a few at a time). */
export async function loadAllTexts(map: MapFile): Promise<void> {
  const owner = pending.get(map);
  if (!owner) return;
  const todo = owner.texts.hashes.map((_, k) => k).filter((k) => !owner.done.has(k));
  const next = async (): Promise<void> => {
    for (let k = todo.shift(); k !== undefined; k = todo.shift()) await loadFile(map, owner, k);
  };
  await Promise.all([next(), next(), next(), next()]);
}
