import './schemas/error-map'; // Chinese messages for zod's built-in checks (must load before any schema parses)
import { defineCollection } from 'astro:content';
import { CriterionSchema } from './schemas/criterion';
import { RegulationSchema } from './schemas/regulation';
import { CaseSchema } from './schemas/case';
import { QuestionSchema } from './schemas/question';
import { DutySchema } from './schemas/duty';
import { TaskSchema, MendSchema } from './schemas/work-plan';
import { KitSchema } from './schemas/kit';
import { FactSchema } from './schemas/fact';
import { ChangeSchema } from './schemas/change';
import { yamlArrayLoader } from './loaders/yaml-array';
import { checkedGlob } from './loaders/checked-glob';
import { z } from 'astro/zod';
import { joinCjkDeep } from './lib/cjk';

/** Every collection's data passes through joinCjkDeep first: wrapped Chinese lines never leave stray spaces. */
const cjk = <S extends z.ZodType>(schema: S) => z.preprocess(joinCjkDeep, schema);

/** An MDX folder whose frontmatter errors come out in Chinese, naming file, entry and field. */
const mdx = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({ loader: checkedGlob('*.mdx', `./content/${folder}`, cjk(schema)), schema: cjk(schema) });

const regulations = mdx('regulations', RegulationSchema);
const criteria = mdx('criteria', CriterionSchema);
const cases = mdx('cases', CaseSchema);
const questions = defineCollection({ loader: yamlArrayLoader('./content/questions', QuestionSchema), schema: cjk(QuestionSchema) });
const duties = defineCollection({ loader: yamlArrayLoader('./content/checks', DutySchema), schema: cjk(DutySchema) });
const tasks = defineCollection({ loader: yamlArrayLoader('./content/work-plan/tasks.yaml', TaskSchema), schema: cjk(TaskSchema) });
const mends = defineCollection({ loader: yamlArrayLoader('./content/work-plan/mends.yaml', MendSchema), schema: MendSchema }); // transcribed text must stay byte-exact

const kits = defineCollection({ loader: yamlArrayLoader('./content/training/kits.yaml', KitSchema), schema: cjk(KitSchema) });
const facts = defineCollection({ loader: yamlArrayLoader('./content/facts.yaml', FactSchema), schema: FactSchema }); // detect patterns stay byte-exact
const changes = defineCollection({ loader: yamlArrayLoader('./content/changes.yaml', ChangeSchema), schema: cjk(ChangeSchema) });

export const collections = { regulations, criteria, cases, questions, duties, tasks, mends, kits, facts, changes };
