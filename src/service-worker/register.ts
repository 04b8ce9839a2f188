/**
 * Registers the service worker (production builds only, a few seconds after
 * the page has loaded) and tells the user what it changes: once, that the
 * site now opens offline; and whenever a new
 * deployment has been downloaded, that reloading switches to it. Switching is
 * the user's choice, so nobody loses a page mid-task; files are saved on
 * `pagehide` (src/stores/page-lifecycle.ts), so the reload loses no input.
 */
const WORKER_URL = '/sw.js';

export function startServiceWorker(region: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  if (!import.meta.env.PROD) {
    // `astro dev` and `astro preview` share a port: a worker left by a preview
    // would answer the dev server's requests with old pages.
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
    return;
  }
  const hadController = navigator.serviceWorker.controller !== null;
  let switching = false;

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (switching) {
      location.reload();
    } else if (!hadController) {
      showNotice(region, '本站已保存到本机：没有网络时也能打开页面、搜索、做测验和填写开发档案。', []);
    } else {
      // Another tab chose to update: this page is of the old version, and the
      // files it may still load are gone with the old cache.
      showNotice(region, '网站已在其他标签页中更新。请重新载入本页，已填写的内容都会保留。', [
        { label: '重新载入', primary: true, run: () => location.reload() },
      ]);
    }
  });

  // The first visit's page comes first: the precache (over a megabyte) starts
  // once the page has loaded and stayed quiet for a moment, so it never
  // competes with the page's own start-up on a slow phone.
  whenSettled(() => {
    navigator.serviceWorker
      .register(WORKER_URL, { scope: '/' })
      .then((registration) => {
        const offerUpdate = (worker: ServiceWorker) => {
          showNotice(region, '网站有新版本，已下载完毕。更新后页面会重新载入，已填写的内容都会保留。', [
            {
              label: '立即更新',
              primary: true,
              run: () => {
                switching = true;
                worker.postMessage({ type: 'SKIP_WAITING' });
              },
            },
          ]);
        };
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            // With no controller this is the first install, not an update.
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
          });
        });
      })
      .catch(() => {
        // Without a worker the site still works online; there is nothing the
        // user could do about it, so it is not reported.
      });
  });
}

const SETTLE_MS = 3000;

function whenSettled(run: () => void): void {
  const afterLoad = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: SETTLE_MS });
      else run();
    }, SETTLE_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

interface NoticeAction {
  label: string;
  primary?: boolean;
  run: () => void;
}

function showNotice(region: HTMLElement, message: string, actions: NoticeAction[]): void {
  const text = document.createElement('p');
  text.textContent = message;
  const buttons = document.createElement('div');
  buttons.className = 'button-row';
  for (const action of actions) buttons.append(button(action.label, action.primary === true, action.run));
  buttons.append(button('关闭', false, () => region.replaceChildren()));
  region.replaceChildren(text, buttons);
}

function button(label: string, primary: boolean, run: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (primary) element.className = 'button-primary';
  element.addEventListener('click', run);
  return element;
}
