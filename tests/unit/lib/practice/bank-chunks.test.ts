import { describe, expect, it } from 'vitest';
import { bankManifest, chunkBank, isBankManifest } from '../../../../src/lib/practice/bank-chunks';
import type { BankQuestion } from '../../../../src/lib/practice/bank';

const q = (id: string, len: number): BankQuestion => ({
  id,
  type: 'single',
  stem: '题'.repeat(len),
  options: [],
  answer: [0],
  explanation: '',
  criteria: [],
  topics: ['law'],
  clauses: [],
  difficulty: 1,
  appliesTo: {},
});

describe('chunkBank', () => {
  const bank = Array.from({ length: 40 }, (_, i) => q(`q${i}`, 10));
  const chunks = chunkBank(bank, 50, 200);
  it('keeps every question once, in bank order', () => {
    expect(chunks.flat().map((x) => x.id)).toEqual(bank.map((x) => x.id));
  });
  it('makes the first chunk small and later ones larger', () => {
    expect(chunks[0]).toHaveLength(5);
    expect(chunks[1]).toHaveLength(20);
  });
  it('grows the later chunks instead of passing the most chunks allowed', () => {
    const many = chunkBank(bank, 50, 20, 4);
    expect(many.flat().map((x) => x.id)).toEqual(bank.map((x) => x.id));
    // 400 characters over at most 4 → later chunks of 100 (10 questions); the first stays small.
    expect(many.map((c) => c.length)).toEqual([5, 10, 10, 10, 5]);
  });
  it('puts an oversized question in a chunk of its own', () => {
    expect(chunkBank([q('a', 500), q('b', 1)], 50, 200).map((c) => c.map((x) => x.id))).toEqual([['a'], ['b']]);
  });
});

describe('bank manifest', () => {
  it('counts the chunks and the questions in them', () => {
    expect(bankManifest([[1, 2], [3], [4, 5, 6]])).toEqual({ chunks: 3, total: 6 });
  });
  it('accepts what the build writes and refuses anything else', () => {
    expect(isBankManifest({ chunks: 3, total: 60 })).toBe(true);
    for (const bad of [null, 'x', {}, { chunks: 0, total: 1 }, { chunks: 1.5, total: 1 }, { chunks: '2', total: 1 }, { chunks: 2 }])
      expect(isBankManifest(bad), JSON.stringify(bad)).toBe(false);
  });
});
