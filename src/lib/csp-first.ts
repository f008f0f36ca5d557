/**
 * Moves the page's Content-Security-Policy <meta> to the very start of <head>, right after <meta charset>. Astro writes
 * it after the layout's head content, so anything a page puts into its head slot (the search page's early script) would
 * come before the policy and run outside it. A policy in a <meta> only governs what follows it.
 */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET = /<meta charset="[^"]*">/;

export function cspFirst(html: string): string {
  const meta = CSP_META.exec(html);
  const charset = CHARSET.exec(html);
  if (!meta || !charset || charset.index > meta.index) return html;
  const at = charset.index + charset[0].length;
  if (meta.index === at) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  return without.slice(0, at) + meta[0] + without.slice(at);
}
