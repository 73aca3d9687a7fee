import type { DialogInstance, PromptOptions } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { ParseOutcome } from './prompts/parsed-prompt.ts';

/**
 * A value the dialogs read back from their saved state (a waterfall's values or options, a step's result,
 * a prompt's validations) that does not fit its schema: state saved by an older release, or altered in
 * storage. It names where and which fields, never the values (they may be personal). The conversation
 * runner starts the conversation over with a clear message instead of guessing or failing the turn.
 */
export class UnreadableDialogState extends Error {
  readonly where: string;
  readonly fields: string[];

  constructor(where: string, fields: string[]) {
    super(`the dialog state at ${where} does not fit its schema (${fields.join(', ')})`);
    this.name = 'UnreadableDialogState';
    this.where = where;
    this.fields = fields;
  }
}

/** A saved dialog value, typed by its schema, or UnreadableDialogState. */
export function readDialogValue<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
  throw new UnreadableDialogState(where, [...new Set(fields)]);
}

/** The schema of a prompt's outcome whose value has the given schema (see ParseOutcome). */
export function outcomeSchema<T>(value: z.ZodType<T>): z.ZodType<ParseOutcome<T>> {
  return z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), code: z.string(), detail: z.array(z.string()).optional() }),
  ]);
}

/**
 * A waterfall's values (kept across its steps and turns), read through their schema and written field by
 * field: what a step reads is checked, and what it writes is the dialog's own typed value. The schema is
 * not strict at its top: botbuilder keeps its own keys there (the waterfall's instance id).
 */
export class StepValues<T extends object> {
  private readonly schema: z.ZodType<T>;
  private readonly where: string;

  constructor(schema: z.ZodType<T>, where: string) {
    this.schema = schema;
    this.where = where;
  }

  read(step: { values: object }): T {
    return readDialogValue(this.schema, step.values, this.where);
  }

  write(step: { values: object }, fields: Partial<T>): void {
    Object.assign(step.values, fields);
  }
}

/**
 * Makes a waiting prompt ask again with these options (the same question in the language just chosen):
 * botbuilder keeps the options it was asked with in the prompt's state, and asks again with those.
 */
export function askAgainWith(prompt: DialogInstance, options: PromptOptions): void {
  const state: unknown = prompt.state;
  if (typeof state !== 'object' || state === null) throw new UnreadableDialogState(prompt.id, ['(root)']);
  Object.assign(state, { options });
}
