/**
 * The reader's colour theme. "system" follows prefers-color-scheme; an
 * explicit choice is remembered in this browser and applied before first paint
 * by src/scripts/theme-init.js, which reads the same key (it has to run inline,
 * before any module loads, so it cannot import this file).
 */
import { persistentAtom } from '@nanostores/persistent';

export const THEME_STORAGE_KEY = 'playbook:theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

function decodeTheme(raw: string): Theme {
  try {
    const value: unknown = JSON.parse(raw);
    return THEMES.includes(value as Theme) ? (value as Theme) : 'system';
  } catch {
    return 'system';
  }
}

export const $theme = persistentAtom<Theme>(THEME_STORAGE_KEY, 'system', {
  encode: JSON.stringify,
  decode: decodeTheme,
  listen: true,
});

export function setTheme(theme: Theme): void {
  try {
    $theme.set(theme);
  } catch {
    // Storage full or blocked: the choice still applies to this page.
  }
  applyTheme(theme);
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}
