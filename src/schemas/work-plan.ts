import { z } from 'astro/zod';

/** Who acts on a work-plan task. */
export const ACTORS = ['enterprise', 'department', 'both'] as const;
export const ACTOR_LABELS = { enterprise: '企业', department: '应急部门', both: '企业和应急部门' } as const;

/** A deadline named in the plan. */
export const DeadlineSchema = z.object({
  /** As the plan words it: 6月30日前, 12月底前, 2024年底前, 年底前… */
  when: z.string().min(2),
  /** Who must act by then. */
  who: z.string().min(2),
  /** What must be done, in our own words. */
  what: z.string().min(4),
  /** Sort key (YYYY-MM-DD) for the deadlines table. */
  sortKey: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** One of the twenty tasks, summarised in our own words (content/work-plan/tasks.yaml). */
export const TaskSchema = z
  .object({
    /** Stable id task-{n}. */
    id: z.string().regex(/^task-([1-9]|1\d|20)$/, 'id 写成 task-N'),
    /** Task number 1–20 (also the anchor task-{n} in the 原文). */
    number: z.number().int().min(1).max(20),
    /** Short title in our words. */
    title: z.string().min(2).max(20),
    /** Two or three sentences in plain words. */
    summary: z.string().min(20),
    actor: z.enum(ACTORS),
    deadlines: z.array(DeadlineSchema).default([]),
  })
  .strict();
export type Task = z.output<typeof TaskSchema>;

/** A visible mend of a transcription gap in the 原文 (content/work-plan/mends.yaml). */
export const MendSchema = z
  .object({
    /** Stable id, e.g. mend-header, mend-t2-standard. */
    id: z.string().regex(/^mend-[a-z0-9-]+$/, 'id 以 mend- 开头'),
    /** Where: "header", "part-3" or "task-N". */
    at: z.string().regex(/^(header|part-[1-5]|task-([1-9]|1\d|20))$/, 'at 写 header、part-N 或 task-N'),
    /** The transcribed text exactly as it stands; must occur exactly once there. */
    transcribed: z.string().min(1),
    /** The 校注 shown right after it. */
    note: z.string().min(2),
    /** False when the reading is uncertain (the note then says so). */
    certain: z.boolean(),
  })
  .strict();
export type Mend = z.output<typeof MendSchema>;
