import { describe, expect, it } from 'vitest'
import { HttpError } from './http.ts'
import { createQueryClient } from './query-client.ts'

/** How many times the app's query client calls a query function that always fails with `error`. */
async function attemptsAfter(error: HttpError): Promise<number> {
  let attempts = 0
  const queryFn = async () => {
    attempts += 1
    throw error
  }
  // No wait between attempts: the test is about how many there are.
  await createQueryClient()
    .fetchQuery({ queryKey: ['failing'], queryFn, retryDelay: 0 })
    .catch(() => {})
  return attempts
}

describe('the query client', () => {
  it('never asks again after a 404: it is an answer', async () => {
    expect(await attemptsAfter(new HttpError(404, 'Not found'))).toBe(1)
  })

  it('asks once more after a dropped connection or a server error', async () => {
    for (const status of [0, 500, 503]) {
      expect(await attemptsAfter(new HttpError(status, 'failed')), String(status)).toBe(2)
    }
  })
})
