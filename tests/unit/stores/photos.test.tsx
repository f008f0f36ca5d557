import { beforeEach, describe, expect, it } from 'vitest';
import { PHOTO_LIMITS } from '../../../src/lib/storage/limits';
import type { NewPhoto } from '../../../src/stores/photos';
import { newDevice, openTab, storedRecords } from './device';
import { must } from '../../must';

beforeEach(newDevice);

/** A page load with the photo store as the self-check page declares it. */
async function tab() {
  const t = await openTab();
  const ph = await import('../../../src/stores/photos');
  await t.vault.start();
  return { ...t, ph };
}

/** Fake compressed bytes of a given size; the first byte tells photos apart. */
const bytes = (size: number, mark = 1) => {
  const b = new Uint8Array(size);
  b[0] = 0xff;
  b[1] = 0xd8;
  b[2] = mark;
  return b.buffer;
};
const photo = (over: Partial<NewPhoto> = {}): NewPhoto => ({
  assessmentId: 'sc-test-1',
  key: 'a4-6',
  role: 'before',
  type: 'image/jpeg',
  bytes: bytes(150 * 1024),
  width: 1600,
  height: 1200,
  ...over,
});
const ok = (r: { ok: true; id: string } | { ok: false; error: string }) => {
  if (!r.ok) throw new Error(r.error);
  return r.id;
};

describe('photos are kept on the device, one record each', () => {
  it('stores a photo with its bytes as an ArrayBuffer and shows it again after a reload', async () => {
    const t = await tab();
    const first = ok(t.ph.addPhoto(photo({ takenAt: '2026-12-01T02:00:00.000Z' })));
    ok(t.ph.addPhoto(photo({ role: 'after', bytes: bytes(1000, 2), takenAt: '2026-12-01T03:00:00.000Z' })));
    ok(t.ph.addPhoto(photo({ key: 'a4-1' })));
    await t.vault.settled();
    const rows = (await storedRecords()).filter((r) => r.kind === 'photo');
    expect(rows).toHaveLength(3);
    const row = must(rows.find((r) => r.key === `photo:${first}`));
    expect(row.v).toBe(1);
    expect(Object.prototype.toString.call(row.data.bytes)).toBe('[object ArrayBuffer]');
    expect(row.data).toMatchObject({ assessmentId: 'sc-test-1', key: 'a4-6', role: 'before', size: 150 * 1024, width: 1600 });

    const again = await tab();
    const list = again.ph.photosOf('sc-test-1', 'a4-6').get();
    expect(list.map((p) => [p.role, p.size])).toEqual([
      ['before', 150 * 1024],
      ['after', 1000],
    ]);
    expect(new Uint8Array(must(list[1]).bytes)[2]).toBe(2);
    expect(again.ph.photosOf('sc-test-1', 'a4-1').get()).toHaveLength(1);
    expect(again.ph.$photoBytes.get()).toBe(300 * 1024 + 1000);
  });

  it('removes a photo for good', async () => {
    const t = await tab();
    const id = ok(t.ph.addPhoto(photo()));
    t.ph.removePhoto(id);
    await t.vault.settled();
    expect((await tab()).ph.photosOf('sc-test-1', 'a4-6').get()).toEqual([]);
  });

  it('sets aside a stored photo that does not validate and loads the others', async () => {
    const t = await tab();
    ok(t.ph.addPhoto(photo()));
    await t.vault.settled();
    const { openDB } = await import('idb');
    const db = await openDB('gmaq');
    const bad = { assessmentId: 'sc-test-1', key: 'a4-6', role: 'before', type: 'image/jpeg', bytes: 'not bytes', size: 9 };
    await db.put('records', { key: 'photo:ph-bad-1', kind: 'photo', id: 'ph-bad-1', v: 1, at: '2026-12-01T00:00:00.000Z', data: bad });
    db.close();
    const again = await tab();
    expect(again.ph.photosOf('sc-test-1', 'a4-6').get()).toHaveLength(1);
    expect(again.vault.$aside.get().map((r) => r.kind)).toEqual(['photo']);
  });
});

