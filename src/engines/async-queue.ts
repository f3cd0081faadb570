/** A push-to-pull adapter: a producer pushes text pieces, a consumer reads them as an async iterator. */
export class AsyncQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private waiting: ((r: IteratorResult<T, undefined>) => void) | undefined;
  private failed: ((e: unknown) => void) | undefined;
  private ended = false;
  private failure: { error: unknown } | undefined;

  push(item: T): void {
    if (this.waiting) this.settle({ value: item, done: false });
    else this.items.push(item);
  }

  /** No more items; pending and later reads finish. */
  end(): void {
    this.ended = true;
    if (this.waiting) this.settle({ value: undefined, done: true });
  }

  /** Reads after the buffered items throw `error`. */
  fail(error: unknown): void {
    this.failure = { error: error ?? new Error('failed') };
    this.ended = true;
    const failed = this.failed;
    this.waiting = this.failed = undefined;
    failed?.(this.failure.error);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        yield this.items.shift() as T;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.ended) return;
      const next = await new Promise<IteratorResult<T, undefined>>((resolve, reject) => {
        this.waiting = resolve;
        this.failed = reject;
      });
      if (next.done) return;
      yield next.value;
    }
  }

  private settle(result: IteratorResult<T, undefined>): void {
    const waiting = this.waiting;
    this.waiting = this.failed = undefined;
    waiting?.(result);
  }
}
