import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { statusOf } from '../../../src/lib/hazards';
import { LIMITS } from '../../../src/lib/storage/limits';
import { StoredAssessmentSchema } from '../../../src/stores/self-check-schema';
import { countWrites, fixture, newDevice, openTab, storedRecords, type Tab } from './device';
import { must } from '../../must';

beforeEach(newDevice);

const preRelease = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/pre-release', name), 'utf8');

/** A new assessment with one 不符合 item (a11-3) and one 符合 item. */
async function withFinding(t: Tab) {
  const r = t.sc.createAssessment('甲厂');
  if (!r.ok) throw new Error(r.error);
  t.sc.answerItem(r.id, 'a11-3', { answer: 'no' });
  t.sc.answerItem(r.id, 'a4-1', { answer: 'ok' });
  await t.vault.settled();
  return r.id;
}

const track = (t: Tab, id: string, key: string) => must(t.sc.assessments.$items.get()[id]).hazards?.[key];

describe('the hazard lifecycle in the store', () => {
  it('goes 待整改 → 整改中 → 已整改待验收 → 验收销号, one write per action, and survives a reload', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    const calls = countWrites(t);
    expect(t.sc.recordStep(id, 'a11-3', { status: 'fixing', by: '王工', date: '2026-12-01' })).toEqual({ ok: true });
    expect(t.sc.recordStep(id, 'a11-3', { status: 'fixed', by: '王工', date: '2026-12-03' })).toEqual({ ok: true });
    expect(t.sc.acceptHazard(id, 'a11-3', { by: '安全科 赵科长', date: '2026-12-05' })).toEqual({ ok: true });
    await t.vault.settled();
    expect(calls).toEqual([1, 1, 1]);
    const again = await openTab();
    const tr = track(again, id, 'a11-3');
    expect(statusOf(tr)).toBe('closed');
    expect(tr?.acceptance).toEqual({ by: '安全科 赵科长', date: '2026-12-05' });
    expect(Object.values(must(tr).events).map((e) => [e.status, e.date, e.by])).toEqual([
      ['fixing', '2026-12-01', '王工'],
      ['fixed', '2026-12-03', '王工'],
      ['closed', '2026-12-05', '安全科 赵科长'],
    ]);
    for (const r of await storedRecords()) if (r.kind === 'assessment') expect(StoredAssessmentSchema.safeParse(r.data).success).toBe(true);
  });

  it('refuses in Chinese a step that does not follow, a step without 经办人, and 销号 without 验收人', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    expect(t.sc.recordStep(id, 'a11-3', { status: 'closed', by: '王工' })).toEqual({
      ok: false,
      error: '“待整改”的隐患不能直接改为“已销号”。',
    });
    expect(t.sc.recordStep(id, 'a11-3', { status: 'fixing', by: '  ' })).toEqual({ ok: false, error: '请填写经办人。' });
    expect(t.sc.acceptHazard(id, 'a11-3', { by: '' })).toEqual({ ok: false, error: '请填写验收人。' });
    // 验收 of a hazard not yet fixed is a step that does not follow.
    expect(t.sc.acceptHazard(id, 'a11-3', { by: '赵' })).toMatchObject({ ok: false, error: expect.stringMatching(/不能直接改为“已销号”/) });
    expect(track(t, id, 'a11-3')).toBeUndefined();
  });

  it('dates a step today in local time when no date is given, and marks 重新打开', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    t.sc.recordStep(id, 'a11-3', { status: 'fixed', by: '王工' });
    t.sc.acceptHazard(id, 'a11-3', { by: '赵' });
    expect(t.sc.recordStep(id, 'a11-3', { status: 'open', by: '赵', note: '复查又发现' })).toEqual({ ok: true });
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const events = Object.values(must(track(t, id, 'a11-3')).events);
    expect(events.every((e) => e.date === today)).toBe(true);
    expect(events.at(-1)).toMatchObject({ status: 'open', reopen: true, note: '复查又发现' });
    expect(statusOf(track(t, id, 'a11-3'))).toBe('open');
  });

  it('voids the earlier 验收 on 重新打开, so a direct 销号 afterwards is refused until a new 验收', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    t.sc.recordStep(id, 'a11-3', { status: 'fixed', by: '王工' });
    t.sc.acceptHazard(id, 'a11-3', { by: '赵' });
    expect(track(t, id, 'a11-3')?.acceptance?.by).toBe('赵');
    t.sc.recordStep(id, 'a11-3', { status: 'open', by: '赵', note: '复查又发现' });
    expect(track(t, id, 'a11-3')?.acceptance).toBeUndefined();
    t.sc.recordStep(id, 'a11-3', { status: 'fixed', by: '王工' });
    expect(t.sc.recordStep(id, 'a11-3', { status: 'closed', by: '赵' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/验收人和验收日期/),
    });
    expect((await openTab()).sc.assessments.$items.get()[id]?.hazards?.['a11-3']?.acceptance).toBeUndefined();
  });

  it('cuts a location, a person and a note to their limits instead of storing what the next load would refuse', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    t.sc.setHazardLocation(id, 'a11-3', '车'.repeat(LIMITS.location + 5));
    t.sc.recordStep(id, 'a11-3', { status: 'fixing', by: '人'.repeat(LIMITS.person + 1), note: '注'.repeat(LIMITS.eventNote + 1) });
    t.sc.setInspection(id, { by: '检'.repeat(LIMITS.person + 1), date: 'not a date' });
    await t.vault.settled();
    const a = must((await openTab()).sc.assessments.$items.get()[id]);
    expect(a.hazards?.['a11-3']?.location).toHaveLength(LIMITS.location);
    const e = must(Object.values(must(a.hazards?.['a11-3']).events)[0]);
    expect(e.by).toHaveLength(LIMITS.person);
    expect(e.note).toHaveLength(LIMITS.eventNote);
    expect(a.inspection).toEqual({ by: '检'.repeat(LIMITS.person), date: '' });
  });

  it('adds, edits and removes own items, which follow the same lifecycle; refuses past the cap', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    expect(t.sc.addOwnItem(id, { title: ' ', basis: '', severity: 'gap' })).toEqual({ ok: false, error: '请填写隐患名称。' });
    const r = t.sc.addOwnItem(id, { title: '叉车通道无标线', basis: 'GB 4387', severity: 'gap', note: '仓库东侧' });
    if (!r.ok) throw new Error(r.error);
    t.sc.updateOwnItem(id, r.id, { severity: 'major', title: '' });
    t.sc.planFinding(id, r.id, { measure: '施划标线', owner: '仓库 刘', deadline: '2026-12-10' });
    expect(t.sc.recordStep(id, r.id, { status: 'fixing', by: '刘' }).ok).toBe(true);
    await t.vault.settled();
    const a = must((await openTab()).sc.assessments.$items.get()[id]);
    expect(a.own?.[r.id]).toMatchObject({ title: '叉车通道无标线', basis: 'GB 4387', severity: 'major', note: '仓库东侧' });
    expect(statusOf(a.hazards?.[r.id])).toBe('fixing');
    t.sc.removeOwnItem(id, r.id);
    const b = must(t.sc.assessments.$items.get()[id]);
    expect(b.own?.[r.id]).toBeUndefined();
    expect(b.hazards?.[r.id]).toBeUndefined();
    expect(b.plans[r.id]).toBeUndefined();
    for (let i = 0; i < LIMITS.ownItems; i++) t.sc.addOwnItem(id, { title: `隐患${i}`, basis: '', severity: 'gap' });
    expect(t.sc.addOwnItem(id, { title: '再一项', basis: '', severity: 'gap' })).toEqual({
      ok: false,
      error: `一份自查最多添加 ${LIMITS.ownItems} 项其他隐患。`,
    });
  });

  it('a re-check copy carries open hazards, linked to the earlier record, and not closed ones', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    t.sc.answerItem(id, 'a4-6', { answer: 'failed' });
    t.sc.planFinding(id, 'a4-6', { measure: '更换探头', owner: '李工', deadline: '2026-12-15' });
    t.sc.recordStep(id, 'a4-6', { status: 'fixed', by: '李工' });
    t.sc.acceptHazard(id, 'a4-6', { by: '赵' });
    t.sc.setHazardLocation(id, 'a11-3', '除尘间');
    t.sc.recordStep(id, 'a11-3', { status: 'fixing', by: '王工' });
    t.sc.setInspection(id, { by: '检查人甲', date: '2026-12-01' });
    const r = t.sc.duplicateAssessment(id);
    if (!r.ok) throw new Error(r.error);
    await t.vault.settled();
    const copy = must((await openTab()).sc.assessments.$items.get()[r.id]);
    expect(copy.hazards?.['a11-3']).toMatchObject({ location: '除尘间', carriedFrom: { assessment: id, key: 'a11-3' } });
    expect(statusOf(copy.hazards?.['a11-3'])).toBe('fixing');
    expect(copy.hazards?.['a4-6']).toBeUndefined();
    // The closed hazard's item is to be checked again; everything else answered stays.
    expect(copy.answers['a4-6']).toBeUndefined();
    expect(copy.plans['a4-6']).toBeUndefined();
    expect(copy.answers['a4-1']).toEqual({ answer: 'ok' });
    expect(copy.inspection).toBeUndefined();
  });
});

