/**
 * Turns the one-object practice format (the first release's localStorage value, and every export file) into records.
 * The move of the first release's localStorage data is in practice-legacy.ts (loaded only when old keys exist).
 */
import {
  knownProfile,
  type Attempt,
  type ExamRecord,
  type PracticeExport,
  type PracticeSettings,
  type QuestionProgress,
} from './practice-schema';

export interface PracticeRecords {
  qp: Record<string, QuestionProgress>;
  exams: Record<string, ExamRecord>;
  attempts: Record<string, Attempt>;
  settings: PracticeSettings;
}

/** Splits one practice object into records: each question's progress, each exam, each attempt, the settings. */
export function splitExport(x: PracticeExport, at: string): PracticeRecords {
  const qp: Record<string, QuestionProgress> = {};
  const of = (id: string) => (qp[id] ??= { ts: {}, updatedAt: at });
  for (const [id, s] of Object.entries(x.answered)) of(id).stats = s;
  for (const [id, w] of Object.entries(x.wrong)) of(id).wrong = w;
  for (const [id, c] of Object.entries(x.cards)) of(id).card = c;
  // Favourites keep their order through the time stamp of `fav`.
  x.favorites.forEach((id, i) => {
    const p = of(id);
    p.fav = true;
    p.ts = { ...p.ts, fav: new Date(Date.parse(at) - (x.favorites.length - i)).toISOString() };
  });
  return {
    qp,
    exams: Object.fromEntries(x.history.map((h) => [h.id, h])),
    attempts: x.attempts,
    settings: { settings: x.settings, quickProfile: knownProfile(x.quickProfile), ts: {}, updatedAt: at },
  };
}
