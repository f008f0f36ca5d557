import { describe, expect, it } from 'vitest';
import { cspFirst } from '../../../src/lib/csp-first';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;

describe('cspFirst', () => {
  it('moves the policy ahead of a head-slot script, right after the charset', () => {
    const html = `<html><head><meta charset="utf-8"><title>搜索</title><script data-x="1">go()</script>${CSP}<style>a{}</style></head><body></body></html>`;
    const out = cspFirst(html);
    expect(out).toBe(
      `<html><head><meta charset="utf-8">${CSP}<title>搜索</title><script data-x="1">go()</script><style>a{}</style></head><body></body></html>`,
    );
    expect(out.length).toBe(html.length);
  });

  it('leaves a page alone when the policy is already first, or missing', () => {
    const first = `<head><meta charset="utf-8">${CSP}<title>x</title></head>`;
    expect(cspFirst(first)).toBe(first);
    const none = '<head><meta charset="utf-8"><title>x</title></head>';
    expect(cspFirst(none)).toBe(none);
  });
});
