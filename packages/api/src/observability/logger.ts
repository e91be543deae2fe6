import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** One JSON line → `12:00:01 INFO  message key=value …`: readable in a terminal, no extra package. */
const prettyLine = (line: string): string => {
  try {
    const {
      time,
      level,
      msg,
      pid: _pid,
      hostname: _host,
      ...rest
    } = JSON.parse(line) as Record<string, unknown>;
    const clock = new Date(Number(time)).toISOString().slice(11, 23);
    const fields = Object.entries(rest)
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' ');
    return `${clock} ${(LEVEL_NAMES[Number(level)] ?? String(level)).padEnd(5)} ${msg ?? ''} ${fields}\n`;
  } catch {
    return line;
  }
};

const prettyStream = (out: NodeJS.WriteStream): Writable =>
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) out.write(prettyLine(line));
      done();
    },
  });

/** Structured JSON on stdout; one readable line per entry when stdout is a terminal. */
export const createLogger = (level: LogLevel, out: NodeJS.WriteStream = process.stdout): Logger =>
  pino({ level, base: { pid: process.pid } }, out.isTTY ? prettyStream(out) : out);

export type { Logger };
