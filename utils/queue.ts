// Serialises read-modify-write cycles per storage key inside one JS context (the worker). Storage has
// no transactions, so two overlapping `get → change → set` on the same key would drop one change;
// chaining them per key makes each cycle see the previous one's result. Different keys run in parallel.
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    // A failed task must not block the ones queued after it, hence `then(task, task)`.
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    // Forget idle keys so the map does not grow with every step ever ticked.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running (for tests). */
  get size(): number {
    return this.#tails.size;
  }
}
