/**
 * Fails the build when content refers to an id that does not exist (a criterion a99-9, a regulation, a fact…).
 * Schemas check one entry at a time; this runs once over all collections, the first time a page asks for content.
 */
import { getCollection } from 'astro:content';
import { assertRefs } from '../lib/content-refs';
import { collectRefs, knownIds, type ContentSet } from '../lib/content-graph';

const withFile = <D>(list: { id: string; filePath?: string | undefined; data: D }[], fallback: string) =>
  list.map((e) => ({ id: e.id, file: e.filePath ?? `${fallback}/${e.id}`, data: e.data }));

let checked: Promise<void> | undefined;

/** Resolves when every reference resolves; rejects (failing the build) with one Chinese line per broken one. */
export function checkContentRefs(): Promise<void> {
  checked ??= (async () => {
    const set: ContentSet = {
      criteria: withFile(await getCollection('criteria'), 'content/criteria'),
      regulations: withFile(await getCollection('regulations'), 'content/regulations'),
      cases: withFile(await getCollection('cases'), 'content/cases'),
      questions: withFile(await getCollection('questions'), 'content/questions'),
      duties: withFile(await getCollection('duties'), 'content/checks'),
      kits: withFile(await getCollection('kits'), 'content/training/kits.yaml'),
      changes: withFile(await getCollection('changes'), 'content/changes.yaml'),
      facts: await getCollection('facts'),
    };
    assertRefs(knownIds(set), collectRefs(set));
  })();
  return checked;
}
