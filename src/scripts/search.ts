/**
 * The search dialog. Pagefind (its script, WASM and index) is fetched only
 * when the dialog first opens, so reading a page costs nothing extra.
 */
import { rankSections, type PagefindPageData } from '../domain/playbook/search-ranking';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindPageData> }[] } | null>;
}

const PAGES_TO_READ = 8;
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  // A variable path keeps the bundler from resolving a file that only exists
  // after `pagefind --site dist` has run.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (mod: PagefindApi) => {
    await mod.options({ excerptLength: 40 });
    await mod.init();
    return mod;
  });
  return pagefind;
}

/** Keeps only text and Pagefind's <mark> highlights from an excerpt. */
function renderExcerpt(excerptHtml: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<p>${excerptHtml}</p>`, 'text/html');
  for (const node of parsed.body.firstElementChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function enableSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLUListElement>('#search-results');
  if (!dialog || !input || !status || !list) return;

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.select();
    loadPagefind().catch(() => {
      status.textContent = '搜索暂时不可用：索引没有加载成功，请检查网络后重试。';
    });
  };

  for (const button of document.querySelectorAll('[data-open-search]')) {
    button.addEventListener('click', open);
  }
  dialog.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // click on the backdrop
  });

  document.addEventListener('keydown', (event) => {
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (ctrlK || slash) {
      event.preventDefault();
      open();
    }
  });

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const api = await loadPagefind();
      const search = await api.search(query);
      const pages = await Promise.all((search?.results ?? []).slice(0, PAGES_TO_READ).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query has started
      const sections = rankSections(pages);
      list.replaceChildren(
        ...sections.map((section) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = section.url;
          const title = document.createElement('span');
          title.className = 'result-title';
          title.textContent = section.title;
          const page = document.createElement('span');
          page.className = 'result-page';
          page.textContent = section.pageTitle;
          const excerpt = document.createElement('span');
          excerpt.className = 'result-excerpt';
          excerpt.append(renderExcerpt(section.excerpt));
          link.append(title, page, excerpt);
          link.addEventListener('click', () => dialog.close());
          item.append(link);
          return item;
        }),
      );
      status.textContent = sections.length
        ? `找到 ${sections.length} 条相关条款或段落`
        : `没有找到与“${query}”相关的内容，换个说法试试，例如：回款周期、关键决策人。`;
    } catch {
      if (ticket === latest) status.textContent = '搜索暂时不可用：索引没有加载成功，请检查网络后重试。';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  input.addEventListener('keydown', (event) => {
    // A search field swallows the first Escape to clear itself; readers expect
    // Escape to close the dialog at once.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.querySelector('a')?.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[i + 1] : i === 0 ? input : links[i - 1];
    next?.focus();
  });
}
