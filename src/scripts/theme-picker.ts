import { $theme, applyTheme, setTheme, THEMES, type Theme } from '../stores/theme';

/** Wires the header's theme <select> to the remembered theme, in every tab. */
export function enableThemePicker(): void {
  const select = document.querySelector<HTMLSelectElement>('#theme-select');
  if (!select) return;
  $theme.subscribe((theme) => {
    select.value = theme;
    applyTheme(theme);
  });
  select.addEventListener('change', () => {
    const value = select.value as Theme;
    if (THEMES.includes(value)) setTheme(value);
  });
}
