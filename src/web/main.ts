import { navigate, NAVIGATE_EVENT } from './nav.js';
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

function render(focus: boolean): void {
  stop();
  const url = new URL(location.href);
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
  if (url.origin !== location.origin || !isAppPath(url.pathname)) return;
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
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

window.addEventListener('popstate', () => render(false));
window.addEventListener(NAVIGATE_EVENT, () => render(true));
render(false);
