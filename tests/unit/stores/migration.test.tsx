import { beforeEach, describe, expect, it } from 'vitest';
import { fixture, newDevice, openTab, storedRecords } from './device';
import { must } from '../../must';

/** Puts rows straight into the device's database, as another build would have written them. */
async function putRows(rows: object[]) {
  const t = await openTab(); // creates the database
  t.vault.close();
  const { openDB } = await import('idb');
  const db = await openDB('gmaq');
  for (const r of rows) await db.put('records', r);
  db.close();
}

const stored = (id: string, data: object, v = 2) => ({
  key: `assessment:${id}`,
  kind: 'assessment',
  id,
  v,
  at: '2026-12-01T00:00:00.000Z',
  data,
});
const assessment = (id: string, extra: object = {}) => ({
  id,
  name: '乙厂',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  profile: {
    industries: ['metallurgy'],
    specials: [],
    metalSmelting: false,
    contractors: false,
    specialOps: false,
    dustWorkers30: false,
    subSectors: [],
  },
  answers: { 'a4-1': { answer: 'ok' } },
  plans: {},
  ts: {},
  ...extra,
});

beforeEach(newDevice);

describe('data saved by the first release (2026-11)', () => {
  it('moves its localStorage data into records, loses nothing, and removes the old keys', async () => {
    const ls = JSON.parse(fixture('2026-11/localStorage.json')) as Record<string, string>;
    for (const [k, v] of Object.entries(ls)) localStorage.setItem(k, v);
    const t = await openTab();
    const list = t.sc.$assessments.get();
    expect(list.map((a) => a.name)).toEqual(['朔州测试钢厂（2026-11 版数据）', '朔州测试钢厂（2026-11 版数据）（复查）']);
    expect(must(list[0]).answers['a4-6']).toEqual({ answer: 'failed', note: '煤气区域CO报警器探头损坏' });
    expect(must(list[0]).plans['a4-6']).toMatchObject({
      measure: '更换CO报警探头并恢复联网',
      owner: '设备科 李工',
      deadline: '2026-12-15',
      funds: '3.5万元',
    });
    const p = t.pr.$practice.get();
    expect(p.favorites).toEqual(['q-a10-1-1']);
    expect(p.history).toHaveLength(1);
    expect(Object.keys(p.cards).sort()).toEqual(['q-a10-1-1', 'q-a10-1-3', 'q-a3-1-2', 'q-a5-4-4']);
    expect(p.attempts).toHaveLength(1);
    expect(must(p.attempts[0]).answers).toEqual({ 'q-duty-70': [1], 'q-duty-9': [2] });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('gmaq:') && !k.startsWith('gmaq:tab:'))).toEqual([]);
    expect(t.notices.get()).toEqual([]);
    // And again after a reload: now read from the records.
    const again = await openTab();
    expect(again.sc.$assessments.get()).toHaveLength(2);
    expect(again.pr.$practice.get().attempts).toHaveLength(1);
  });

  it('never overwrites newer work when an old key is found again', async () => {
    const ls = JSON.parse(fixture('2026-11/localStorage.json')) as Record<string, string>;
    localStorage.setItem('gmaq:self-check', must(ls['gmaq:self-check']));
    const t = await openTab();
    const id = must(t.sc.$assessments.get()[0]).id;
    t.sc.answerItem(id, 'a4-1', { answer: 'no' });
    await t.vault.settled();
    localStorage.setItem('gmaq:self-check', must(ls['gmaq:self-check']));
    const again = await openTab();
    expect(must(again.sc.assessments.$items.get()[id]).answers['a4-1']).toEqual({ answer: 'no' });
  });

  it('brings back a whole list the first release had set aside for one over-long name', async () => {
    const list = {
      v: 1,
      data: { assessments: [{ ...assessment('sc-long1'), name: '长'.repeat(81) }, assessment('sc-fine1')], currentId: null },
    };
    localStorage.setItem('gmaq:self-check:corrupt:1764547200000', JSON.stringify(list));
    const t = await openTab();
    expect(
      t.sc.$assessments
        .get()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['sc-fine1', 'sc-long1']);
    expect(must(t.sc.assessments.$items.get()['sc-long1']).name).toBe('长'.repeat(80));
  });

  it.each([
    ['self-check-export.json', 'file'],
    ['self-check-code.txt', 'text code'],
  ])('imports a self-check %s (%s)', async (name) => {
    const t = await openTab();
    const flow = t.sc.checkImport(fixture(`2026-11/${name}`));
    if ('error' in flow) throw new Error(flow.error);
    expect(must(flow.choices[0]).run()).toMatch(/已导入/);
    await t.vault.settled();
    const again = await openTab();
    const a = must(again.sc.$assessments.get()[0]);
    expect(a.name).toBe('朔州测试钢厂（2026-11 版数据）');
    expect(a.answers['a11-3']).toEqual({ answer: 'no' });
  });

  it.each([['practice-export.json'], ['practice-code.txt']])('imports a practice %s', async (name) => {
    const t = await openTab();
    const flow = t.prt.checkPracticeImport(fixture(`2026-11/${name}`));
    if ('error' in flow) throw new Error(flow.error);
    expect(flow.choices).toHaveLength(1);
    must(flow.choices[0]).run();
    await t.vault.settled();
    const p = (await openTab()).pr.$practice.get();
    expect(p.favorites).toEqual(['q-a10-1-1']);
    expect(p.history).toHaveLength(1);
    expect(p.attempts).toHaveLength(1);
  });
});