describe('the photo store keeps its limits', () => {
  it(`refuses the ${PHOTO_LIMITS.photosPerKey + 1}th photo of one item with a message, and still takes another item's`, async () => {
    const t = await tab();
    for (let i = 0; i < PHOTO_LIMITS.photosPerKey; i++) ok(t.ph.addPhoto(photo({ bytes: bytes(1000) })));
    expect(t.ph.addPhoto(photo())).toEqual({ ok: false, error: t.ph.PHOTO_MESSAGES.perKey });
    expect(t.ph.PHOTO_MESSAGES.perKey).toContain('最多保存 6 张');
    expect(t.ph.addPhoto(photo({ key: 'a4-7' })).ok).toBe(true);
    await t.vault.settled();
    expect((await tab()).ph.photosOf('sc-test-1', 'a4-6').get()).toHaveLength(PHOTO_LIMITS.photosPerKey);
  });

  it('refuses a photo over 200 kB and one with broken sizes, storing nothing', async () => {
    const t = await tab();
    expect(t.ph.addPhoto(photo({ bytes: bytes(PHOTO_LIMITS.photoBytes + 1) }))).toEqual({ ok: false, error: t.ph.PHOTO_MESSAGES.tooBig });
    expect(t.ph.addPhoto(photo({ width: 0 }))).toEqual({ ok: false, error: t.ph.PHOTO_MESSAGES.bad });
    await t.vault.settled();
    expect((await storedRecords()).filter((r) => r.kind === 'photo')).toEqual([]);
  });

  it('refuses a photo past the device total with a Chinese message naming the cap', async () => {
    const t = await tab();
    const n = Math.floor(PHOTO_LIMITS.photoBytesTotal / PHOTO_LIMITS.photoBytes);
    for (let i = 0; i < n; i++) ok(t.ph.addPhoto(photo({ key: `k${Math.floor(i / 6)}`, bytes: bytes(PHOTO_LIMITS.photoBytes) })));
    const over = t.ph.addPhoto(photo({ key: 'last', bytes: bytes(PHOTO_LIMITS.photoBytes) }));
    expect(over).toEqual({ ok: false, error: t.ph.PHOTO_MESSAGES.total });
    expect(t.ph.PHOTO_MESSAGES.total).toContain('30.0 MB');
    expect(t.ph.$photoBytes.get()).toBeLessThanOrEqual(PHOTO_LIMITS.photoBytesTotal);
  });
});

describe('photos follow their assessment', () => {
  it('gives the deletions of one assessment’s photos, which the assessment delete writes in the same transaction', async () => {
    const t = await tab();
    const a = t.sc.createAssessment('甲厂');
    const b = t.sc.createAssessment('乙厂');
    if (!a.ok || !b.ok) throw new Error('create failed');
    ok(t.ph.addPhoto(photo({ assessmentId: a.id })));
    ok(t.ph.addPhoto(photo({ assessmentId: a.id, key: 'own-1', role: 'after' })));
    ok(t.ph.addPhoto(photo({ assessmentId: b.id })));
    const changes = t.ph.photoChangesForDelete(a.id);
    expect(changes).toHaveLength(2);
    expect(changes.every((c) => c.value === undefined && c.coll === t.ph.photos)).toBe(true);
    t.vault.write([{ coll: t.sc.assessments, id: a.id, value: undefined }, ...changes], '删除自查');
    await t.vault.settled();
    const again = await tab();
    expect(Object.values(again.ph.photos.$items.get()).map((p) => p.assessmentId)).toEqual([b.id]);
  });

  it('copies the photos of the chosen keys to a re-check, with new ids and the same bytes', async () => {
    const t = await tab();
    ok(t.ph.addPhoto(photo({ bytes: bytes(500, 7) })));
    ok(t.ph.addPhoto(photo({ key: 'a4-1' })));
    const r = t.ph.copyPhotos('sc-test-1', 'sc-test-2', ['a4-6', 'own-9']);
    expect(r).toEqual({ ok: true, count: 1 });
    await t.vault.settled();
    const again = await tab();
    const [copy] = again.ph.photosOf('sc-test-2', 'a4-6').get();
    const [orig] = again.ph.photosOf('sc-test-1', 'a4-6').get();
    expect(must(copy).id).not.toBe(must(orig).id);
    expect(new Uint8Array(must(copy).bytes)).toEqual(new Uint8Array(must(orig).bytes));
    expect(again.ph.photosOf('sc-test-2', 'a4-1').get()).toEqual([]);
  });

  it('refuses a copy as a whole when it would pass the device total', async () => {
    const t = await tab();
    const n = Math.floor(PHOTO_LIMITS.photoBytesTotal / PHOTO_LIMITS.photoBytes);
    for (let i = 0; i < n - 1; i++) ok(t.ph.addPhoto(photo({ key: `k${Math.floor(i / 6)}`, bytes: bytes(PHOTO_LIMITS.photoBytes) })));
    const r = t.ph.photoChangesForCopy('sc-test-1', 'sc-test-2', ['k0']);
    expect(r).toEqual({ ok: false, error: t.ph.PHOTO_MESSAGES.total });
  });
});

