/** Navigation inside the page without a reload; main.ts draws the view on this event. */
export const NAVIGATE_EVENT = 'avcodes:navigate';

/*
 * Routes are paths: `/`, `/?q=…`, `/log`, `/code/<sdk>/<NAME>`. The page `avcodes serve` serves
 * keeps them in the URL's path (the server answers each with the page). The static site keeps them
 * in the hash (`index.html#/code/…`), because a static host has nothing to answer `/code/…` with.
 */

/** An href for a route: the path itself, or `#` + the path on the static site. */
export function appHref(route: string): string {
  return __AVCODES_STATIC_SITE__ ? `#${route}` : route;
}

/** The route the address bar shows, as a URL whose pathname and searchParams the views read. */
export function currentRoute(): URL {
  if (!__AVCODES_STATIC_SITE__) return new URL(location.href);
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  return new URL(hash, location.origin);
}

/** The route a link leads to, or null when it leaves the page (the API, a download, another site). */
export function routeOfLink(href: string): string | null {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) return null;
  if (__AVCODES_STATIC_SITE__) {
    const here = new URL(location.href);
    if (url.pathname !== here.pathname || url.search !== here.search || !url.hash.startsWith('#/')) return null;
    return url.hash.slice(1);
  }
  return url.pathname + url.search;
}

/** Shows a route in the address bar without drawing it (the search box keeps its query there). */
export function replaceRoute(route: string): void {
  history.replaceState(null, '', __AVCODES_STATIC_SITE__ ? `${location.pathname}${location.search}#${route}` : route);
}

export function navigate(pathAndQuery: string, options: { replace?: boolean } = {}): void {
  const url = __AVCODES_STATIC_SITE__ ? `${location.pathname}${location.search}#${pathAndQuery}` : pathAndQuery;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Link to a code's page: `/code/<sdk>/<NAME>`, each part escaped. */
export function codeHref(id: string): string {
  return appHref(`/code/${id.split('/').map(encodeURIComponent).join('/')}`);
}
