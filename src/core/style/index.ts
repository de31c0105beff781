/**
 * @module core/style
 * Colours and themes: the light and dark themes, cluster colours, colour parsing and mixing.
 * Takes names and numbers; gives colours.
 */
export { clusterColor } from './clusterColor';
export { mixColor } from './mixColor';
export { parseColor, type Rgba } from './parseColor';
export { THEMES, type Theme, type ThemeName } from './theme';
export { yearColor } from './yearColor';
