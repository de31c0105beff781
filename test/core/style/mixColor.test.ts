import { describe, expect, it } from 'vitest';
import { clusterColor, mixColor, parseColor } from '../../../src/core/style';

describe('mixColor', () => {
  it('mixes hex colours channel by channel', () => {
    expect(mixColor('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColor('#102030', '#ffffff', 0)).toBe('#102030');
    expect(mixColor('#102030', '#ffffff', 1)).toBe('#ffffff');
  });

  it('reads hsl() through parseColor, the one colour decoder', () => {
    for (let id = 10; id < 40; id++) {
      for (const theme of ['light', 'dark'] as const) {
        const color = clusterColor(id, theme);
        const rgb = parseColor(color)!;
        const hex = `#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
        expect(mixColor(color, '#000000', 0)).toBe(hex);
      }
    }
  });

  it('lifts the dark theme colours of the first ten clusters towards white', () => {
    expect(clusterColor(0, 'light')).toBe('#4e79a7');
    // 0x4e + (0xff - 0x4e) * 0.18 = 109.9 -> 0x6e, and so on.
    expect(clusterColor(0, 'dark')).toBe('#6e91b7');
  });

  it('names a colour it cannot read', () => {
    expect(() => mixColor('chartreuse-ish', '#ffffff', 0.5)).toThrow('mixColor: unsupported colour "chartreuse-ish"');
  });
});
