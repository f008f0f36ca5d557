import { describe, expect, it } from 'vitest';
import { hashSeed, seededRandom, shuffle } from '../../../../src/lib/practice/random';

describe('hashSeed (32-bit FNV-1a)', () => {
  it('matches the published FNV-1a test vectors', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
    expect(hashSeed('foobar')).toBe(0xbf9cf968);
  });
  it('hashes Chinese text to an unsigned 32-bit number', () => {
    const h = hashSeed('第三车间');
    expect(Number.isInteger(h)).toBe(true);
    expect(h).toBeGreaterThanOrEqual(0);
    expect(h).toBeLessThan(2 ** 32);
    expect(h).not.toBe(hashSeed('第四车间'));
  });
});

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, on every device', () => {
    const a = seededRandom('kit-dust');
    const b = seededRandom('kit-dust');
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
  });
  it('treats a string seed as its hash', () => {
    const a = seededRandom('kit-dust');
    const b = seededRandom(hashSeed('kit-dust'));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
  it('gives another sequence for another seed', () => {
    const a = seededRandom('room-1');
    const b = seededRandom('room-2');
    expect([a(), a(), a()]).not.toEqual([b(), b(), b()]);
  });
  it('stays in [0, 1) and spreads over the range', () => {
    const r = seededRandom(42);
    const xs = Array.from({ length: 2000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const low = xs.filter((x) => x < 0.5).length;
    expect(low).toBeGreaterThan(900);
    expect(low).toBeLessThan(1100);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const out = shuffle(items, seededRandom('x'));
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...out].sort()).toEqual(items);
  });
  it('is deterministic per seed and changes with it', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, seededRandom('s1'))).toEqual(shuffle(items, seededRandom('s1')));
    expect(shuffle(items, seededRandom('s1'))).not.toEqual(shuffle(items, seededRandom('s2')));
  });
  it('handles empty and one-item lists', () => {
    expect(shuffle([], seededRandom(1))).toEqual([]);
    expect(shuffle(['only'], seededRandom(1))).toEqual(['only']);
  });
});
