/**
 * A Map that keeps at most `max` entries, dropping the least recently used (read or written) first.
 * keyv takes any Map as its memory store and can then list its keys, which removing a workspace's
 * data needs; an LRU library's cache is not a Map, so keyv could not.
 */
export class LruMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key)!;
    // A Map iterates in insertion order: moving the entry to the end makes it the most recent.
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.max) super.delete(this.keys().next().value!);
    return this;
  }
}
