/**
 * The practice start screen and 顺序练习 run on the first bank chunks before the rest arrive (islands/practice/bank-ready.ts):
 * that is only right while the bank files are stored in 顺序练习's order without a profile.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../src/lib/practice/bank';
import { relevanceOrder } from '../../src/lib/practice/pick';
import { ROOT } from './site';

const read = (rel: string) => JSON.parse(readFileSync(path.join(ROOT, 'dist', rel), 'utf8')) as unknown;

describe('bank chunks', () => {
  it('are in 顺序练习 order, so any loaded prefix is the start of the drill', () => {
    const { chunks } = read('practice/bank/index.json') as { chunks: number };
    const bank = Array.from({ length: chunks }, (_, i) => read(`practice/bank/${i}.json`) as BankQuestion[]).flat();
    expect(bank.length).toBeGreaterThan(100);
    expect(relevanceOrder(bank, null).map((q) => q.id)).toEqual(bank.map((q) => q.id));
    // The one-file bank is the same list.
    expect((read('practice/bank.json') as BankQuestion[]).map((q) => q.id)).toEqual(bank.map((q) => q.id));
  });
});
