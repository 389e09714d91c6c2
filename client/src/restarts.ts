// How often a crashed server is restarted: at most `max` times within `windowMs`; after that it
// stays stopped until the user restarts it. No vscode import, so it is unit-tested.
export class RestartPolicy {
  private crashes: number[] = [];
  constructor(
    readonly max = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now`; true if the server may be restarted once more. */
  crashed(now: number): boolean {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    return this.crashes.length <= this.max;
  }

  /** A restart asked for by the user starts a new count. */
  reset(): void {
    this.crashes = [];
  }
}
