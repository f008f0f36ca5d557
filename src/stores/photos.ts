/**
 * Photos kept on this device as evidence (拍照取证): each photo is its own record (kind "photo", see db.ts), tied to an
 * assessment and a key inside it (a checklist item id or an own hazard id) with a role 整改前/整改后.
 *
 * The bytes are stored as an ArrayBuffer, not a Blob: IndexedDB in some old WebViews (and Safari before 14) refused or
 * lost Blobs, while an ArrayBuffer is plain structured-clone data everywhere. Photos never change once taken, so two
 * tabs cannot edit one: a merge keeps the stored copy.
 *
 * This module is the only writer of photos and keeps the limits itself (lib/storage/limits.ts PHOTO_LIMITS): too big,
 * too many for one item, or past the device total is refused with a Chinese message, so nothing the UI does can make a
 * record the next load would reject. What the vault cannot save (storage full) it announces itself.
 *
 * For the lead's wiring: `photoChangesForDelete` (write them with deleteAssessment, one transaction),
 * `photoChangesForCopy`/`copyPhotos` (a re-check carrying hazards over), `exportPhotos`/`importPhotos` (the file
 * export's `photos` array beside the record; `PHOTOS_NOT_IN_CODE` in lib/photo.ts for the text code).
 */
import { computed, type ReadableAtom } from 'nanostores';
import * as z from 'zod/mini';
import { PHOTO_ROLES, PHOTO_TYPE, formatBytes, fromDataUrl, toDataUrl, type PhotoRole } from '../lib/photo';
import { PHOTO_LIMITS } from '../lib/storage/limits';
import { raiseNotice } from './notices';
import { vault } from './site';
import type { Change } from './vault';

const ID = /^[a-z0-9-]{4,40}$/;
const isArrayBuffer = (v: unknown): v is ArrayBuffer => Object.prototype.toString.call(v) === '[object ArrayBuffer]';
const isPx = (n: number) => Number.isInteger(n) && n >= 1 && n <= 8192;

// The schema uses only the zod parts the other stores already ship: zod sits in the chunk every island page loads, so
// a number format or a custom check here would cost the practice pages too. The numbers and the bytes are checked by
// `wellFormed` below, in plain code.
/** One stored photo (record version 1), without its bytes. */
export const PhotoSchema = z.object({
  /** Own id, e.g. ph-lq3x9a-k2f1; never changes. */
  id: z.string().check(z.regex(ID)),
  /** The assessment it belongs to (deleted with it). */
  assessmentId: z.string().check(z.regex(ID)),
  /** What it shows evidence for inside the assessment: a checklist item id (a4-6) or an own hazard id. */
  key: z.string().check(z.minLength(1), z.maxLength(80)),
  /** 整改前 (the hazard as found) or 整改后 (after the fix). */
  role: z.enum(PHOTO_ROLES),
  /** MIME type of the bytes; this build writes JPEG only. */
  type: z.enum([PHOTO_TYPE, 'image/webp']),
  /** Pixel size, upright (EXIF orientation already applied): whole pixels, 1–8192. */
  width: z.number(),
  height: z.number(),
  /** Byte length of `bytes`: 1 to PHOTO_LIMITS.photoBytes. */
  size: z.number(),
  /** When it was taken (the file's time) or added, ISO. */
  takenAt: z.string().check(z.maxLength(40)),
});
export type Photo = z.output<typeof PhotoSchema> & {
  /** The compressed image (ArrayBuffer: stored reliably by every IndexedDB, unlike Blob in old WebViews). */
  bytes: ArrayBuffer;
};

/** The checks the schema leaves to code: whole pixel sizes, and bytes that are an ArrayBuffer of the stated size. */
const wellFormed = (p: Photo) =>
  isPx(p.width) &&
  isPx(p.height) &&
  isArrayBuffer(p.bytes) &&
  p.bytes.byteLength === p.size &&
  p.size >= 1 &&
  p.size <= PHOTO_LIMITS.photoBytes;

