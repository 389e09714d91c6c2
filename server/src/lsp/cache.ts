// One check result per open document, for its current version only: diagnostics, outline and
// folding ranges of the same version share one parse.

export interface Versioned {
  uri: string;
  version: number;
  getText(): string;
}

export class ResultCache<T> {
  private readonly entries = new Map<string, { version: number; result: T }>();

  /** `compute` runs only when the document's version has not been seen yet. */
  constructor(private readonly compute: (text: string) => T) {}

  get(doc: Versioned): T {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.result;
    const result = this.compute(doc.getText());
    this.entries.set(doc.uri, { version: doc.version, result });
    return result;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