describe('records this build cannot fully read', () => {
  it('leaves a record written by a newer build untouched, says so, and refuses to write it', async () => {
    const newer = stored('sc-newer1', { ...assessment('sc-newer1'), shape: 'future' }, 99);
    await putRows([newer, stored('sc-now001', assessment('sc-now001'))]);
    const t = await openTab();
    expect(t.sc.$assessments.get().map((a) => a.id)).toEqual(['sc-now001']);
    expect(t.sc.assessments.$newer.get()).toEqual(['sc-newer1']);
    expect(t.notices.get().map((n) => n.id)).toContain('newer-version');
    expect(t.sc.answerItem('sc-newer1', 'a4-1', { answer: 'no' })).toBe(false);
    await t.vault.settled();
    const row = (await storedRecords()).find((r) => r.key === 'assessment:sc-newer1');
    expect(row).toEqual(newer);
  });

  it('keeps an industry, an answer kind and a field it does not know through an edit', async () => {
    const data = assessment('sc-foreig', {
      profile: { ...assessment('x').profile, industries: ['metallurgy', 'hydrogen'], subSectors: ['h2-storage'] },
      answers: { 'a4-1': { answer: 'partly', note: '部分' } },
      ledger: { hazards: 3 },
    });
    await putRows([stored('sc-foreig', data)]);
    const t = await openTab();
    const a = must(t.sc.assessments.$items.get()['sc-foreig']);
    expect(a.profile.industries).toEqual(['metallurgy']);
    expect(a.foreign?.industries).toEqual(['hydrogen']);
    t.sc.answerItem('sc-foreig', 'a4-6', { answer: 'ok' });
    await t.vault.settled();
    const row = must((await storedRecords()).find((r) => r.key === 'assessment:sc-foreig'));
    expect(row.data.profile).toMatchObject({ industries: ['metallurgy', 'hydrogen'], subSectors: ['h2-storage'] });
    expect(row.data.answers).toMatchObject({ 'a4-1': { answer: 'partly', note: '部分' }, 'a4-6': { answer: 'ok' } });
    expect(row.data.ledger).toEqual({ hazards: 3 });
  });

  it('sets an unreadable record aside alone, and its export imports back in part', async () => {
    const bad = assessment('sc-broken', { answers: { 'a4-1': { answer: 'ok' }, 'a4-2': { answer: 5 } } });
    await putRows([stored('sc-broken', bad), stored('sc-good01', assessment('sc-good01'))]);
    const t = await openTab();
    expect(t.sc.$assessments.get().map((a) => a.id)).toEqual(['sc-good01']);
    const aside = t.vault.$aside.get();
    expect(aside).toHaveLength(1);
    const { asideExport } = await import('../../../src/stores/aside');
    const out = asideExport(must(aside[0]));
    expect(out.importable).toBe(true);
    const flow = t.sc.checkImport(out.code);
    if ('error' in flow) throw new Error(flow.error);
    expect(flow.question).toMatch(/1 处无法读取/);
    must(flow.choices[0]).run();
    expect(must(t.sc.assessments.$items.get()['sc-broken']).answers).toEqual({ 'a4-1': { answer: 'ok' } });
    // The original stays set aside until the user deletes it.
    expect((await openTab()).vault.$aside.get()).toHaveLength(1);
  });
});
