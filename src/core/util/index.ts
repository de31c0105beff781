/**
 * @module core/util
 * Small pure helpers the stages share: engine-independent math (so the browser and Node give the
 * same bytes), a seeded random generator, 64-bit FNV-1a hashing and the one string comparator.
 */
export { TextHash } from './TextHash';
export { compareKeys } from './compareKeys';
export { hashText } from './hashText';
export { portableLog, portablePow } from './portableMath';
export { seededRandom } from './seededRandom';
