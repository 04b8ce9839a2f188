/**
 * Phone layout: the sidebar opens as a full-screen menu from the header's
 * 目录 button; Escape or following a link closes it and returns focus.
 */
export function enableMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const sidebar = document.getElementById('sidebar');
  if (!button || !sidebar) return;

  const setOpen = (open: boolean, restoreFocus = false) => {
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '关闭目录' : '目录';
    sidebar.toggleAttribute('data-open', open);
    document.body.classList.toggle('menu-open', open);
    if (open) sidebar.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
    else if (restoreFocus) button.focus();
  };

  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  sidebar.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) setOpen(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && sidebar.hasAttribute('data-open')) setOpen(false, true);
  });
  matchMedia('(min-width: 48.01rem)').addEventListener('change', (e) => {
    if (e.matches) setOpen(false);
  });
}
