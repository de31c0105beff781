import { describe, expect, it } from 'vitest';
import { formatScore } from '../../src/components/formatScore';

describe('formatScore', () => {
  it('shows two decimals', () => {
    expect(formatScore(1)).toBe('1.00');
    expect(formatScore(0.456)).toBe('0.46');
    expect(formatScore(0.005)).toBe('0.01');
  });

  it('shows a small weight above zero as "<0.01", not "0.00"', () => {
    expect(formatScore(0.0001)).toBe('<0.01');
    expect(formatScore(0.0049)).toBe('<0.01');
    expect(formatScore(0)).toBe('0.00');
  });
});
