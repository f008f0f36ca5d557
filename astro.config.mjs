// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import offlineBuild from './src/integrations/offline-build.ts';

// SITE_URL gives QR codes and printed links their full address; BASE_PATH serves the site under a sub-path (e.g. /anquan/).
const site = process.env.SITE_URL ?? 'https://gongmao-anquan.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // offlineBuild last: it reads the finished out dir (build id, modulepreload, service-worker manifest).
  integrations: [mdx(), preact(), offlineBuild()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
