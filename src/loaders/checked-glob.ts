import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { ContentError, formatContentIssues, type SafeParser } from '../lib/content-error';
import { unofficialLinkError } from '../lib/body-links';

/**
 * Astro's glob() loader, but frontmatter is validated with our schema first, so a bad entry fails the build with a
 * Chinese ContentError naming file, entry and field. (Astro's own parse applies its English error map, which
 * overrides ours, and frames the message in English.) After loading, every body is searched for outside
 * addresses that are not *.gov.cn: one fails the build (Astro 7's default Markdown processor runs no remark plugins).
 */
export function checkedGlob(pattern: string, base: string, schema: SafeParser): Loader {
  const inner = glob({ pattern, base });
  return {
    name: 'checked-glob',
    load: async (ctx) => {
      await inner.load({
        ...ctx,
        parseData: async (props) => {
          const r = schema.safeParse(props.data);
          if (!r.success) {
            const root = fileURLToPath(ctx.config.root);
            const file = props.filePath ? path.relative(root, props.filePath).split(path.sep).join('/') : base;
            throw new ContentError(formatContentIssues(file, props.id, r.error.issues));
          }
          return ctx.parseData(props);
        },
      });
      const problems = [...ctx.store.values()]
        .map((e) => unofficialLinkError(e.filePath ?? `${base}/${e.id}`, e.body ?? ''))
        .filter(Boolean);
      if (problems.length) throw new ContentError(problems.join('\n'));
    },
  };
}
