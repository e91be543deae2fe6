/**
 * A percentage on stderr for a long phase: rewritten in place on a terminal, a line per
 * quarter otherwise (CI logs). stdout stays clean for the report.
 */
export interface Progress {
  update(done: number): void;
  finish(note?: string): void;
}

export const progress = (label: string, total: number): Progress => {
  const stream = process.stderr;
  const started = performance.now();
  let lastDraw = 0;
  let lastQuarter = -1;
  const percent = (done: number) => Math.min(100, Math.floor((done / Math.max(total, 1)) * 100));
  const draw = (done: number) => {
    stream.write(`\r\x1b[2K${label} ${String(percent(done)).padStart(3)}%`);
  };
  if (stream.isTTY) draw(0);
  return {
    update: (done) => {
      if (stream.isTTY) {
        const now = performance.now();
        if (now - lastDraw >= 100) {
          lastDraw = now;
          draw(done);
        }
        return;
      }
      const quarter = Math.floor(percent(done) / 25);
      if (quarter > lastQuarter && quarter < 4) {
        lastQuarter = quarter;
        stream.write(`${label} ${quarter * 25}%\n`);
      }
    },
    finish: (note) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const line = `${label} 100% (${seconds} s${note ? `, ${note}` : ''})`;
      stream.write(stream.isTTY ? `\r\x1b[2K${line}\n` : `${line}\n`);
    },
  };
};

/** A one-line status on stderr: a step with no percentage. */
export const status = (message: string): void => {
  process.stderr.write(`${message}\n`);
};
