import { z } from 'zod';

/**
 * A list page's filters, read from its URL. Anyone can type anything there (or follow an old or broken
 * link), so a value that does not parse is never an error: that filter is not used, and the page can say
 * so. A repeated parameter (`?status=a&status=b`) does not parse either.
 *
 * Each field's schema gives its value when the parameter is absent (`.optional()` or `.default()`).
 */
export type QueryShape = Record<string, z.ZodType>;
export type QueryOf<S extends QueryShape> = { [K in keyof S]: z.output<S[K]> };

export function readQuery<S extends QueryShape>(shape: S, raw: Record<string, unknown>): { query: QueryOf<S>; ignored: (keyof S & string)[] } {
  const query = {} as QueryOf<S>;
  const ignored: (keyof S & string)[] = [];
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) {
      query[key] = parsed.data as QueryOf<S>[typeof key];
      continue;
    }
    query[key] = shape[key].parse(undefined) as QueryOf<S>[typeof key];
    ignored.push(key);
  }
  return { query, ignored };
}

/** The same reading as one zod schema (for code that only wants the values): it never fails. */
export function lenientQuery<S extends QueryShape>(shape: S) {
  return z.record(z.string(), z.unknown()).catch({}).transform((raw) => readQuery(shape, raw).query);
}
