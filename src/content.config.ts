import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CriterionSchema } from './schemas/criterion';
import { RegulationSchema } from './schemas/regulation';
import { CaseSchema } from './schemas/case';
import { QuestionSchema } from './schemas/question';
import { DutySchema } from './schemas/duty';
import { TaskSchema, MendSchema } from './schemas/work-plan';
import { KitSchema } from './schemas/kit';
import { yamlArrayLoader } from './loaders/yaml-array';
import { z } from 'astro/zod';
import { joinCjkDeep } from './lib/cjk';

/** Every collection's data passes through joinCjkDeep first: wrapped Chinese lines never leave stray spaces. */
const cjk = <S extends z.ZodType>(schema: S) => z.preprocess(joinCjkDeep, schema);

const regulations = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/regulations' }),
  schema: cjk(RegulationSchema),
});
const criteria = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/criteria' }),
  schema: cjk(CriterionSchema),
});
const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: cjk(CaseSchema),
});
const questions = defineCollection({ loader: yamlArrayLoader('./content/questions', QuestionSchema), schema: cjk(QuestionSchema) });
const duties = defineCollection({ loader: yamlArrayLoader('./content/checks', DutySchema), schema: cjk(DutySchema) });
const tasks = defineCollection({ loader: yamlArrayLoader('./content/work-plan/tasks.yaml', TaskSchema), schema: cjk(TaskSchema) });
const mends = defineCollection({ loader: yamlArrayLoader('./content/work-plan/mends.yaml', MendSchema), schema: MendSchema }); // transcribed text must stay byte-exact

const kits = defineCollection({ loader: yamlArrayLoader('./content/training/kits.yaml', KitSchema), schema: cjk(KitSchema) });

export const collections = { regulations, criteria, cases, questions, duties, tasks, mends, kits };
