/** Where the seed writes: a terminal gets a bar redrawn in place, anything else plain lines. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

const WIDTH = 28;

/** A one-line progress bar on a terminal; a line every tenth of the way otherwise. */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private lastTenth = 0;
  private readonly started = Date.now();

  constructor(
    private readonly out: Output,
    private readonly label: string,
    private readonly total: number,
  ) {
    if (out.isTTY) this.draw();
  }

  tick(): void {
    this.done++;
    if (this.out.isTTY) {
      if (Date.now() - this.lastDraw >= 50 || this.done === this.total) this.draw();
      return;
    }
    const tenth = Math.floor((this.done * 10) / this.total);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.out.write(`  ${this.label} ${this.done}/${this.total} (${this.seconds()} s)\n`);
    }
  }

  /** Ends the bar's line. */
  finish(): void {
    if (this.out.isTTY) {
      this.draw();
      this.out.write('\n');
    }
  }

  seconds(): string {
    return ((Date.now() - this.started) / 1000).toFixed(1);
  }

  private draw(): void {
    this.lastDraw = Date.now();
    const filled = this.total ? Math.round((this.done / this.total) * WIDTH) : WIDTH;
    this.out.write(`\r  ${this.label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${this.done}/${this.total}  ${this.seconds()} s\u001b[K`);
  }
}
