import * as v from 'valibot'

/**
 * `v.parse` for code that stops on bad data (build scripts, tests): throws an Error whose message lists every issue
 * with where it is (`× Invalid type: Expected number but received undefined → at readingMinutes`). valibot's own
 * `ValiError` carries only the first issue's message and no path, which is too little to fix a damaged file from.
 */
export function parseOrThrow<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value)
  if (!result.success) throw new Error(`invalid data:\n${v.summarize(result.issues)}`)
  return result.output
}
