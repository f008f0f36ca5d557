/**
 * Writes `name.br` and `name.gz` next to every text file of the build, so hosts that do not compress on the fly
 * (object storage, a plain Nginx with gzip_static/brotli_static) can serve them as they are.
 * Files already compressed (images, fonts) are left alone; tiny files are compressed too, so a host can rely on
 * "every text file has both".
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Extensions served as text. */
export const TEXT_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.csv', '.map'];

const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function* walk(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (TEXT_EXTENSIONS.includes(path.extname(e.name))) yield p;
  }
}

/**
 * Compresses every text file under `dir`; returns how many files and their total bytes before/after brotli.
 * `quality` is brotli's (11 = smallest; ~60× slower than 5 for ~10 % more bytes on this site).
 */
export async function precompress(dir, quality = 11) {
  const files = [];
  for await (const f of walk(dir)) files.push(f);
  let raw = 0;
  let brotli = 0;
  // A few at a time: zlib runs on the libuv pool (4 threads), more in flight only costs memory.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const data = await readFile(f);
      const [b, g] = await Promise.all([
        br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        gz(data, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${f}.br`, b), writeFile(`${f}.gz`, g)]);
      raw += data.length;
      brotli += b.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { files: files.length, raw, brotli };
}

/**
 * Astro integration running precompress() on the output folder after each build: brotli at its best for a deployment
 * (SITE_URL set), a fast level for the project's own local builds (npm start, npm test), where nobody pays for bytes.
 */
export function precompressIntegration(env = process.env) {
  const quality = env.SITE_URL ? 11 : 5;
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const r = await precompress(fileURLToPath(dir), quality);
        logger.info(
          `${r.files} 个文本文件已生成 .br 和 .gz（${(r.raw / 1024).toFixed(0)} kB → brotli ${(r.brotli / 1024).toFixed(0)} kB，质量 ${quality}，${Date.now() - started} ms）`,
        );
      },
    },
  };
}
