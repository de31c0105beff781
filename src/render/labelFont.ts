const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif';

/** The CSS font of map text: drawing and measuring must use the same one. */
export function labelFont(fontSize: number, bold: boolean): string {
  return `${bold ? 600 : 400} ${fontSize}px ${FAMILY}`;
}
