/**
 * @module core/util
 * Small pure helpers the stages share: engine-independent math (so the browser and Node give the
 * same bytes), a seeded random generator, 64-bit FNV-1a hashing, the check for control characters
 * in ids, CRC-32, http(s) links only (safeUrl), the one string comparator, the one text shortener, growing a typed column and the extent of points.
 */
export { TextHash } from './TextHash';
export { compareKeys } from './compareKeys';
export { crc32 } from './crc32';
export { findControlCharacter, showControlCharacters } from './findControlCharacter';
export { hashText } from './hashText';
export { isAscii } from './isAscii';
export { portableLog, portablePow } from './portableMath';
export { pointExtent, type Extent } from './pointExtent';
export { resized } from './resized';
export { seededRandom } from './seededRandom';
export { countNoun } from './countNoun';
export { shorten } from './shorten';
export { safeUrl } from './safeUrl';
