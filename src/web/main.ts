import { appHref, currentRoute, navigate, NAVIGATE_EVENT, routeOfLink } from './nav.js';
import { startOffline } from './engine/offline.js';
import { codeView } from './views/code.js';
import { logView } from './views/log.js';
import { searchView } from './views/search.js';

/** A view draws itself into the main element and returns how to stop (abort fetches, drop listeners). */
export type View = (root: HTMLElement, url: URL) => () => void;

const root = document.getElementById('view') as HTMLElement;
let stop: () => void = () => undefined;

function viewFor(path: string): View {
  if (path === '/log') return logView;
  if (path.startsWith('/code/')) return codeView;
  return searchView;
}

/** Paths the app draws itself; every other link (the API, the catalog downloads) is a real navigation. */
function isAppPath(path: string): boolean {
  return path === '/' || path === '/log' || path.startsWith('/code/');
}

/** The route drawn last: a hash that is no route (the skip link's #view) leaves the view as it is. */
let drawn = '';

function render(focus: boolean): void {
  stop();
  const url = currentRoute();
  drawn = url.pathname + url.search;
  root.replaceChildren();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-nav]')) {
    const current = (a.dataset.nav === 'log') === (url.pathname === '/log') && !url.pathname.startsWith('/code/');
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  stop = viewFor(url.pathname)(root, url);
  if (focus) {
    // Move focus to the new view's first heading or field, as a page load would, for keyboard and screen-reader users.
    const target = root.querySelector<HTMLElement>('[autofocus]') ?? root.querySelector<HTMLElement>('h1') ?? root;
    if (target) {
      if (!target.hasAttribute('tabindex') && target.tagName === 'H1') target.setAttribute('tabindex', '-1');
      target.focus();
    }
    window.scrollTo(0, 0);
  }
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const a = (event.target as Element | null)?.closest('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  // An anchor inside the page (the skip link's #view) is not a navigation.
  if (url.hash && !url.hash.startsWith('#/') && url.pathname === location.pathname && url.search === location.search) return;
  const route = routeOfLink(url.href);
  if (route === null || !isAppPath(new URL(route, location.origin).pathname)) return;
  event.preventDefault();
  navigate(route);
});

// `/` focuses the search box from anywhere, as on many sites; not while typing in a field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const t = event.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  event.preventDefault();
  const q = document.getElementById('q') as HTMLInputElement | null;
  if (q) q.focus();
  else navigate('/');
});

window.addEventListener('popstate', () => {
  const url = currentRoute();
  if (url.pathname + url.search !== drawn || !__AVCODES_STATIC_SITE__) render(false);
});
if (__AVCODES_STATIC_SITE__) {
  // index.html is written for the server: its links to the views become hash routes, and the
  // links to the API, which a static host does not have, go.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header a[href^="/"]')) a.href = appHref(a.getAttribute('href')!);
  for (const el of document.querySelectorAll('[data-server-only]')) el.remove();
}
startOffline();
window.addEventListener(NAVIGATE_EVENT, () => render(true));
render(false);
