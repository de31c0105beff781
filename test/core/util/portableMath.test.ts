import { describe, expect, it } from 'vitest';
import { portableExp, portableLog, portablePow } from '../../../src/core/util/portableMath';
import { seededRandom } from '../../../src/core/util/seededRandom';

function ulpDistance(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Number(view.getBigInt64(0) - view.getBigInt64(8));
}

describe('portableMath', () => {
  it('log is within one ulp of Math.log over many magnitudes', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 20_000; i++) {
      const x = Math.pow(10, random() * 40 - 20) * (1 + random());
      expect(Math.abs(ulpDistance(portableLog(x), Math.log(x))), String(x)).toBeLessThanOrEqual(1);
    }
  });

  it('log handles the special values', () => {
    expect(portableLog(1)).toBe(0);
    expect(portableLog(0)).toBe(-Infinity);
    expect(portableLog(-1)).toBeNaN();
    expect(portableLog(Infinity)).toBe(Infinity);
    expect(portableLog(Math.E)).toBeCloseTo(1, 15);
    expect(portableLog(5e-324)).toBeCloseTo(Math.log(5e-324), 10);
  });

  it('exp is within one ulp of Math.exp', () => {
    const random = seededRandom(2);
    for (let i = 0; i < 20_000; i++) {
      const x = (random() - 0.5) * 200;
      expect(Math.abs(ulpDistance(portableExp(x), Math.exp(x))), String(x)).toBeLessThanOrEqual(1);
    }
    expect(portableExp(0)).toBe(1);
    expect(portableExp(1000)).toBe(Infinity);
    expect(portableExp(-1000)).toBe(0);
    expect(portableExp(-745)).toBeGreaterThan(0);
  });

  it('pow agrees with Math.pow to 1e-14 relative', () => {
    expect(portablePow(0.001, 1 / 300)).toBeCloseTo(Math.pow(0.001, 1 / 300), 14);
    expect(portablePow(7, 0.5)).toBe(Math.sqrt(7));
    expect(portablePow(3, 2.5) / Math.pow(3, 2.5)).toBeCloseTo(1, 14);
  });
});
