#!/usr/bin/env node
/**
 * `npm start`: build the site for this machine and serve it on http://localhost:4321 (PORT changes the port).
 * Without SITE_URL the build is a local one: printed QR codes and "本页网址" lines point to the local address, and it
 * says so. With SITE_URL set, it previews the production build for that address instead.
 */
import { spawnSync } from 'node:child_process';

const port = Number(process.env.PORT) || 4321;
const local = `http://localhost:${port}/`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (!env.SITE_URL) env.PREVIEW_SITE_URL = local;

const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(
  env.SITE_URL
    ? `按 SITE_URL=${env.SITE_URL} 构建；本机预览：${local}`
    : `本机预览：${local}（这次构建打印的二维码和网址都指向本机，只在这台电脑上有效；部署请用 SITE_URL=… npm run build）`,
);
const preview = spawnSync('npx', ['astro', 'preview', '--port', String(port)], { stdio: 'inherit', env });
process.exit(preview.status ?? 1);
