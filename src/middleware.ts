import { defineMiddleware } from 'astro:middleware';
import { cspFirst } from './lib/csp-first';
import { addPrintUrls } from './lib/print-urls';

/**
 * Printed pages show the full address after each internal link (the print stylesheet reads data-print-url),
 * so a paper copy still leads back to the right page. The CSP <meta> moves to the start of <head>, so it also covers
 * inline scripts a page puts in its head (lib/csp-first.ts). Runs once per page at build time.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const site = context.site?.href ?? 'http://localhost:4321/';
  const html = cspFirst(addPrintUrls(await response.text(), site));
  return new Response(html, { status: response.status, headers: response.headers });
});
