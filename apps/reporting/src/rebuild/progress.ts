/** A progress bar on stderr: done/total, events per second, time left. Redraws in place on a terminal, prints a line every few seconds otherwise. */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly tty: boolean;

  constructor(
    private readonly label: string,
    private total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = Boolean(out.isTTY);
  }

  setTotal(total: number): void {
    this.total = total;
  }

  update(done: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < (this.tty ? 150 : 3000)) return;
    this.lastDraw = now;
    this.out.write(`${this.tty ? '\r\u001b[2K' : ''}${renderProgress(this.label, done, this.total, (now - this.started) / 1000)}${this.tty ? '' : '\n'}`);
  }

  finish(done: number): void {
    this.update(done, true);
    if (this.tty) this.out.write('\n');
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** One line: `label [█████░░░░░] 52% 123,456/237,000 events 41,200 events/s 3 s left`. Pure. */
export function renderProgress(label: string, done: number, total: number, seconds: number, width = 30): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * width);
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 && total > done ? Math.ceil((total - done) / rate) : 0;
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${fmt(done)}/${fmt(total)} events ${fmt(rate)} events/s ${left} s left`;
}
