/** Labels for practice topics and articles, from the taxonomy (one list every practice view reads). */
import { clauseLabel, domainOfArticle, DOMAINS } from '../../lib/taxonomy';

export const TOPIC_LABEL: Record<string, string> = {
  ...Object.fromEntries(DOMAINS.map((d) => [d.slug, d.label])),
  law: '法律法规与工作要点',
};

/** 'a4' → 第四条（冶金）; 'law' → the law topic's label. */
export function articleLabel(key: string): string {
  const n = Number(key.slice(1));
  const d = domainOfArticle(n);
  return d ? `${clauseLabel(n)}（${d.label}）` : (TOPIC_LABEL[key] ?? key);
}

/** The domain page of an article key, if any. */
export function articlePath(key: string): string | undefined {
  return domainOfArticle(Number(key.slice(1)))?.slug;
}
