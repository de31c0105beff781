import { describe, expect, it } from 'vitest';
import { clusterColor, mixColor, parseColor } from '../../../src/core/style';
import { labDistance } from '../../../src/core/style/clusterColor';

describe('mixColor', () => {
  it('mixes hex colours channel by channel', () => {
    expect(mixColor('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColor('#102030', '#ffffff', 0)).toBe('#102030');
    expect(mixColor('#102030', '#ffffff', 1)).toBe('#ffffff');
  });

  it('reads hsl() through parseColor, the one colour decoder', () => {
    for (let id = 40; id < 70; id++) {
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

  it('keeps the first 30 clusters apart (CIELAB ΔE), past Tableau 10 too', () => {
    const closest = (n: number, theme: 'light' | 'dark'): number => {
      let min = Infinity;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) min = Math.min(min, labDistance(clusterColor(i, theme), clusterColor(j, theme)));
      return min;
    };
    // Tableau 10's own closest pair is 25.8 apart. Hues by the golden angle from the eleventh
    // cluster on brought 16 clusters to 11.6 (cluster 14 was cluster 0's blue) and 30 to 5.3;
    // on the dark theme 16 to 11.6, 30 to 5.5.
    expect(closest(20, 'light')).toBeGreaterThan(25);
    expect(closest(30, 'light')).toBeGreaterThan(20);
    expect(closest(20, 'dark')).toBeGreaterThan(20);
    expect(closest(30, 'dark')).toBeGreaterThan(15);
  });

  it('names a colour it cannot read', () => {
    expect(() => mixColor('chartreuse-ish', '#ffffff', 0.5)).toThrow('mixColor: unsupported colour "chartreuse-ish"');
  });
});
