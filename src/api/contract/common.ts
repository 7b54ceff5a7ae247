import { z } from 'zod';

/** An ISO-8601 timestamp with offset, as Octopus sends them ("2026-11-21T10:00:00.000+00:00"). */
export const timestampSchema = z.iso.datetime({ offset: true });

/** The body of an Octopus error response. */
export const errorBodySchema = z.object({
  ErrorMessage: z.string(),
  Errors: z.array(z.string()).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const spaceSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Description: z.string().nullish(),
});
export type Space = z.infer<typeof spaceSchema>;
