/**
 * Runs `work` on up to `concurrency` items at once and hands results to `emit` strictly in input order.
 * Concurrency lets the micro-batcher fill its batches; order keeps output line N for input line N.
 * `work` must not reject (processEvent never throws; callers wrap anything else).
 */
export async function runInOrder<Item, Result>(
  items: AsyncIterable<Item>,
  work: (item: Item) => Promise<Result>,
  emit: (result: Result) => Promise<void> | void,
  concurrency: number,
): Promise<void> {
  const inFlight: Array<Promise<Result>> = [];
  for await (const item of items) {
    inFlight.push(work(item));
    if (inFlight.length >= concurrency) await emit(await (inFlight.shift() as Promise<Result>));
  }
  while (inFlight.length > 0) await emit(await (inFlight.shift() as Promise<Result>));
}
