/**
 * Writes pending edits when the page may be about to go away, so a reload or
 * a closed tab right after typing loses nothing. `pagehide` covers reloads and
 * navigation; `visibilitychange` to hidden is the last event mobile browsers
 * reliably fire before killing a background tab.
 */
import type { DevelopmentFileStore } from './development-file-store';

export interface PageTargets {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { visibilityState: string };
}

export function flushOnPageHide(store: DevelopmentFileStore, targets: PageTargets): () => void {
  const flush = () => store.flushPendingWrites();
  const onVisibilityChange = () => {
    if (targets.document.visibilityState === 'hidden') flush();
  };
  // Only while a save is failing: a beforeunload listener costs the
  // back/forward cache in some browsers, and otherwise pagehide suffices.
  const onBeforeUnload = (event: Event) => {
    flush();
    if (store.hasUnsavedChanges()) event.preventDefault();
  };
  let warning = false;
  const stopWatching = store.$saveStatus.subscribe((status) => {
    const wanted = status.state === 'error';
    if (wanted === warning) return;
    warning = wanted;
    if (wanted) targets.window.addEventListener('beforeunload', onBeforeUnload);
    else targets.window.removeEventListener('beforeunload', onBeforeUnload);
  });

  targets.window.addEventListener('pagehide', flush);
  targets.document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    stopWatching();
    targets.window.removeEventListener('pagehide', flush);
    targets.window.removeEventListener('beforeunload', onBeforeUnload);
    targets.document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
