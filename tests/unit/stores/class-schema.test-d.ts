/** Pins the trainer's stored class (src/stores/class-schema.ts) to the logic that aggregates it (src/lib/practice/class-record.ts). */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { aggregateClass } from '../../../src/lib/practice/class-record';
import type { ClassEntrySchema, ClassStateSchema } from '../../../src/stores/class-schema';

type Entry = z.output<typeof ClassEntrySchema>;

describe('class-schema ↔ lib types', () => {
  it('a stored pass mark is one the class record accepts', () => {
    expectTypeOf<Entry['passMark']>().toEqualTypeOf<80 | 85>();
    expectTypeOf<Entry['passMark']>().toMatchTypeOf<Parameters<typeof aggregateClass>[2]>();
  });

  it('stored codes are the plain strings the result-code decoder reads', () => {
    expectTypeOf<Entry['codes']>().toEqualTypeOf<string[]>();
  });

  it('classes are kept by paper key', () => {
    expectTypeOf<z.output<typeof ClassStateSchema>['classes']>().toEqualTypeOf<Record<string, Entry>>();
  });
});
