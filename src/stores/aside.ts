/**
 * Set-aside records as something the user can take away: an export envelope the import box accepts where the record
 * is one (an assessment, a practice record), the raw text otherwise.
 */
import { makeEnvelope, toJsonText, toTextCode, type Envelope } from '../lib/transfer';
import type { AsideRecord, StoredRecord } from './db';
import { localDate } from '../lib/dates';

const isRow = (x: unknown): x is StoredRecord => !!x && typeof x === 'object' && 'kind' in x && 'data' in x && 'v' in x;

function envelopeOf(r: AsideRecord): Envelope | undefined {
  const raw = r.raw;
  if (isRow(raw)) {
    if (raw.kind === 'assessment') return makeEnvelope('self-check', raw.v, raw.data);
    if (raw.kind === 'exam') return makeEnvelope('practice', 3, practiceWith({ history: [raw.data] }));
    if (raw.kind === 'attempt') return makeEnvelope('practice', 3, practiceWith({ attempts: { [raw.id]: raw.data } }));
    return undefined;
  }
  // One assessment of the first release's list, set aside while moving it.
  if (r.kind === 'assessment' && raw && typeof raw === 'object') return makeEnvelope('self-check', 1, raw);
  return undefined;
}

const practiceWith = (x: object) => ({
  answered: {},
  wrong: {},
  favorites: [],
  history: [],
  cards: {},
  settings: { examN: 20, examMinutes: 20, passMark: 80, onlyMine: false },
  quickProfile: null,
  attempts: {},
  ...x,
});

/** The file text, the text code and a file name for a set-aside record; `importable` when the import box can take it. */
export function asideExport(r: AsideRecord): { json: string; code: string; fileName: string; importable: boolean } {
  const env = envelopeOf(r);
  const day = localDate(r.at);
  if (env) return { json: toJsonText(env), code: toTextCode(env), fileName: `无法读取的记录-${day}.json`, importable: true };
  const text = typeof r.raw === 'string' ? r.raw : JSON.stringify(r.raw);
  return { json: text ?? '', code: text ?? '', fileName: `无法读取的原始数据-${day}.txt`, importable: false };
}
