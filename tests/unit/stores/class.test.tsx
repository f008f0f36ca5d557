import { beforeEach, describe, expect, it } from 'vitest';
import { encodeResult } from '../../../src/lib/result-code';
import { CLASS_LIMITS } from '../../../src/stores/class-schema';
import { newDevice, openTab, storedRecords } from './device';
import { must } from '../../must';

/** The class store of a freshly opened page (after openTab, so it shares that page's vault). */
async function classStore() {
  const t = await openTab();
  const store = await import('../../../src/stores/class');
  await t.site.startVault();
  return { ...store, vault: t.vault };
}

const code = (name: string, wrong: number[] = []) =>
  encodeResult({ paper: 'SZ0613', version: 'K3F0', name, score: Math.round(((5 - wrong.length) / 5) * 100), total: 5, wrong });
const KEY = 'seed=SZ0613&n=5';

describe('class store', () => {
  beforeEach(newDevice);

  it('adds pasted codes line by line, reports bad lines and skips duplicates', async () => {
    const { $classes, addCodes } = await classStore();
    const r = addCodes(KEY, `${code('张三')}\n\n坏码\n${code('李四', [2])}\n${code('张三')}`);
    expect(r.added).toBe(2);
    expect(r.errors).toEqual([{ line: 3, text: '坏码', error: expect.stringContaining('7 段') }]);
    expect($classes.get().classes[KEY]?.codes).toHaveLength(2);
    await (await import('../../../src/stores/site')).vault.settled();
    expect((await storedRecords()).filter((x) => x.kind === 'class').map((x) => x.v)).toEqual([1]);
  });

  it('stores full-width separators as normal ones', async () => {
    const { $classes, addCodes } = await classStore();
    addCodes(KEY, code('王五').replace(/\./g, '。'));
    expect($classes.get().classes[KEY]?.codes[0]).toBe(code('王五'));
  });

  it('never stores more codes than the schema allows', async () => {
    const { $classes, addCodes } = await classStore();
    const many = Array.from({ length: CLASS_LIMITS.codes + 3 }, (_, i) => code(`学员${i}`)).join('\n');
    const r = addCodes(KEY, many);
    expect(r.added).toBe(CLASS_LIMITS.codes);
    expect(r.errors).toHaveLength(3);
    expect($classes.get().classes[KEY]?.codes).toHaveLength(CLASS_LIMITS.codes);
  });

  it('exports and imports the classes, refusing practice data', async () => {
    const { $classes, addCodes, checkClassImport, exportClasses, setClassPassMark } = await classStore();
    addCodes(KEY, code('张三'));
    setClassPassMark(KEY, 85);
    const out = exportClasses();
    newDevice();
    const fresh = await classStore();
    const r = fresh.checkClassImport(out.code);
    if ('error' in r) throw new Error(r.error);
    must(r.choices[0]).run();
    expect(fresh.$classes.get().classes[KEY]).toMatchObject({ passMark: 85, codes: [code('张三')] });
    void $classes;
    const { makeEnvelope, toJsonText } = await import('../../../src/lib/transfer');
    expect(checkClassImport(toJsonText(makeEnvelope('practice', 2, {})))).toEqual({ error: expect.stringContaining('练习数据') });
  });
});
