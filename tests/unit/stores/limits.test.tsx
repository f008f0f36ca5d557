import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../src/lib/applicability';
import { StoredAssessmentSchema } from '../../../src/stores/self-check-schema';
import { newDevice, openTab, storedRecords } from './device';
import { must } from '../../must';

beforeEach(newDevice);

const allValid = async () => {
  for (const r of await storedRecords()) if (r.kind === 'assessment') expect(StoredAssessmentSchema.safeParse(r.data).success).toBe(true);
};

describe('the self-check store keeps its own limits', () => {
  it('copies an 80-character name again and again, and every copy loads after a reload', async () => {
    const t = await openTab();
    const first = t.sc.createAssessment('名'.repeat(80), EMPTY_PROFILE);
    if (!first.ok) throw new Error(first.error);
    let id = first.id;
    for (let i = 0; i < 13; i++) {
      const r = t.sc.duplicateAssessment(id);
      if (!r.ok) throw new Error(r.error);
      id = r.id;
    }
    await t.vault.settled();
    await allValid();
    const names = (await openTab()).sc.$assessments.get().map((a) => a.name);
    expect(names).toHaveLength(14);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(80);
  });

  it('cuts a measure, a note and an owner to their limits instead of storing what the next load rejects', async () => {
    const t = await openTab();
    const r = t.sc.createAssessment('丙厂');
    if (!r.ok) throw new Error(r.error);
    t.sc.answerItem(r.id, 'a4-6', { answer: 'no', note: '注'.repeat(2500) });
    t.sc.planFinding(r.id, 'a4-6', { measure: '措'.repeat(1990) });
    t.sc.planFinding(r.id, 'a4-6', {
      measure: `${'措'.repeat(1990)}\n按第四条第（六）项要求整改`,
      owner: '人'.repeat(300),
      deadline: '明天',
    });
    await t.vault.settled();
    await allValid();
    const a = must((await openTab()).sc.assessments.$items.get()[r.id]);
    expect(must(a.plans['a4-6']).measure).toHaveLength(2000);
    expect(must(a.plans['a4-6']).owner).toHaveLength(200);
    expect(must(a.plans['a4-6']).deadline).toBe('');
    expect(must(a.answers['a4-6']).note).toHaveLength(2000);
  });

  it('refuses the 201st assessment with a message, for a new one and for a copy', async () => {
    const t = await openTab();
    for (let i = 0; i < 200; i++) expect(t.sc.createAssessment(`厂${i}`).ok).toBe(true);
    const more = t.sc.createAssessment('第201份');
    expect(more).toEqual({ ok: false, error: expect.stringContaining('最多保存 200 份') });
    expect(t.sc.duplicateAssessment(must(t.sc.$assessments.get()[0]).id).ok).toBe(false);
    await t.vault.settled();
    expect((await openTab()).sc.$assessments.get()).toHaveLength(200);
  });
});

describe('a write the browser refuses', () => {
  it('is reported with what was not saved and a copy of it, and the page shows what is really stored', async () => {
    const t = await openTab();
    const r = t.sc.createAssessment('丁厂');
    if (!r.ok) throw new Error(r.error);
    await t.vault.settled();
    const backend = must(t.vault.store);
    backend.write = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    t.sc.answerItem(r.id, 'a4-1', { answer: 'no', note: '未保存的备注' });
    expect(must(t.sc.assessments.$items.get()[r.id]).answers['a4-1']).toBeDefined();
    await t.vault.settled();
    expect(must(t.sc.assessments.$items.get()[r.id]).answers['a4-1']).toBeUndefined();
    const n = must(t.notices.get().find((x) => x.id === 'write-failed'));
    expect(n.text).toMatch(/没有保存.*存储空间已满/);
    // The copy offered is an import code holding the unsaved answer.
    const { readTransfer } = await import('../../../src/lib/transfer');
    const env = readTransfer(must(n.rescue).text, 'self-check', 3);
    expect(env.ok && JSON.stringify(env.envelope.data)).toContain('未保存的备注');
  });
});
