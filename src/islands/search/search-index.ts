import { link } from '../../lib/paths';
import { ShardedIndex } from '../../lib/search/sharded';
import { loadJson } from '../shared/useJson';

let index: ShardedIndex | undefined;

/** The page's one search index: shards and chunks loaded for one query stay for the next. Files are read under the base path. */
export function searchIndex(): ShardedIndex {
  return (index ??= new ShardedIndex((p) => loadJson(link(p))));
}
