/** Adds data-print-url="full URL" to every site-internal link inside <main>, for the print stylesheet. */
export function addPrintUrls(html: string, site: string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  if (start < 0 || end < 0) return html;
  const origin = new URL(site).origin;
  const main = html.slice(start, end).replace(/<a href="(\/[^"#]*)(#[^"]*)?"(?![^>]*data-print-url)/g, (_m, path: string, frag = '') => {
    return `<a href="${path}${frag}" data-print-url="${origin}${path}"`;
  });
  return html.slice(0, start) + main + html.slice(end);
}
