/** A typed array of `size` entries (≥ the old length) holding `array`'s values first: growing a column. */
export function resized<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (length: number) => T)(size);
  grown.set(array);
  return grown;
}
