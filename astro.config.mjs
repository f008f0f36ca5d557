// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { resolveSite, siteUrlGuard } from './scripts/astro/site-url.mjs';
import { precompressIntegration } from './scripts/astro/precompress.mjs';
import offlineBuild from './src/integrations/offline-build.ts';

// SITE_URL gives QR codes and printed links their full address (a production build without it fails, see
// scripts/astro/site-url.mjs); BASE_PATH serves the site under a sub-path (e.g. /anquan/).
const site = resolveSite();
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // offlineBuild reads the finished out dir (build id, modulepreload, service-worker manifest); precompress runs last,
  // on the final files.
  integrations: [siteUrlGuard(), mdx(), preact(), offlineBuild(), precompressIntegration()],
  // Inline styles stay (one request less on a weak signal): the CSP below lists a hash for each of them.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Every island page needs all of Preact (core, hooks, JSX runtime, Astro's renderer): one file instead of five,
          // because on a weak signal each extra request waits a round trip for a free connection (HTTP/1.1 opens six).
          // Vite's small preload helper keeps its own file: script-only pages (the header search) need it without Preact.
          codeSplitting: {
            groups: [
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 2 },
              // Tiny helpers most islands use ride along with Preact (each alone was a ~0.3 kB file costing a round trip
              // when the six connections are busy): link(), useLatest(), the routes and the bundler's own runtime helpers
              // (all loaded only by islands, never by a reading page's header script).
              {
                name: 'preact',
                test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]lib[\\/](paths|routes)\.ts$|src[\\/]islands[\\/]shared[\\/]useLatest\.ts$|rolldown[\\/:]runtime/,
                priority: 1,
              },
              // What every app page needs before its island can read saved data (the vault, idb, nanostores
              // and the small libs they and the practice store share): one file instead of six on the practice page.
              // Only modules the search page does not load, so it keeps its own small files. Not the export code or the
              // notices list: a tap on the practice start screen needs neither.
              {
                name: 'vault',
                test: /node_modules[\\/](nanostores|@nanostores|idb)[\\/]|src[\\/]stores[\\/](vault|db|site|notices|legacy-keys)\.ts|src[\\/]lib[\\/](storage[\\/]|dates|must|one-of|taxonomy|applicability)|src[\\/]islands[\\/]shared[\\/](useSaved|useMounted|lazy-view|useJson)\./,
              },
              // What a tap on the practice start screen waits for besides the vault: the practice store, the bank loader, the
              // pool and drill logic and the question card every practice view shows, one file instead of eight (each small
              // file cost a round trip on the six connections).
              {
                name: 'practice-core',
                test: /src[\\/]lib[\\/](practice-link|practice[\\/](bank|cards|drill-list|early-tap|exam-count|pick|random|score|select|wrong-book))\.ts|src[\\/]islands[\\/]practice[\\/](bank-ready|topic-labels|useBank\.ts|(AnswerSheet|QuestionCard|QuestionBasis|ReadAloud|useBringIntoView)\.tsx?$)|src[\\/]stores[\\/](practice|practice-profile|practice-versions)\.ts/,
              },
              // Export/import code (no imports of its own), shared by the self-check store and the practice home: its own file,
              // ahead of the self-check-store group, which would otherwise take it in (a group takes its modules' imports).
              { name: 'transfer', test: /src[\\/]lib[\\/]transfer\.ts/, priority: 1 },
              // zod/mini and the stored profile's schema: decoders of saved records, which practice loads only when the device
              // holds records to decode (a first visit's tap does not wait for them); one file for the pages that need it.
              { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]stores[\\/]profile-schema\.ts/ },
              // The self-check store and its schema: loaded by the self-check, report and ledger pages, and by practice
              // only when the device holds an assessment (stores/practice-profile.ts), never mixed into the vault file.
              { name: 'self-check-store', test: /src[\\/](stores[\\/]self-check(-schema)?|lib[\\/](self-check|hazards))\.ts/ },
            ],
          },
        },
      },
    },
  },
  // No code blocks in the content; Shiki would colour them with style attributes the CSP refuses.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every inline script and style it emits and writes the policy as <meta http-equiv> on each page,
    // so it holds on any static host. script-src and style-src come from Astro ('self' + hashes, no 'unsafe-inline').
    // frame-ancestors cannot be set from a <meta>; the README lists it among the headers a host should send.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        // blob: for photos kept on the device (stores/photos.ts), shown through object URLs.
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