describe('export and import of photos', () => {
  it('round-trips photos through the export file’s photos array onto another device', async () => {
    const t = await tab();
    ok(t.ph.addPhoto(photo({ bytes: bytes(150 * 1024, 3), takenAt: '2026-12-01T01:00:00.000Z' })));
    ok(t.ph.addPhoto(photo({ key: 'own-1', role: 'after', bytes: bytes(2000, 4), takenAt: '2026-12-01T02:00:00.000Z' })));
    ok(t.ph.addPhoto(photo({ assessmentId: 'sc-other-1' })));
    const list = await t.ph.exportPhotos('sc-test-1');
    expect(list.map((p) => [p.key, p.role])).toEqual([
      ['a4-6', 'before'],
      ['own-1', 'after'],
    ]);
    expect(must(list[0]).dataUrl).toMatch(/^data:image\/jpeg;base64,\/9g/);
    // Through JSON, as a file would carry it.
    const file = JSON.parse(JSON.stringify({ photos: list })) as { photos: unknown };
    expect(t.ph.ExportedPhotoListSchema.safeParse(file.photos).success).toBe(true);
    const before = Object.values(t.ph.photos.$items.get()).filter((p) => p.assessmentId === 'sc-test-1');

    newDevice();
    const other = await tab();
    expect(await other.ph.importPhotos(file.photos)).toEqual({ added: 2, present: 0, problems: [] });
    await other.vault.settled();
    const after = await tab();
    for (const p of before) {
      const q = must(after.ph.photos.$items.get()[p.id]);
      expect({ ...q, bytes: new Uint8Array(q.bytes) }).toEqual({ ...p, bytes: new Uint8Array(p.bytes) });
    }
    // A second import of the same file keeps what is there.
    expect(await after.ph.importPhotos(file.photos)).toEqual({ added: 0, present: 2, problems: [] });
  });

  it('skips broken photos and those past a limit, says how many, and imports the rest', async () => {
    const t = await tab();
    ok(t.ph.addPhoto(photo({ bytes: bytes(1000) })));
    const [good] = await t.ph.exportPhotos('sc-test-1');
    newDevice();
    const other = await tab();
    const many = Array.from({ length: 7 }, (_, i) => ({ ...must(good), id: `ph-import-${i}` }));
    const r = await other.ph.importPhotos([...many, { ...must(good), id: 'ph-broken-1', dataUrl: 'data:image/jpeg;base64,@@' }, { id: 5 }]);
    expect(r.added).toBe(6);
    expect(r.problems).toEqual(['有 2 张照片的数据不完整，未导入。', `1 张照片未导入：${other.ph.PHOTO_MESSAGES.perKey}`]);
    expect(await other.ph.importPhotos('not a list')).toMatchObject({ added: 0, problems: ['照片数据不是列表，未导入照片。'] });
  });
});

describe('another tab', () => {
  it('sees a photo added in this tab, and its deletion', async () => {
    const one = await tab();
    const two = await tab();
    const id = ok(one.ph.addPhoto(photo()));
    await one.vault.settled();
    await expect.poll(() => two.ph.photosOf('sc-test-1', 'a4-6').get().length).toBe(1);
    one.ph.removePhoto(id);
    await one.vault.settled();
    await expect.poll(() => two.ph.photosOf('sc-test-1', 'a4-6').get().length).toBe(0);
    one.vault.close();
    two.vault.close();
  });
});

describe('photos travel with their assessment', () => {
  it('the export file carries them beside the record and the import box brings them back on a new device', async () => {
    const t = await tab();
    const made = t.sc.createAssessment('带照片的厂');
    if (!made.ok) throw new Error(made.error);
    ok(t.ph.addPhoto(photo({ assessmentId: made.id })));
    ok(t.ph.addPhoto(photo({ assessmentId: made.id, role: 'after', bytes: bytes(2000, 2) })));
    const file = await t.sc.exportAssessmentFile(made.id);
    expect(JSON.parse(file ?? '{}').photos).toHaveLength(2);
    // The text code carries no photos (it would be far too long to paste).
    expect(t.sc.exportAssessment(made.id)?.code.length).toBeLessThan(2000);

    newDevice();
    const fresh = await tab();
    const flow = fresh.sc.checkImport(file ?? '');
    if ('error' in flow) throw new Error(flow.error);
    const [choice] = flow.choices;
    expect(choice?.run()).toBe('已导入“带照片的厂”。');
    expect(await choice?.later?.()).toBe('照片：导入 2 张。');
    const again = await tab();
    expect(
      again.ph
        .photosOf(made.id, 'a4-6')
        .get()
        .map((p) => p.role)
        .sort(),
    ).toEqual(['after', 'before']);
  });

  it('deleting an assessment deletes its photos; a re-check copy takes the photos of the hazards it carries', async () => {
    const t = await tab();
    const made = t.sc.createAssessment('复查厂');
    if (!made.ok) throw new Error(made.error);
    t.sc.answerItem(made.id, 'a4-6', { answer: 'no' });
    ok(t.ph.addPhoto(photo({ assessmentId: made.id })));
    ok(t.ph.addPhoto(photo({ assessmentId: made.id, key: 'a4-1' })));
    const copy = t.sc.duplicateAssessment(made.id);
    if (!copy.ok) throw new Error(copy.error);
    await new Promise((r) => setTimeout(r, 50));
    expect(Object.keys(t.sc.assessments.$items.get()[copy.id]?.hazards ?? {})).toEqual(['a4-6']);
    expect(t.ph.photosOf(copy.id, 'a4-6').get()).toHaveLength(1);
    expect(t.ph.photosOf(copy.id, 'a4-1').get()).toHaveLength(0);
    t.sc.deleteAssessment(made.id);
    await new Promise((r) => setTimeout(r, 50));
    const kept = (await storedRecords()).filter((r) => r.kind === 'photo').map((r) => r.data.assessmentId);
    expect(kept).not.toContain(made.id);
  });
});
