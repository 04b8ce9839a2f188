/**
 * Clause and step anchors: a click still moves to the anchor (so the link
 * works without JavaScript), and also copies the full URL so a new hire can
 * paste the exact clause into a chat. The result is announced politely.
 */
let enabled = false;

function announce(text: string): void {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'copy-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = '';
  // A fresh text node after clearing makes screen readers repeat the message.
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}

export function enableCopyLinks(): void {
  if (enabled) return;
  enabled = true;
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link) return;
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      link.dataset['copied'] = '';
      announce('已复制链接：' + url);
      setTimeout(() => delete link.dataset['copied'], 2000);
    } catch {
      // Clipboard refused (no permission or insecure context): the address bar
      // now holds the anchor URL, which is the fallback.
      announce('无法自动复制，请从地址栏复制链接');
    }
  });
}
