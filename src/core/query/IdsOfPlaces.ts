/**
 * The ids of a place table (id to index: the index's node slots, see core/map nodePlaces) as a
 * read-only Set, without copying them: the unfiltered filter result's "every paper" (filterMap's
 * `everything`), asked for by the panels and the canvas before the first paint, was a new Set of
 * 100,000 ids. Same answers, same order (the map's).
 */
export class IdsOfPlaces implements ReadonlySet<string> {
  constructor(private readonly places: ReadonlyMap<string, number>) {}

  get size(): number {
    return this.places.size;
  }

  has(id: string): boolean {
    return this.places.has(id);
  }

  keys(): SetIterator<string> {
    return this.places.keys();
  }

  values(): SetIterator<string> {
    return this.places.keys();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.places.keys()) yield [id, id];
  }

  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.places.keys()) fn.call(thisArg, id, id, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.places.keys();
  }
}
