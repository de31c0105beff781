import { escapeXml } from './escapeXml';

/** An element of the SVG: a tag, a class, fixed attributes (geometry) and values for its class's style properties. */
export interface SvgElement {
  tag: string;
  cls: string;
  attrs: string;
  /** One value per property of the class; undefined when it does not matter for this element. */
  values: Array<string | undefined>;
  text?: string;
  /** Markup written after `text` inside the element (a legend name's further lines). */
  more?: string[];
  /** More classes that name a state (selected, highlighted) for people editing the file. */
  flags?: string;
}

interface ClassStyle {
  props: readonly string[];
  /** Per property: the shared value, or null when elements carry it as an attribute. */
  shared: Array<string | null>;
}

/**
 * The SVG export's style sheet. For each class and property: when one value is held by at least
 * half of the elements, it becomes the class rule and the other elements state theirs in an
 * inline style (which outranks a class rule in every SVG reader; a presentation attribute would
 * not). When no value is that common (node fills, one colour per cluster), there is no rule and
 * every element carries its value as a presentation attribute. Register each class with its
 * elements, then write the rules (css) and the elements (render).
 */
export class SvgStyleSheet {
  private readonly rules: Array<{ cls: string; decls: Array<[string, string]> }> = [];
  private readonly styles = new Map<string, ClassStyle>();

  register(cls: string, props: readonly string[], elements: readonly SvgElement[], fixed: ReadonlyArray<[string, string]>): void {
    const decls: Array<[string, string]> = [...fixed];
    const shared: Array<string | null> = [];
    props.forEach((prop, i) => {
      const counts = new Map<string, number>();
      let defined = 0;
      for (const element of elements) {
        const value = element.values[i];
        if (value === undefined) continue;
        defined++;
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      let best = '';
      let bestCount = 0;
      for (const [value, count] of counts) {
        // Ties go to the smaller string, so the output does not depend on element order.
        if (count > bestCount || (count === bestCount && value < best)) {
          best = value;
          bestCount = count;
        }
      }
      if (defined === 0 || bestCount * 2 < defined) {
        shared.push(null);
        return;
      }
      shared.push(best);
      if (INITIAL[prop] !== best) decls.push([prop, best]);
    });
    this.styles.set(cls, { props, shared });
    this.rules.push({ cls, decls });
  }

  /** The rules; with `outline` (a colour), labels get a halo of it, drawn under the letters. */
  css(outline: string | null): string[] {
    const lines = this.rules
      .filter((rule) => rule.decls.length > 0)
      .map((rule) => `.${rule.cls}{${rule.decls.map(([p, v]) => `${p}:${v}`).join(';')}}`);
    if (outline !== null) {
      for (const cls of ['label', 'cluster-label']) {
        lines.push(`.${cls}{paint-order:stroke;stroke:${outline};stroke-width:3px;stroke-linejoin:round}`);
      }
    }
    return lines;
  }

  render(elements: readonly SvgElement[]): string[] {
    const lines: string[] = new Array(elements.length);
    for (let e = 0; e < elements.length; e++) {
      const element = elements[e];
      const style = this.styles.get(element.cls);
      let attrs = '';
      let inline = '';
      if (style) {
        for (let i = 0; i < style.props.length; i++) {
          const value = element.values[i];
          if (value === undefined) continue;
          const prop = style.props[i];
          const common = style.shared[i];
          if (common === null) {
            if (INITIAL[prop] !== value) attrs += ` ${prop}="${value.endsWith('px') ? value.slice(0, -2) : value}"`;
          } else if (value !== common) {
            inline += inline === '' ? `${prop}:${value}` : `;${prop}:${value}`;
          }
        }
      }
      const cls = element.flags === undefined ? element.cls : `${element.cls} ${element.flags}`;
      const open = `<${element.tag} class="${cls}" ${element.attrs}${attrs}${inline === '' ? '' : ` style="${inline}"`}`;
      lines[e] =
        element.text === undefined
          ? `${open}/>`
          : `${open}>${escapeXml(element.text)}${element.more?.join('') ?? ''}</${element.tag}>`;
    }
    return lines;
  }
}

const INITIAL: Readonly<Record<string, string>> = {
  opacity: '1',
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'font-weight': 'normal',
};