/** Version of the photo record this build writes. */
export const PHOTO_VERSION = 1;

/** Reads one stored photo; undefined when it cannot be read (the vault sets it aside). */
export function decodePhoto(version: number, data: unknown): Photo | undefined {
  if (version !== PHOTO_VERSION) return undefined;
  const r = PhotoSchema.safeParse(data);
  // The schema leaves the bytes out (see above): they are taken from the record as stored and checked here.
  const bytes = typeof data === 'object' && data !== null && 'bytes' in data ? data.bytes : undefined;
  if (!r.success || !isArrayBuffer(bytes)) return undefined;
  const p: Photo = { ...r.data, bytes };
  return wellFormed(p) ? p : undefined;
}

export const photos = vault.collection<Photo>({
  kind: 'photo',
  version: PHOTO_VERSION,
  label: '照片',
  decode: decodePhoto,
  encode: (p) => p,
  // A photo is never edited, so both copies are the same picture: keep the stored one.
  merge: (_local, stored) => stored,
});

/** True once saved photos have been read. */
export const $photosLoaded = photos.$loaded;

/** Bytes of all photos on this device. */
export const $photoBytes = computed(photos.$items, (m) => Object.values(m).reduce((n, p) => n + p.size, 0));

const byTime = (a: Photo, b: Photo) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id);
const cache = new Map<string, ReadableAtom<Photo[]>>();

/** The photos of one item or hazard of an assessment, oldest first (one store per pair, shared by every caller). */
export function photosOf(assessmentId: string, key: string): ReadableAtom<Photo[]> {
  const k = `${assessmentId} ${key}`;
  let s = cache.get(k);
  if (!s) {
    s = computed(photos.$items, (m) =>
      Object.values(m)
        .filter((p) => p.assessmentId === assessmentId && p.key === key)
        .sort(byTime),
    );
    cache.set(k, s);
  }
  return s;
}

const list = () => Object.values(photos.$items.get());
const countOf = (assessmentId: string, key: string, among: readonly Photo[] = list()) =>
  among.filter((p) => p.assessmentId === assessmentId && p.key === key).length;
