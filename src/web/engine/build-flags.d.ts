// Constants the Vite build replaces (vite.config.ts, `define`): one source tree, two builds.

/** True in the static site (dist/site): hash routes, assets relative to the page. False in the page `avcodes serve` serves. */
declare const __AVCODES_STATIC_SITE__: boolean;

// Vite turns `import x from './file?url'` into the URL of the file, copied into the build with a content hash.
declare module '*?url' {
  const url: string;
  export default url;
}

// Vite bundles `import url from './worker.ts?worker&url'` as a module worker file and gives its URL.
declare module '*?worker&url' {
  const url: string;
  export default url;
}
