import { describe, expect, it } from 'vitest';
import { parseSelfCheckUrl, selfCheckQuery } from '../../../src/lib/self-check-url';

describe('the self-check address', () => {
  it.each([
    ['', { kind: 'list' }],
    ['?new', { kind: 'new' }],
    ['?id=sc-abc1&step=result', { kind: 'open', id: 'sc-abc1', step: 'result' }],
    ['?id=sc-abc1&step=nonsense', { kind: 'open', id: 'sc-abc1', step: 'check' }],
    ['?id=<script>', { kind: 'list' }],
    [`?id=${'a'.repeat(41)}`, { kind: 'list' }],
  ])('reads %s', (search, view) => expect(parseSelfCheckUrl(search)).toEqual(view));

  it('writes back what it reads', () => {
    for (const q of ['', '?new', '?id=sc-abc1&step=profile']) expect(selfCheckQuery(parseSelfCheckUrl(q))).toBe(q);
  });
});
