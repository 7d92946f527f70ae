// Tidtam's service worker: keeps the app shell (index.html and the built files under /assets/) so a follow-up
// form's fill page opens without a network; its drafts live in IndexedDB (web/src/features/follow-ups/drafts).
// API calls go to the network only, with one exception: the last /api/auth/me answer is kept so the signed-in
// layout opens offline; it is dropped on login, logout and any 401.
const SHELL = 'tidtam-shell-v1';
const SESSION = 'tidtam-session-v1';
const SESSION_URL = '/api/auth/me';

// Installing never fails on a network hiccup: a worker whose install failed would not control the page until the
// next page load, and the form opened meanwhile would have no offline shell. What could not be kept now is kept by
// the fetch handlers as the page loads it, and by the page's list of loaded files (keepAssets).
async function keepShell() {
  try {
    const cache = await caches.open(SHELL);
    const response = await fetch('/', { cache: 'no-store' });
    if (!response.ok) return;
    const html = await response.clone().text();
    await cache.put('/index.html', response);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    await keepAssets(assets);
  } catch {
    // kept later, as above
  }
}

async function keepAssets(paths) {
  const cache = await caches.open(SHELL);
  const built = paths.filter((path) => typeof path === 'string' && path.startsWith('/assets/'));
  await Promise.all(
    built.map(async (path) => {
      if (!(await cache.match(path))) await cache.add(path).catch(() => undefined);
    }),
  );
}

async function page(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html'))
      await cache.put('/index.html', response.clone());
    return response;
  } catch (error) {
    const shell = await cache.match('/index.html');
    if (shell) return shell;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function session(request) {
  const cache = await caches.open(SESSION);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SESSION_URL, response.clone());
    else if (response.status === 401) await cache.delete(SESSION_URL);
    return response;
  } catch (error) {
    const kept = await cache.match(SESSION_URL);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n !== SHELL && n !== SESSION).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (Array.isArray(event.data?.cache)) event.waitUntil(keepAssets(event.data.cache));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === SESSION_URL && request.method === 'GET') {
    event.respondWith(session(request));
    return;
  }
  if (url.pathname.startsWith('/api/auth/')) {
    event.waitUntil(caches.delete(SESSION));
    return;
  }
  if (url.pathname.startsWith('/api/') || request.method !== 'GET') return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});
