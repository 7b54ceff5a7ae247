import { z } from 'zod';

/**
 * The fields of `value` that `schema` does not name, at any depth, as paths ("Resources[0].Foo").
 * The contract's schemas list every field a real Octopus server sends (and ignore the rest when
 * parsing); this is the strict reading, for checking what the simulated server sends: it must
 * never send a field a real server does not, or the client could come to depend on it.
 */
export function unknownFields(schema: z.ZodType, value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [];
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodCatch ||
    schema instanceof z.ZodLazy
  ) {
    return unknownFields(schema.unwrap() as z.ZodType, value, path);
  }
  if (schema instanceof z.ZodPipe) return unknownFields(schema.in as z.ZodType, value, path);
  if (schema instanceof z.ZodUnion) {
    // The value matches one option: report against the option that leaves the fewest unknowns.
    const options = schema.options as readonly z.ZodType[];
    const readings = options.map((option) => unknownFields(option, value, path));
    return readings.reduce(
      (best, next) => (next.length < best.length ? next : best),
      readings[0] ?? [],
    );
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return [];
    const element = schema.element as z.ZodType;
    return value.flatMap((item, index) =>
      unknownFields(element, item, `${path}[${String(index)}]`),
    );
  }
  if (schema instanceof z.ZodRecord) {
    if (typeof value !== 'object') return [];
    const values = schema.valueType as z.ZodType;
    return Object.entries(value).flatMap(([key, item]) =>
      unknownFields(values, item, `${path}.${key}`),
    );
  }
  if (schema instanceof z.ZodObject) {
    if (typeof value !== 'object' || Array.isArray(value)) return [];
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.entries(value).flatMap(([key, item]) => {
      const field = shape[key];
      const at = path === '' ? key : `${path}.${key}`;
      return field === undefined ? [at] : unknownFields(field, item, at);
    });
  }
  return [];
}
