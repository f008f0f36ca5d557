import { afterEach, describe, expect, it } from 'vitest';
import { encodeResult } from '../../src/lib/result-code';
import { CLASS_LIMITS } from '../../src/stores/class-schema';

const code = (name: string, wrong: number[] = []) =>
  encodeResult({ paper: 'SZ0613', version: 'K3F0', name, score: Math.round(((5 - wrong.length) / 5) * 100), total: 5, wrong });
const KEY = 'seed=SZ0613&n=5';

describe('class store', () => {
  afterEach(async () => {
    const { $classes } = await import('../../src/stores/class');
    $classes.set({ classes: {} });
    localStorage.clear();
  });

  it('adds pasted codes line by line, reports bad lines and skips duplicates', async () => {
    const { $classes, addCodes } = await import('../../src/stores/class');
    const r = addCodes(KEY, `${code('张三')}\n\n坏码\n${code('李四', [2])}\n${code('张三')}`);
    expect(r.added).toBe(2);
    expect(r.errors).toEqual([{ line: 3, text: '坏码', error: expect.stringContaining('7 段') }]);
    expect($classes.get().classes[KEY]?.codes).toHaveLength(2);
    expect(JSON.parse(localStorage.getItem('gmaq:class')!).v).toBe(1);
  });

  it('stores full-width separators as normal ones', async () => {
    const { $classes, addCodes } = await import('../../src/stores/class');
    addCodes(KEY, code('王五').replace(/\./g, '。'));
    expect($classes.get().classes[KEY]?.codes[0]).toBe(code('王五'));
  });

  it('never stores more codes than the schema allows', async () => {
    const { $classes, addCodes } = await import('../../src/stores/class');
    const many = Array.from({ length: CLASS_LIMITS.codes + 3 }, (_, i) => code(`学员${i}`)).join('\n');
    const r = addCodes(KEY, many);
    expect(r.added).toBe(CLASS_LIMITS.codes);
    expect(r.errors).toHaveLength(3);
    expect($classes.get().classes[KEY]?.codes).toHaveLength(CLASS_LIMITS.codes);
  });

  it('exports and imports the classes, refusing practice data', async () => {
    const { $classes, addCodes, checkClassImport, exportClasses, setClassPassMark } = await import('../../src/stores/class');
    addCodes(KEY, code('张三'));
    setClassPassMark(KEY, 85);
    const out = exportClasses();
    $classes.set({ classes: {} });
    const r = checkClassImport(out.code);
    expect('apply' in r).toBe(true);
    if ('apply' in r) r.apply();
    expect($classes.get().classes[KEY]).toMatchObject({ passMark: 85, codes: [code('张三')] });
    const { makeEnvelope, toJsonText } = await import('../../src/lib/transfer');
    expect(checkClassImport(toJsonText(makeEnvelope('practice', 2, {})))).toEqual({ error: expect.stringContaining('练习数据') });
  });
});
