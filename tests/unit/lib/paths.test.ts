import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, joinBase, link } from '../../../src/lib/paths';
import { routes } from '../../../src/lib/routes';

describe('joinBase', () => {
  it.each([
    ['/', '/criteria/', '/criteria/'],
    ['/anquan/', '/criteria/', '/anquan/criteria/'],
    ['/anquan', '/criteria/', '/anquan/criteria/'],
    ['/anquan/', 'criteria/', '/anquan/criteria/'],
    ['/anquan/', '/', '/anquan/'],
    ['/anquan/', '/practice/?c=a4-1', '/anquan/practice/?c=a4-1'],
  ])('joins %s and %s', (base, path, want) => {
    expect(joinBase(base, path)).toBe(want);
  });
});

// The site may be served under a sub-path (e.g. /anquan/). Stubbing the env tests that without a second build.
describe('link and absoluteUrl under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prefixes the base at the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(link(routes.criterion('a4-1'))).toBe('/criteria/a4-1/');
  });

  it('prefixes the base under a sub-path', () => {
    vi.stubEnv('BASE_URL', '/anquan/');
    expect(link(routes.criterion('a4-1'))).toBe('/anquan/criteria/a4-1/');
    expect(link(routes.caseAnchor('x', 'lessons'))).toBe('/anquan/cases/x/#lessons');
    expect(link(routes.home())).toBe('/anquan/');
  });

  it('accepts a base without its trailing slash', () => {
    vi.stubEnv('BASE_URL', '/anquan');
    expect(link('/search/')).toBe('/anquan/search/');
  });

  it('builds full URLs from the site and the base, for print and QR codes', () => {
    vi.stubEnv('BASE_URL', '/anquan/');
    vi.stubEnv('SITE', 'https://example.gov.cn/');
    expect(absoluteUrl(routes.case('2014-kunshan-zhongrong'))).toBe('https://example.gov.cn/anquan/cases/2014-kunshan-zhongrong/');
  });

  it('falls back to localhost when no site is configured', () => {
    vi.stubEnv('BASE_URL', '/');
    vi.stubEnv('SITE', undefined);
    expect(absoluteUrl('/about/')).toBe('http://localhost:4321/about/');
  });
});
