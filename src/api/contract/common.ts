import { z } from 'zod';

/**
 * A timestamp as an Octopus server sends it: ISO-8601, usually with an offset and up to seven
 * fractional digits ("2026-11-21T10:00:00.1234567+00:00"). Anything `Date.parse` reads passes.
 */
export const timestampSchema = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Invalid timestamp' });

/**
 * A field the server may leave out or send as null (C# servers send null; others omit it).
 * Both read as null, so the app has one way to say "absent".
 */
export function optional<S extends z.ZodType>(schema: S) {
  return schema.nullish().transform((value): z.output<S> | null => value ?? null);
}

/** A list the server may leave out or send as null: both read as empty. */
export function optionalList<S extends z.ZodType>(item: S) {
  return z
    .array(item)
    .nullish()
    .transform((value): z.output<S>[] => value ?? []);
}

/** A string map (labels, annotations) the server may leave out or send as null. */
export const stringMapSchema = z
  .record(z.string(), z.string().nullable())
  .nullish()
  .transform((value): Record<string, string> =>
    Object.fromEntries(
      Object.entries(value ?? {}).filter((entry): entry is [string, string] => entry[1] !== null),
    ),
  );

/** HAL-style links every Octopus resource carries: name -> URI template. */
export const linksSchema = optional(z.record(z.string(), z.string()));

/**
 * One page of a list (`ResourceCollection<T>`). `LastPageNumber` counts from zero; `Links` has
 * `Self`, `Template`, `Page.All`, `Page.Current`, `Page.Last` and, when there is one, `Page.Next`.
 */
export function resourceCollectionSchema<S extends z.ZodType>(item: S) {
  return z.object({
    ItemType: optional(z.string()),
    TotalResults: z.number().int(),
    ItemsPerPage: optional(z.number().int()),
    NumberOfPages: optional(z.number().int()),
    LastPageNumber: optional(z.number().int()),
    Items: z.array(item),
    Links: linksSchema,
  });
}

/** The body of an Octopus error response (`OctopusErrorResource`: `Errors` is often null). */
export const errorBodySchema = z.object({
  ErrorMessage: optional(z.string()),
  Errors: optionalList(z.string()),
  FullException: optional(z.string()),
  HelpText: optional(z.string()),
  ParsedHelpLinks: optionalList(z.string()),
  Details: optional(z.unknown()),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
