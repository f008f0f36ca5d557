import { describe, expect, it } from 'vitest';
import { getPath, mergeStamped, setPath, stamp } from '../../../../src/lib/storage/stamps';
import { clampText, copyName } from '../../../../src/lib/storage/limits';

const rec = (answers: Record<string, string>, ts: Record<string, string>, updatedAt = '2026-12-01T00:00:00.000Z') => ({
  answers,
  ts,
  updatedAt,
});

describe('merging two tabs’ versions of one record', () => {
  it('keeps answers each tab gave to different items', () => {
    const a = rec({ x: 'ok' }, { 'answers/x': '2026-12-01T00:00:01.000Z' });
    const b = rec({ y: 'no' }, { 'answers/y': '2026-12-01T00:00:02.000Z' });
    expect(mergeStamped(a, b).answers).toEqual({ x: 'ok', y: 'no' });
    expect(mergeStamped(b, a).answers).toEqual({ x: 'ok', y: 'no' });
  });

  it('lets the later change of the same field win, and a later clearing stays cleared', () => {
    const a = rec({ x: 'ok' }, { 'answers/x': '2026-12-01T00:00:01.000Z' });
    const b = rec({ x: 'no' }, { 'answers/x': '2026-12-01T00:00:03.000Z' });
    expect(mergeStamped(a, b).answers.x).toBe('no');
    const cleared = rec({}, { 'answers/x': '2026-12-01T00:00:05.000Z' });
    expect(mergeStamped(b, cleared).answers).toEqual({});
  });

  it('picks the same winner in both tabs when two changes carry the same time', () => {
    const t = '2026-12-01T00:00:01.000Z';
    const a = rec({ x: 'ok' }, { 'answers/x': t });
    const b = rec({ x: 'no' }, { 'answers/x': t });
    expect(mergeStamped(a, b)).toEqual(mergeStamped(b, a));
  });

  it('reads, writes and deletes nested paths', () => {
    const o: Record<string, unknown> = {};
    setPath(o, 'plans/a4-6/owner', '李工');
    expect(getPath(o, 'plans/a4-6/owner')).toBe('李工');
    setPath(o, 'plans/a4-6/owner', undefined);
    expect(getPath(o, 'plans/a4-6')).toEqual({});
    expect(stamp({ a: '1' }, ['b'], '2')).toEqual({ a: '1', b: '2' });
  });
});

describe('limits', () => {
  it.each([
    ['甲厂', '甲厂（复查）'],
    ['甲厂（复查）', '甲厂（复查2）'],
    ['甲厂（复查9）', '甲厂（复查10）'],
  ])('names a copy of %s as %s', (name, copy) => expect(copyName(name)).toBe(copy));

  it('keeps a copy of an 80-character name within 80 characters, copy after copy', () => {
    let name = '很'.repeat(80);
    for (let i = 0; i < 15; i++) {
      name = copyName(name);
      expect(name.length).toBeLessThanOrEqual(80);
    }
    expect(name.endsWith('（复查15）')).toBe(true);
  });

  it('never splits a rare character when cutting a text', () => {
    expect(clampText('ab𠀋', 3)).toBe('ab');
    expect(clampText('ab𠀋', 4)).toBe('ab𠀋');
  });
});
