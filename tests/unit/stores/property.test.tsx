import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../src/lib/hazards';
import { ANSWERS } from '../../../src/lib/self-check';
import { StoredAssessmentSchema } from '../../../src/stores/self-check-schema';
import { newDevice, openTab, storedRecords, type Tab } from './device';

const ITEMS = ['a4-1', 'a4-6', 'a11-3', 'wp2024-t8-1'];
// Texts at and past the limits are drawn often: that is where data used to be lost.
const text = (max: number) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom('厂', '𠀋', 'a', '（', '）', '复', '查', ' '), maxLength: 12 }),
    fc.nat({ max }).map((n) => '名'.repeat(n)),
    fc
      .constantFrom(79, 80, 81, 199, 200, 201, 1999, 2000, 2001)
      .filter((n) => n <= max)
      .map((n) => `${'长'.repeat(n - 1)}𠀋`),
  );

/** Every kind of change the UI can make to assessments, with inputs past every limit. */
const action = fc.oneof(
  fc.record({ do: fc.constant('create' as const), name: text(120) }),
  fc.record({ do: fc.constant('copy' as const), at: fc.nat() }),
  fc.record({ do: fc.constant('rename' as const), at: fc.nat(), name: text(120) }),
  fc.record({
    do: fc.constant('answer' as const),
    at: fc.nat(),
    item: fc.constantFrom(...ITEMS),
    answer: fc.constantFrom(...ANSWERS),
    note: text(2100),
  }),
  fc.record({ do: fc.constant('clear' as const), at: fc.nat(), item: fc.constantFrom(...ITEMS) }),
  fc.record({
    do: fc.constant('plan' as const),
    at: fc.nat(),
    item: fc.constantFrom(...ITEMS),
    field: fc.constantFrom('measure' as const, 'owner' as const, 'deadline' as const, 'funds' as const),
    value: fc.oneof(text(2100), fc.constant('2026-12-31')),
  }),
  fc.record({ do: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    do: fc.constant('step' as const),
    at: fc.nat(),
    item: fc.constantFrom(...ITEMS),
    status: fc.constantFrom(...STATUSES),
    by: text(150),
    note: text(600),
  }),
  fc.record({ do: fc.constant('accept' as const), at: fc.nat(), item: fc.constantFrom(...ITEMS), by: text(150) }),
  fc.record({ do: fc.constant('locate' as const), at: fc.nat(), item: fc.constantFrom(...ITEMS), value: text(250) }),
  fc.record({ do: fc.constant('own' as const), at: fc.nat(), title: text(250), basis: text(350), note: text(2100) }),
  fc.record({ do: fc.constant('unown' as const), at: fc.nat() }),
  fc.record({ do: fc.constant('inspect' as const), at: fc.nat(), by: text(150), date: fc.constantFrom('2026-12-01', 'x', '') }),
);

type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

/** Applies one action through the store, as the UI would. */
function run(t: Tab, a: Action) {
  const list = t.sc.$assessments.get();
  const target = list.length && 'at' in a ? list[a.at % list.length] : undefined;
  if (a.do === 'create') t.sc.createAssessment(a.name);
  else if (!target) return;
  else if (a.do === 'copy') t.sc.duplicateAssessment(target.id);
  else if (a.do === 'rename') t.sc.saveProfile(target.id, a.name, target.profile);
  else if (a.do === 'answer') t.sc.answerItem(target.id, a.item, { answer: a.answer, note: a.note });
  else if (a.do === 'clear') t.sc.clearAnswer(target.id, a.item);
  else if (a.do === 'plan') t.sc.planFinding(target.id, a.item, { [a.field]: a.value });
  else if (a.do === 'delete') t.sc.deleteAssessment(target.id);
  else if (a.do === 'step') t.sc.recordStep(target.id, a.item, { status: a.status, by: a.by, note: a.note });
  else if (a.do === 'accept') t.sc.acceptHazard(target.id, a.item, { by: a.by });
  else if (a.do === 'locate') t.sc.setHazardLocation(target.id, a.item, a.value);
  else if (a.do === 'own') t.sc.addOwnItem(target.id, { title: a.title, basis: a.basis, severity: 'major', note: a.note });
  else if (a.do === 'unown') {
    const key = Object.keys(target.own ?? {})[0];
    if (key) t.sc.removeOwnItem(target.id, key);
  } else if (a.do === 'inspect') t.sc.setInspection(target.id, { by: a.by, date: a.date });
}

describe('any sequence of self-check actions', () => {
  it('stores only records the schema accepts, and a reload shows exactly what was shown before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 30 }), async (actions) => {
        newDevice();
        const t = await openTab();
        for (const a of actions) run(t, a);
        await t.vault.settled();
        for (const r of await storedRecords()) expect(StoredAssessmentSchema.safeParse(r.data).success).toBe(true);
        const shown = t.sc.assessments.$items.get();
        t.vault.close();
        const again = await openTab();
        expect(again.sc.assessments.$items.get()).toEqual(shown);
        again.vault.close();
      }),
      { numRuns: 60 },
    );
    // 60 page loads over a real IndexedDB implementation: seconds, more on a busy machine.
  }, 120_000);
});
