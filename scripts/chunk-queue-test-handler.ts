/** For chunk-queue.test.ts: squares numbers, taking ~1 ms each, noting which process did it; 13 fails. */
export const slowSquares = (offset: number) => (items: number[]) =>
  items.map((item) => {
    if (item === 13) throw new Error('13 is not welcome')
    const until = performance.now() + 1
    while (performance.now() < until) {}
    return { square: item * item + offset, pid: process.pid }
  })
