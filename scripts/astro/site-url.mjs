/**
 * Decides the address printed in QR codes and "本页网址" lines, and refuses a production build without one.
 *
 * - SITE_URL: the public address of a deployment (required by `astro build`).
 * - PREVIEW_SITE_URL: set only by this project's own local builds (`npm start`, `npm test`, CI, benchmarks); the build
 *   then says that printed codes point to that local address.
 * Dev and preview servers need neither; they fall back to http://localhost:4321/.
 */

/** Hosts that only ever stand for "an example" (RFC 2606); a QR code must never point there. */
const PLACEHOLDER = /(^|\.)(example\.(org|com|net)|example|invalid|test)$/i;

const HOW =
  '请设置部署后的网址 / set the public address, e.g.:\n  SITE_URL=https://anquan.example.gov.cn npm run build\n' +
  '（子路径部署再加 BASE_PATH=/anquan/；只在本机查看请用 npm start / for a local preview use npm start）';

/** Returns a problem with `value` as a SITE_URL, in Chinese and English, or undefined when it is usable. */
export function siteUrlProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL=${value} 不是完整网址（应以 https:// 开头）。/ SITE_URL is not a full URL.`;
  }
  if (!/^https?:$/.test(url.protocol)) return `SITE_URL=${value} 应以 https:// 或 http:// 开头。/ SITE_URL must be http(s).`;
  if (PLACEHOLDER.test(url.hostname))
    return `SITE_URL=${value} 是示例域名，打印的二维码会指向不存在的网站。/ SITE_URL is a placeholder domain.`;
  if (url.pathname !== '/' || url.search || url.hash)
    return `SITE_URL=${value} 只写域名（子路径用 BASE_PATH）。/ SITE_URL takes the origin only; put a sub-path in BASE_PATH.`;
  return undefined;
}

/** The `site` for astro.config: SITE_URL, else the local preview address, else the dev server's. */
export function resolveSite(env = process.env) {
  return env.SITE_URL || env.PREVIEW_SITE_URL || 'http://localhost:4321/';
}

/** Integration: fails `astro build` without a usable SITE_URL unless this is one of the project's local builds. */
export function siteUrlGuard(env = process.env) {
  return {
    name: 'site-url-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (env.SITE_URL) {
          const problem = siteUrlProblem(env.SITE_URL);
          if (problem) throw new Error(`${problem}\n${HOW}`);
          return;
        }
        if (env.PREVIEW_SITE_URL) {
          logger.warn(
            `本地预览构建：打印的二维码和“本页网址”指向 ${env.PREVIEW_SITE_URL}，只在本机有效；正式部署请设置 SITE_URL。/ Local build: printed QR codes point to ${env.PREVIEW_SITE_URL}.`,
          );
          return;
        }
        throw new Error(`缺少 SITE_URL：不设置它，打印的二维码和网址会指向错误的地址。/ SITE_URL is not set.\n${HOW}`);
      },
    },
  };
}
