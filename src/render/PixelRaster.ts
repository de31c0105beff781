/**
 * An opaque RGBA picture, in device pixels, that thin links and small nodes are blended into by
 * plain JavaScript, then put on a canvas in one `putImageData`. Without a GPU, Chromium's canvas
 * rasterises each anti-aliased line and circle on the CPU at a high fixed cost: 118k faint links
 * took about a second and 20k stroked dots half a second on our machine, while these loops do
 * both in tens of milliseconds. Coverage is analytic (a box filter), so lines and dots are
 * anti-aliased as the canvas draws them.
 *
 * Lines of one colour accumulate optical density (−ln(1 − opacity) per unit of covered area) and
 * are resolved together: n overlapping lines of opacity a give 1 − (1 − a)^n, exactly what
 * drawing them one over another gives, whatever their order.
 */
export class PixelRaster {
  readonly width: number;
  readonly height: number;
  /** RGBA bytes, row by row, always opaque. */
  readonly data: Uint8ClampedArray<ArrayBuffer>;
  private readonly density: Float32Array;
  /** Box of the pixels with density, resolved and cleared by `resolveLines`. */
  private x0 = Infinity;
  private y0 = Infinity;
  private x1 = -Infinity;
  private y1 = -Infinity;

  constructor(width: number, height: number) {
    this.width = Math.max(0, Math.floor(width));
    this.height = Math.max(0, Math.floor(height));
    this.data = new Uint8ClampedArray(this.width * this.height * 4);
    this.density = new Float32Array(this.width * this.height);
  }

  /** Paints every pixel one colour. */
  fill(r: number, g: number, b: number): void {
    const words = new Uint32Array(this.data.buffer);
    // Byte order of the platform: write one pixel through bytes and copy its word.
    this.data[0] = r;
    this.data[1] = g;
    this.data[2] = b;
    this.data[3] = 255;
    words.fill(words[0]);
  }

  /**
   * Adds a straight line of `lineWidth` pixels from (x1, y1) to (x2, y2) at `opacity`. It shows
   * once `resolveLines` paints the lines added since the last call in their colour.
   */
  addLine(x1: number, y1: number, x2: number, y2: number, lineWidth: number, opacity: number): void {
    if (!(opacity > 0) || !(lineWidth > 0)) return;
    const amount = -Math.log(1 - Math.min(opacity, 0.999));
    const dx = x2 - x1;
    const dy = y2 - y1;
    if (Math.abs(dx) >= Math.abs(dy)) {
      if (dx === 0) return;
      if (dx < 0) this.run(x2, y2, x1, y1, lineWidth, amount, false);
      else this.run(x1, y1, x2, y2, lineWidth, amount, false);
    } else if (dy < 0) this.run(y2, x2, y1, x1, lineWidth, amount, true);
    else this.run(y1, x1, y2, x2, lineWidth, amount, true);
  }

  /**
   * One line along its major axis `u` (x, or y when `steep`), u1 < u2; `v` is the minor axis.
   * Each unit column along `u` gets the line's cross-section, spread over the rows it overlaps.
   */
  private run(u1: number, v1: number, u2: number, v2: number, lineWidth: number, amount: number, steep: boolean): void {
    const W = this.width;
    const uMax = steep ? this.height : this.width;
    const vMax = steep ? this.width : this.height;
    const slope = (v2 - v1) / (u2 - u1);
    const half = (lineWidth * Math.sqrt(1 + slope * slope)) / 2;
    // Clip to the picture (with the half width as margin) along both axes.
    let ua = Math.max(u1, 0);
    let ub = Math.min(u2, uMax);
    if (slope !== 0) {
      const ta = (-half - v1) / slope + u1;
      const tb = (vMax + half - v1) / slope + u1;
      ua = Math.max(ua, Math.min(ta, tb));
      ub = Math.min(ub, Math.max(ta, tb));
    } else if (v1 + half < 0 || v1 - half > vMax) {
      return;
    }
    if (!(ua < ub)) return;
    const density = this.density;
    // Offsets in `density` of one step along each axis.
    const uStep = steep ? W : 1;
    const vStep = steep ? 1 : W;
    const vLast = vMax - 1;
    const c0 = Math.floor(ua);
    const c1 = Math.ceil(ub) - 1;
    let vLo = Infinity;
    let vHi = -Infinity;
    for (let c = c0; c <= c1; c++) {
      const from = c > ua ? c : ua;
      const to = c + 1 < ub ? c + 1 : ub;
      const span = to - from;
      if (span <= 0) continue;
      const v = v1 + ((from + to) / 2 - u1) * slope;
      const lo = v - half;
      const hi = v + half;
      const r0 = Math.floor(lo);
      const weight = amount * span;
      const base = c * uStep;
      if (hi <= r0 + 1) {
        // The usual case: a thin line crosses one or two rows of a column.
        if (r0 >= 0 && r0 <= vLast) density[base + r0 * vStep] += weight * (hi - lo);
      } else if (hi <= r0 + 2) {
        if (r0 >= 0 && r0 <= vLast) density[base + r0 * vStep] += weight * (r0 + 1 - lo);
        if (r0 + 1 >= 0 && r0 + 1 <= vLast) density[base + (r0 + 1) * vStep] += weight * (hi - r0 - 1);
      } else {
        const r1 = Math.min(vLast, Math.floor(hi));
        for (let r = Math.max(0, r0); r <= r1; r++) {
          const cover = (r + 1 < hi ? r + 1 : hi) - (r > lo ? r : lo);
          if (cover > 0) density[base + r * vStep] += weight * cover;
        }
      }
      if (r0 < vLo) vLo = r0;
      if (r0 + 2 > vHi) vHi = r0 + 2;
    }
    vLo = Math.max(0, vLo);
    vHi = Math.min(vLast, Math.max(vHi, Math.floor(v2 + half)));
    if (vLo > vHi) return;
    if (steep) this.touch(vLo, c0, vHi, c1);
    else this.touch(c0, vLo, c1, vHi);
  }