describe('stored shape v3 and older formats', () => {
  it('loads a v2 record (never shipped) as v3 and writes it back as v3', async () => {
    const t0 = await openTab();
    t0.vault.close();
    const { openDB } = await import('idb');
    const db = await openDB('gmaq');
    await db.put('records', JSON.parse(preRelease('assessment-v2.json')));
    db.close();
    const t = await openTab();
    const a = must(t.sc.assessments.$items.get()['sc-v2rec-ab12']);
    expect(a.name).toBe('丙铝材厂（v2 格式，未发布）');
    expect(a.plans['a11-3']).toEqual({ measure: '加装锁气卸灰装置', owner: '设备科 王工', deadline: '2026-12-20', funds: '2万元' });
    expect(a.ts?.['answers/a11-3']).toBe('2026-12-01T00:10:00.000Z');
    expect(t.sc.recordStep(a.id, 'a11-3', { status: 'fixing', by: '王工' }).ok).toBe(true);
    await t.vault.settled();
    const row = must((await storedRecords()).find((r) => r.key === 'assessment:sc-v2rec-ab12'));
    expect(row.v).toBe(3);
    expect(Object.keys(must((row.data.hazards as Record<string, { events: object }>)['a11-3']).events)).toHaveLength(1);
  });

  it.each([
    ['pre-release v2 export', () => preRelease('self-check-export-v2.json'), '丙铝材厂（v2 格式，未发布）'],
    ['released 2026-11 export (v1)', () => fixture('2026-11/self-check-export.json'), '朔州测试钢厂（2026-11 版数据）'],
    ['released 2026-11 text code (v1)', () => fixture('2026-11/self-check-code.txt'), '朔州测试钢厂（2026-11 版数据）'],
  ])('imports a %s', async (_label, read, name) => {
    const t = await openTab();
    const flow = t.sc.checkImport(read());
    if ('error' in flow) throw new Error(flow.error);
    must(flow.choices[0]).run();
    await t.vault.settled();
    expect(must((await openTab()).sc.$assessments.get()[0]).name).toBe(name);
  });

  it('exports version 3 with the lifecycle, and imports it back whole', async () => {
    const t = await openTab();
    const id = await withFinding(t);
    t.sc.recordStep(id, 'a11-3', { status: 'fixing', by: '王工', date: '2026-12-01' });
    t.sc.addOwnItem(id, { title: '配电箱门缺失', basis: '', severity: 'gap' });
    t.sc.setInspection(id, { by: '检查人甲', date: '2026-12-01' });
    t.sc.planFinding(id, 'a11-3', { goal: '消除粉尘爆炸隐患', safety: '整改期间停用该除尘系统' });
    const out = must(t.sc.exportAssessment(id));
    expect(JSON.parse(out.json).version).toBe(3);
    newDevice();
    const t2 = await openTab();
    const flow = t2.sc.checkImport(out.code);
    if ('error' in flow) throw new Error(flow.error);
    must(flow.choices[0]).run();
    const a = must(t2.sc.assessments.$items.get()[id]);
    expect(statusOf(a.hazards?.['a11-3'])).toBe('fixing');
    expect(Object.values(a.own ?? {}).map((o) => o.title)).toEqual(['配电箱门缺失']);
    expect(a.inspection).toEqual({ by: '检查人甲', date: '2026-12-01' });
    expect(a.plans['a11-3']).toMatchObject({ goal: '消除粉尘爆炸隐患', safety: '整改期间停用该除尘系统' });
  });

  it('keeps a step and an own item of a newer build (unknown status, unknown 等级) through an edit', async () => {
    const t0 = await openTab();
    t0.vault.close();
    const row = JSON.parse(preRelease('assessment-v2.json'));
    row.v = 3;
    row.data.hazards = {
      'a11-3': {
        events: {
          e1: { status: 'fixing', date: '2026-12-01', by: '王工', at: '2026-12-01T01:00:00.000Z' },
          e2: { status: 'suspended', date: '2026-12-02', by: '王工', at: '2026-12-02T01:00:00.000Z' },
        },
      },
    };
    row.data.own = { 'own-x': { title: '新等级', basis: '', severity: 'critical', createdAt: '2026-12-01T00:00:00.000Z' } };
    const { openDB } = await import('idb');
    const db = await openDB('gmaq');
    await db.put('records', row);
    db.close();
    const t = await openTab();
    const a = must(t.sc.assessments.$items.get()['sc-v2rec-ab12']);
    expect(Object.keys(must(a.hazards?.['a11-3']).events)).toEqual(['e1']);
    expect(a.own).toEqual({});
    t.sc.setHazardLocation(a.id, 'a11-3', '除尘间');
    await t.vault.settled();
    const data = must((await storedRecords()).find((r) => r.key === 'assessment:sc-v2rec-ab12')).data as {
      hazards: Record<string, { events: object; location?: string }>;
      own: object;
    };
    expect(Object.keys(must(data.hazards['a11-3']).events).sort()).toEqual(['e1', 'e2']);
    expect(data.hazards['a11-3']).toMatchObject({ location: '除尘间' });
    expect(data.own).toMatchObject({ 'own-x': { severity: 'critical' } });
  });

  it('merges the steps two tabs recorded on one hazard (paths hazards/<key>/events/<eid>)', async () => {
    const t1 = await openTab();
    const id = await withFinding(t1);
    const t2 = await openTab();
    t1.sc.recordStep(id, 'a11-3', { status: 'fixing', by: '甲', date: '2026-12-01' });
    t2.sc.setHazardLocation(id, 'a11-3', '二号除尘间');
    t2.sc.recordStep(id, 'a11-3', { status: 'fixed', by: '乙', date: '2026-12-02' });
    const one = must(t1.sc.assessments.$items.get()[id]);
    const two = must(t2.sc.assessments.$items.get()[id]);
    expect(Object.keys(one.ts ?? {}).some((p) => /^hazards\/a11-3\/events\/e-/.test(p))).toBe(true);
    const merged = t1.sc.assessments.spec.merge(one, two);
    expect(
      Object.values(must(merged.hazards?.['a11-3']).events)
        .map((e) => e.by)
        .sort(),
    ).toEqual(['乙', '甲']);
    expect(must(merged.hazards?.['a11-3']).location).toBe('二号除尘间');
    // The merge is a record the next load accepts.
    const { encodeAssessment, decodeAssessment } = await import('../../../src/stores/self-check-schema');
    expect(decodeAssessment(3, encodeAssessment(merged))?.hazards?.['a11-3']?.location).toBe('二号除尘间');
  });

  it('loads a merge that brought a location or an own-item field without the rest', async () => {
    const { decodeAssessment } = await import('../../../src/stores/self-check-schema');
    const row = JSON.parse(preRelease('assessment-v2.json'));
    const a = decodeAssessment(3, {
      ...row.data,
      hazards: { 'a11-3': { location: '东' } },
      own: { 'own-y': { note: '只剩备注' } },
      inspection: { by: '甲' },
      plans: { 'a11-3': { goal: '只有目标' } },
    });
    expect(a?.hazards?.['a11-3']).toEqual({ location: '东', events: {} });
    expect(a?.own?.['own-y']).toMatchObject({ title: '未命名隐患', note: '只剩备注', severity: 'gap' });
    expect(a?.inspection).toEqual({ by: '甲', date: '' });
    expect(a?.plans['a11-3']).toMatchObject({ goal: '只有目标', measure: '' });
  });
});
