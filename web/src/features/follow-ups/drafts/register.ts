/**
 * Offline follow-up forms, started once by main.tsx importing this module: the service worker (web/public/sw.js)
 * keeps the app shell so the fill page opens without a network. Drafts are sent by the pages that show them
 * (useFollowUpDraft, PendingDraftsNotice), which know whose session it is.
 */
function registerOfflineDrafts(): void {
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    window.addEventListener('load', () => {
      navigator.serviceWorker
        .register('/sw.js')
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => registration.active?.postMessage({ cache: loadedAssets() }))
        .catch(() => undefined);
    });
  }
}

/** The built files this page already loaded before the worker took over, for it to keep. */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
}

registerOfflineDrafts();
