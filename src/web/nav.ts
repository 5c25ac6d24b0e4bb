/** Navigation inside the page without a reload; main.ts draws the view on this event. */
export const NAVIGATE_EVENT = 'avcodes:navigate';

export function navigate(pathAndQuery: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', pathAndQuery);
  else history.pushState(null, '', pathAndQuery);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Link to a code's page: `/code/<sdk>/<NAME>`, each part escaped. */
export function codeHref(id: string): string {
  return `/code/${id.split('/').map(encodeURIComponent).join('/')}`;
}
