/**
 * Export and import of saved data, shared by the self-check and the practice stores (one mechanism, not two).
 * A JSON file for devices that can download, and a copyable text code for WeChat, whose browser often cannot.
 */

export const APP_ID = 'gongmao-anquan';
const CODE_PREFIX = 'GMAQ1.';
/** Imports larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 2_000_000;
/**
 * An export file may also carry photos (base64, up to the 30 MB the device keeps, see PHOTO_LIMITS): files get a larger
 * ceiling than pasted codes, which never carry photos.
 */
export const MAX_FILE_IMPORT_BYTES = 45_000_000;

export interface Envelope<T = unknown> {
  app: typeof APP_ID;
  kind: string;
  version: number;
  exportedAt: string;
  data: T;
  /** Photos beside the record (self-check export files only; see stores/photos.ts ExportedPhotoSchema). */
  photos?: unknown[];
}

export type ReadResult = { ok: true; envelope: Envelope } | { ok: false; error: string };

/** Wraps data for export. */
export function makeEnvelope<T>(kind: string, version: number, data: T, now = new Date()): Envelope<T> {
  return { app: APP_ID, kind, version, exportedAt: now.toISOString(), data };
}

/** Serialises an envelope as pretty JSON for a file. */
export const toJsonText = (env: Envelope): string => JSON.stringify(env, null, 1);

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** Serialises an envelope as one line of text that survives being pasted into a chat. */
export const toTextCode = (env: Envelope): string => CODE_PREFIX + toBase64Url(JSON.stringify(env));

const KIND_LABEL: Record<string, string> = { 'self-check': '自查', practice: '练习', class: '班级成绩' };

/**
 * Reads a JSON file's text or a text code and checks the envelope: app, kind and version.
 * The data itself is validated by the caller's schema. Errors are in Chinese and change nothing.
 */
export function readTransfer(input: string, kind: string, maxVersion: number): ReadResult {
  const text = input.trim();
  if (!text) return { ok: false, error: '内容为空：请选择导出的文件，或粘贴完整的数据码。' };
  if (text.length > (text.startsWith(CODE_PREFIX) ? MAX_IMPORT_BYTES : MAX_FILE_IMPORT_BYTES))
    return { ok: false, error: '内容太大，不像本站导出的数据，未导入。' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith(CODE_PREFIX) ? fromBase64Url(text.slice(CODE_PREFIX.length)) : text);
  } catch {
    return {
      ok: false,
      error: text.startsWith(CODE_PREFIX)
        ? '数据码不完整或被改动过（复制时可能少了一截），未导入。'
        : '无法读取：不是有效的导出文件，或文件不完整，未导入。',
    };
  }
  // Each field is checked as it is read (no cast): a file from elsewhere, or edited by hand, is refused with the reason.
  if (typeof raw !== 'object' || raw === null || !('app' in raw) || raw.app !== APP_ID)
    return { ok: false, error: '这不是本站导出的数据，未导入。' };
  const got = 'kind' in raw ? raw.kind : undefined;
  if (got !== kind)
    return { ok: false, error: `这是${(typeof got === 'string' && KIND_LABEL[got]) || '其他'}数据，请到对应页面导入；未导入。` };
  const version = 'version' in raw ? raw.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: '数据版本号无效，未导入。' };
  if (version > maxVersion) return { ok: false, error: '这份数据来自更新版本的本站，请刷新页面后再导入；未导入。' };
  const envelope: Envelope = {
    app: APP_ID,
    kind,
    version,
    exportedAt: 'exportedAt' in raw && typeof raw.exportedAt === 'string' ? raw.exportedAt : '',
    data: 'data' in raw ? raw.data : undefined,
  };
  // Photos that are not a list still reach the photo import, which says why none was imported.
  if ('photos' in raw && raw.photos !== undefined) envelope.photos = Array.isArray(raw.photos) ? raw.photos : [raw.photos];
  return { ok: true, envelope };
}
