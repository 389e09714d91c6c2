// One check result per open document, for its current version only: diagnostics, outline, folding
// ranges, code actions and hovers of the same version share one check. Settings changes clear it.

export interface Versioned {
  uri: string;
  version: number;
  getText(): string;
}

export class ResultCache<T> {
  private readonly entries = new Map<string, { version: number; result: T }>();

  /** `compute` runs only when the document's version has not been checked yet. */
  constructor(private readonly compute: (doc: Versioned) => T) {}

  get(doc: Versioned): T {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.result;
    const result = this.compute(doc);
    this.entries.set(doc.uri, { version: doc.version, result });
    return result;
  }

  /** The last result of the document, whatever its version. */
  peek(uri: string): T | undefined {
    return this.entries.get(uri)?.result;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
