/**
 * Colours of the two themes the app follows (prefers-color-scheme). Both the canvas and the SVG
 * export read them through the scene, so this is the one place where they are chosen.
 */
export type ThemeName = 'light' | 'dark';

export interface Theme {
  name: ThemeName;
  background: string;
  foreground: string;
  /** Secondary text (paper labels, caption). */
  muted: string;
  /** Links that are not highlighted. */
  edge: string;
  /** Outline of keyword nodes and the halo behind labels, so they stand out from what is below. */
  halo: string;
  /** Outline of the selected node. */
  selection: string;
  /** Fill of nodes whose cluster is unknown (negative id). */
  unclustered: string;
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: {
    name: 'light',
    background: '#ffffff',
    foreground: '#1f2328',
    muted: '#57606a',
    edge: '#8c959f',
    halo: '#ffffff',
    selection: '#1f2328',
    unclustered: '#a0a7b0',
  },
  dark: {
    name: 'dark',
    background: '#15181d',
    foreground: '#e6e8eb',
    muted: '#a3abb5',
    edge: '#6e7781',
    halo: '#15181d',
    selection: '#ffffff',
    unclustered: '#6e7781',
  },
};