  private touch(x0: number, y0: number, x1: number, y1: number): void {
    if (x0 < this.x0) this.x0 = x0;
    if (y0 < this.y0) this.y0 = y0;
    if (x1 > this.x1) this.x1 = x1;
    if (y1 > this.y1) this.y1 = y1;
  }

  /** Paints the lines added since the last call in one colour, and forgets them. */
  resolveLines(r: number, g: number, b: number): void {
    if (this.x0 > this.x1) return;
    const { width: W, density, data } = this;
    const x0 = Math.max(0, this.x0);
    const x1 = Math.min(W - 1, this.x1);
    const y0 = Math.max(0, this.y0);
    const y1 = Math.min(this.height - 1, this.y1);
    for (let y = y0; y <= y1; y++) {
      let i = y * W + x0;
      for (let x = x0; x <= x1; x++, i++) {
        const d = density[i];
        if (d === 0) continue;
        density[i] = 0;
        const a = 1 - Math.exp(-d);
        const p = i * 4;
        data[p] += (r - data[p]) * a;
        data[p + 1] += (g - data[p + 1]) * a;
        data[p + 2] += (b - data[p + 2]) * a;
      }
    }
    this.x0 = this.y0 = Infinity;
    this.x1 = this.y1 = -Infinity;
  }

  /**
   * A disc of radius `r` centred on (cx, cy), filled, then outlined by a ring `strokeWidth` wide
   * centred on its rim (as the canvas strokes a circle), both at `opacity`. Colours are 0xRRGGBB;
   * no outline when `strokeWidth` is 0.
   */
  disc(cx: number, cy: number, r: number, fill: number, stroke: number, strokeWidth: number, opacity: number): void {
    const outlined = strokeWidth > 0;
    const outer = outlined ? r + strokeWidth / 2 : r;
    const inner = outlined ? r - strokeWidth / 2 : r;
    const reach = (outer + 0.5) * (outer + 0.5);
    const W = this.width;
    const data = this.data;
    const xa = Math.max(0, Math.floor(cx - outer - 0.5));
    const xb = Math.min(W - 1, Math.floor(cx + outer + 0.5));
    const ya = Math.max(0, Math.floor(cy - outer - 0.5));
    const yb = Math.min(this.height - 1, Math.floor(cy + outer + 0.5));
    const fr = (fill >> 16) & 255;
    const fg = (fill >> 8) & 255;
    const fb = fill & 255;
    const sr = (stroke >> 16) & 255;
    const sg = (stroke >> 8) & 255;
    const sb = stroke & 255;
    for (let y = ya; y <= yb; y++) {
      const ddy = y + 0.5 - cy;
      let p = (y * W + xa) * 4;
      for (let x = xa; x <= xb; x++, p += 4) {
        const ddx = x + 0.5 - cx;
        const d2 = ddx * ddx + ddy * ddy;
        if (d2 >= reach) continue;
        const d = Math.sqrt(d2);
        let f = r - d + 0.5;
        if (f > 0) {
          if (f > 1) f = 1;
          f *= opacity;
          data[p] += (fr - data[p]) * f;
          data[p + 1] += (fg - data[p + 1]) * f;
          data[p + 2] += (fb - data[p + 2]) * f;
        }
        if (outlined) {
          let s = outer - d + 0.5;
          if (s > 1) s = 1;
          if (inner > 0) {
            const hole = inner - d + 0.5;
            if (hole > 0) s -= hole > 1 ? 1 : hole;
          }
          if (s > 0) {
            s *= opacity;
            data[p] += (sr - data[p]) * s;
            data[p + 1] += (sg - data[p + 1]) * s;
            data[p + 2] += (sb - data[p + 2]) * s;
          }
        }
      }
    }
  }
}
