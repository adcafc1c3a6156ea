import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // The client calls Polar's paths as Polar spells them (`/v1/checkout-links/`, with the slash), and
  // by default Next answers every path with a trailing slash with a 308 to the path without it: one
  // extra round trip per call. The library's README tells Next hosts to set this.
  skipTrailingSlashRedirect: true,
  // The app's dependencies are installed one folder up (test/consumers), not in the repository's root.
  turbopack: { root: fileURLToPath(new URL('..', import.meta.url)) },
  outputFileTracingRoot: fileURLToPath(new URL('..', import.meta.url)),
};
