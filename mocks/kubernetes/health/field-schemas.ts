import { z } from 'zod';

/*
 * Schemas for the fields the health rules read, with Go's semantics: gitops-engine converts each
 * object to its typed Go struct before judging it, so an absent or null field reads as its zero
 * value (0, "", false, an empty list or map, a struct of zero values), while a field of the wrong
 * type (a number as a string, a list that is an object) fails the conversion. Only the fields a
 * rule reads are declared; the rest of an object is neither checked nor copied.
 */

/** An integer that reads as 0 when absent. */
export const count = z
  .int()
  .nullish()
  .transform((value) => value ?? 0);

/** An integer whose absence means something (a pointer in Go): null when absent. */
export const optionalCount = z
  .int()
  .nullish()
  .transform((value) => value ?? null);

/** A string that reads as "" when absent. */
export const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

/** A string whose absence means something: null when absent. */
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** A boolean that reads as false when absent. */
export const flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);

/** A list that reads as empty when absent. */
export function listOf<S extends z.ZodType>(item: S) {
  return z
    .array(item)
    .nullish()
    .transform((value): z.output<S>[] => value ?? []);
}

/** A string map (labels, annotations) that reads as empty when absent. */
export const textMap = z
  .record(z.string(), text)
  .nullish()
  .transform((value): Record<string, string> => value ?? {});

/** A nested object that reads as all zero values when absent. */
export function struct<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.preprocess((value) => value ?? {}, z.object(shape));
}

/** A nested object whose absence means something (a pointer in Go): null when absent. */
export function pointer<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .object(shape)
    .nullish()
    .transform((value) => value ?? null);
}

/** The metadata fields the rules read. */
export const objectMeta = struct({ name: text, generation: count, annotations: textMap });

/** A status condition, as every kind writes them. */
export const condition = struct({ type: text, status: text, reason: text, message: text });

export type Condition = z.output<typeof condition>;

/** The first condition of a type, as the Go rules look one up. */
export function conditionOf(conditions: readonly Condition[], type: string): Condition | null {
  return conditions.find((candidate) => candidate.type === type) ?? null;
}
