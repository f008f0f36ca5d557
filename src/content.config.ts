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

const regulations = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/regulations' }),
  schema: RegulationSchema,
});
const criteria = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/criteria' }),
  schema: CriterionSchema,
});
const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: CaseSchema,
});
const questions = defineCollection({ loader: yamlArrayLoader('./content/questions', QuestionSchema), schema: QuestionSchema });
const duties = defineCollection({ loader: yamlArrayLoader('./content/checks', DutySchema), schema: DutySchema });
const tasks = defineCollection({ loader: yamlArrayLoader('./content/work-plan/tasks.yaml', TaskSchema), schema: TaskSchema });
const mends = defineCollection({ loader: yamlArrayLoader('./content/work-plan/mends.yaml', MendSchema), schema: MendSchema });

const kits = defineCollection({ loader: yamlArrayLoader('./content/training/kits.yaml', KitSchema), schema: KitSchema });

export const collections = { regulations, criteria, cases, questions, duties, tasks, mends, kits };