const newId = () => `ph-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export type PhotoResult = { ok: true; id: string } | { ok: false; error: string };

/** The messages of a refused photo, for the UI and the tests. */
export const PHOTO_MESSAGES = {
  notLoaded: '本机照片还没有读取完成，请稍候再试。',
  tooBig: `照片压缩后仍超过 ${formatBytes(PHOTO_LIMITS.photoBytes)}，未保存。请换一张或靠近些重拍。`,
  perKey: `每一条最多保存 ${PHOTO_LIMITS.photosPerKey} 张照片。请先删除不需要的照片，再添加。`,
  total: `本机照片已达上限（共 ${formatBytes(PHOTO_LIMITS.photoBytesTotal)}）。请先导出备份，再删除不再需要的照片或自查记录，然后再添加。`,
  bad: '照片数据不完整，未保存。',
} as const;

/** A photo to add: the compressed image and where it belongs (id and size are set here). */
export interface NewPhoto {
  assessmentId: string;
  key: string;
  role: PhotoRole;
  type: Photo['type'];
  bytes: ArrayBuffer;
  width: number;
  height: number;
  /** When it was taken; now when not given. */
  takenAt?: string;
}

/** Why a photo cannot join the device now (limits), or undefined when it can. */
function refusal(p: Photo, among: readonly Photo[]): string | undefined {
  if (p.size > PHOTO_LIMITS.photoBytes) return PHOTO_MESSAGES.tooBig;
  if (!PhotoSchema.safeParse(p).success || !wellFormed(p)) return PHOTO_MESSAGES.bad;
  if (countOf(p.assessmentId, p.key, among) >= PHOTO_LIMITS.photosPerKey) return PHOTO_MESSAGES.perKey;
  const total = among.reduce((n, x) => n + x.size, 0);
  if (total + p.size > PHOTO_LIMITS.photoBytesTotal) return PHOTO_MESSAGES.total;
  return undefined;
}

/** Saves a compressed photo for an item or hazard; refused with a message past a limit or before photos are read. */
export function addPhoto(input: NewPhoto): PhotoResult {
  if (!photos.$loaded.get()) return { ok: false, error: PHOTO_MESSAGES.notLoaded };
  const p: Photo = {
    id: newId(),
    assessmentId: input.assessmentId,
    key: input.key,
    role: input.role,
    type: input.type,
    bytes: input.bytes,
    width: input.width,
    height: input.height,
    size: input.bytes.byteLength,
    takenAt: input.takenAt ?? new Date().toISOString(),
  };
  const why = refusal(p, list());
  if (why) return { ok: false, error: why };
  if (!vault.write([{ coll: photos, id: p.id, value: p }], '照片')) return { ok: false, error: PHOTO_MESSAGES.notLoaded };
  return { ok: true, id: p.id };
}

/** Deletes one photo (the UI asks first). */
export function removePhoto(id: string): boolean {
  return vault.write([{ coll: photos, id, value: undefined }], '删除照片');
}

/** The deletions of every photo of an assessment, to write together with deleting the assessment itself. */
export function photoChangesForDelete(assessmentId: string): Change<Photo>[] {
  return list()
    .filter((p) => p.assessmentId === assessmentId)
    .map((p) => ({ coll: photos, id: p.id, value: undefined }));
}

export type CopyResult = { ok: true; changes: Change<Photo>[] } | { ok: false; error: string };

/**
 * The new records that copy the photos of the given keys from one assessment to another (new ids, same bytes), to write
 * with the re-check itself; refused as a whole when the copies would pass the device total.
 */
export function photoChangesForCopy(fromAssessment: string, toAssessment: string, keys: readonly string[]): CopyResult {
  const wanted = new Set(keys);
  const sources = list()
    .filter((p) => p.assessmentId === fromAssessment && wanted.has(p.key))
    .sort(byTime);
  const changes: Change<Photo>[] = [];
  const added: Photo[] = [];
  for (const src of sources) {
    const p: Photo = { ...src, id: newId(), assessmentId: toAssessment };
    const why = refusal(p, [...list(), ...added]);
    if (why) return { ok: false, error: why };
    added.push(p);
    changes.push({ coll: photos, id: p.id, value: p });
  }
  return { ok: true, changes };
}

/** Copies the photos of some keys to another assessment and saves them; the number copied, or why not. */
export function copyPhotos(
  fromAssessment: string,
  toAssessment: string,
  keys: readonly string[],
): { ok: true; count: number } | { ok: false; error: string } {
  if (!photos.$loaded.get()) return { ok: false, error: PHOTO_MESSAGES.notLoaded };
  const r = photoChangesForCopy(fromAssessment, toAssessment, keys);
  if (!r.ok) return r;
  if (r.changes.length && !vault.write(r.changes, '复制照片')) return { ok: false, error: PHOTO_MESSAGES.notLoaded };
  return { ok: true, count: r.changes.length };
}

// A 200 kB photo is 273,068 base64 characters plus its header.
const MAX_DATA_URL = Math.ceil((PHOTO_LIMITS.photoBytes * 4) / 3) + 64;

/** One photo as an export file carries it: the record with its bytes as a base64 data URL. */
export const ExportedPhotoSchema = z.object({
  id: z.string().check(z.regex(ID)),
  assessmentId: z.string().check(z.regex(ID)),
  key: z.string().check(z.minLength(1), z.maxLength(80)),
  role: z.enum(PHOTO_ROLES),
  /** Pixel size, as in the record (checked as the record is). */
  width: z.number(),
  height: z.number(),
  takenAt: z.string().check(z.maxLength(40)),
  /** data:image/jpeg;base64,… */
  dataUrl: z.string().check(z.maxLength(MAX_DATA_URL), z.regex(/^data:image\//)),
});
export type ExportedPhoto = z.output<typeof ExportedPhotoSchema>;

/** The `photos` array of an export file. */
export const ExportedPhotoListSchema = z.array(ExportedPhotoSchema);

/** The photos of an assessment for its export file, oldest first. Waits until saved photos are read. */
export async function exportPhotos(assessmentId: string): Promise<ExportedPhoto[]> {
  await vault.start();
  return list()
    .filter((p) => p.assessmentId === assessmentId)
    .sort(byTime)
    .map((p) => ({
      id: p.id,
      assessmentId: p.assessmentId,
      key: p.key,
      role: p.role,
      width: p.width,
      height: p.height,
      takenAt: p.takenAt,
      dataUrl: toDataUrl(p.bytes, p.type),
    }));
}

export interface ImportPhotosResult {
  /** Photos saved. */
  added: number;
  /** Photos already on this device (same id), left as they are. */
  present: number;
  /** Photos not imported, with why, in Chinese (empty when all went in). */
  problems: string[];
}

/**
 * Saves the photos of an export file's `photos` array (all in one transaction). Photos already here are kept, broken
 * ones and those past a limit are skipped and named in `problems`; the rest go in. Waits until saved photos are read.
 */
export async function importPhotos(input: unknown): Promise<ImportPhotosResult> {
  await vault.start();
  const out: ImportPhotosResult = { added: 0, present: 0, problems: [] };
  if (input === undefined) return out;
  if (!Array.isArray(input)) return { ...out, problems: ['照片数据不是列表，未导入照片。'] };
  const have = photos.$items.get();
  const added: Photo[] = [];
  let broken = 0;
  const refused = new Map<string, number>();
  for (const raw of input) {
    const r = ExportedPhotoSchema.safeParse(raw);
    const data = r.success ? fromDataUrl(r.data.dataUrl) : undefined;
    if (!r.success || !data || (data.type !== PHOTO_TYPE && data.type !== 'image/webp') || data.bytes.byteLength === 0) {
      broken++;
      continue;
    }
    if (have[r.data.id] || added.some((p) => p.id === r.data.id)) {
      out.present++;
      continue;
    }
    const { dataUrl: _, ...rest } = r.data;
    const p: Photo = { ...rest, type: data.type, bytes: data.bytes, size: data.bytes.byteLength };
    const why = refusal(p, [...Object.values(have), ...added]);
    if (why) {
      refused.set(why, (refused.get(why) ?? 0) + 1);
      continue;
    }
    added.push(p);
  }
  if (broken) out.problems.push(`有 ${broken} 张照片的数据不完整，未导入。`);
  for (const [why, n] of refused) out.problems.push(`${n} 张照片未导入：${why}`);
  if (
    added.length &&
    !vault.write(
      added.map((p) => ({ coll: photos, id: p.id, value: p })),
      '导入照片',
    )
  ) {
    out.problems.push(PHOTO_MESSAGES.notLoaded);
    return out;
  }
  out.added = added.length;
  return out;
}

/** Resolves once saved photos have been read (the store may be loaded after the vault started). */
function whenLoaded(): Promise<void> {
  if (photos.$loaded.get()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = photos.$loaded.subscribe((ok) => {
      if (!ok) return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

/** Deletes every photo of an assessment once they are read: called when the assessment itself is deleted. */
export async function removePhotosOf(assessmentId: string): Promise<void> {
  await whenLoaded();
  const changes = photoChangesForDelete(assessmentId);
  if (changes.length) vault.write(changes, '删除照片');
}

/** Copies the photos of the carried hazards into a re-check once they are read; why not, when refused. */
export async function copyPhotosWhenLoaded(fromAssessment: string, toAssessment: string, keys: readonly string[]) {
  await whenLoaded();
  const r = copyPhotos(fromAssessment, toAssessment, keys);
  if (!r.ok) raiseNotice({ id: `photo-copy-${toAssessment}`, text: `复查记录已建好，但照片没有复制过去：${r.error}`, level: 'alert' });
  return r;
}
