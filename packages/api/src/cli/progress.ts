/**
 * A progress line on stderr: redrawn in place on a terminal, a line every few seconds otherwise
 * (CI logs stay short).
 */
export const createProgress = (label: string, stream: NodeJS.WriteStream = process.stderr) => {
  const started = Date.now();
  let lastLine = 0;
  const render = (done: number, total: number | undefined): string => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    if (total === undefined || total === 0) return `${label}: ${done} (${rate}/s)`;
    const share = Math.min(done / total, 1);
    const bar = '█'.repeat(Math.round(share * 24)).padEnd(24, '░');
    return `${label} ${bar} ${Math.round(share * 100)}% ${done}/${total} (${rate}/s)`;
  };
  return {
    update(done: number, total?: number): void {
      if (stream.isTTY) {
        stream.write(`\r${render(done, total)}\u001b[K`);
      } else if (Date.now() - lastLine > 2000) {
        lastLine = Date.now();
        stream.write(`${render(done, total)}\n`);
      }
    },
    done(done: number, total?: number): void {
      stream.write(
        `${stream.isTTY ? '\r' : ''}${render(done, total)}${stream.isTTY ? '\u001b[K' : ''}\n`,
      );
    },
  };
};
