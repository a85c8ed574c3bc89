// What a document's analysis keeps on the side (per-document indexes, readings, marks), kept in
// tables that `forgetDocuments` empties when the document's analysis ends.
//
// Why not plain WeakMaps: V8's young-generation collector keeps every value of a WeakMap alive
// (and soon moves it to the old generation) even when its key, the document's context or tokens,
// is no longer used; the values then wait for a full collection. A document's cached readings,
// indexes and marks (about 100 bytes per byte of text) were all copied and promoted so, after the
// document was done; a table emptied at the document's end lets them die young. Keys are still held
// weakly, so a table read outside `analyseDocument` (a test, a stage called alone) frees as before.

/** Every table made so far: `forgetDocuments` empties them all. */
const TABLES: { forget(): void }[] = [];

/** A `WeakMap` for one document's analysis: emptied when the document's analysis ends. */
export class DocumentCache<K extends object, V> {
  private map = new WeakMap<K, V>();
  constructor() {
    TABLES.push(this);
  }
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  set(key: K, value: V): this {
    this.map.set(key, value);
    return this;
  }
  delete(key: K): boolean {
    return this.map.delete(key);
  }
  forget(): void {
    this.map = new WeakMap();
  }
}

/** A `WeakSet` for one document's analysis (marks on its objects): emptied when the analysis ends. */
export class DocumentSet<K extends object> {
  private set_ = new WeakSet<K>();
  constructor() {
    TABLES.push(this);
  }
  has(key: K): boolean {
    return this.set_.has(key);
  }
  add(key: K): this {
    this.set_.add(key);
    return this;
  }
  delete(key: K): boolean {
    return this.set_.delete(key);
  }
  forget(): void {
    this.set_ = new WeakSet();
  }
}

/** Empties every document table: called when a document's analysis ends (its keys are dead then). */
export function forgetDocuments(): void {
  for (const t of TABLES) t.forget();
}
