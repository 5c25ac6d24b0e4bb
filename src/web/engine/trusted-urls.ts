/**
 * The page's only Trusted Types policy. The Content-Security-Policy requires Trusted Types for
 * scripts, so starting a worker needs a TrustedScriptURL; this policy makes one only for a script
 * of the page's own origin, and has no createHTML: `innerHTML = string` still throws everywhere.
 * The policy name is the one the CSP's `trusted-types` directive allows.
 */
export const TRUSTED_TYPES_POLICY = 'avcodes-worker';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

let policy: ScriptUrlPolicy | null | undefined;

function samePageScript(url: string): string {
  const u = new URL(url, location.href);
  if (u.origin !== location.origin) throw new TypeError(`refusing to run a script from another origin: ${u.origin}`);
  return u.href;
}

/** The URL of one of the page's own scripts, as a worker constructor (or a service worker registration) accepts it under Trusted Types. */
export function workerUrl(url: URL | string): string {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(u: string): string }): ScriptUrlPolicy } }).trustedTypes;
  if (policy === undefined) policy = tt ? tt.createPolicy(TRUSTED_TYPES_POLICY, { createScriptURL: samePageScript }) : null;
  return (policy ? policy.createScriptURL(String(url)) : samePageScript(String(url))) as string;
}
