/** Joins the configured base path and a site path: link('/criteria/a4-1/') → '/anquan/criteria/a4-1/'. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  const p = path.startsWith('/') ? path.slice(1) : path;
  return b + p;
}

/** Prefixes a site path with the build's base (import.meta.env.BASE_URL). */
export function link(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}

/** Full URL of a site path (for print, QR codes and copy-link), using the configured site and base. */
export function absoluteUrl(path: string): string {
  const site = import.meta.env.SITE ?? 'http://localhost:4321/';
  return new URL(link(path), site).href;
}
