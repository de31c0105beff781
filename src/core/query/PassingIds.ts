/**
 * The ids of the items that pass a filter, as a read-only set over a mark per item (1: passes)
 * in the order of `items`: `has` looks the id's place up, `size` is counted once, and iterating
 * reads the marked items in order. A filter at 100,000 papers passes tens of thousands; a Set of
 * their ids cost a string hash and an insertion each (7-15 ms for 14,000 papers) on every filter,
 * where the map only needs the marks and the count.
 */
export class PassingIds implements ReadonlySet<string> {
  readonly #items: readonly { readonly id: string }[];
  readonly #place: ReadonlyMap<string, number>;
  readonly #marks: Uint8Array;
  readonly size: number;

  /** `place`: each item's index in `items` by id; `marks`: 1 for each item that passes. */
  constructor(items: readonly { readonly id: string }[], place: ReadonlyMap<string, number>, marks: Uint8Array, size: number) {
    if (marks.length !== items.length) throw new Error(`PassingIds: ${marks.length} marks for ${items.length} items`);
    this.#items = items;
    this.#place = place;
    this.#marks = marks;
    this.size = size;
  }

  has(id: string): boolean {
    const i = this.#place.get(id);
    return i !== undefined && this.#marks[i] === 1;
  }

  *[Symbol.iterator](): SetIterator<string> {
    const items = this.#items;
    const marks = this.#marks;
    for (let i = 0; i < marks.length; i++) if (marks[i] === 1) yield items[i].id;
  }

  values(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  keys(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this) yield [id, id];
  }

  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this) fn.call(thisArg, id, id, this);
  }
}
