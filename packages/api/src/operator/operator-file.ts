import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How a CLI reaches the server that owns a PGlite data directory: its address and a secret for
 * its operator routes. Kept in the data directory, readable by its owner only — whoever can read
 * it could open the database files anyway, so it grants nothing they did not have.
 */
export interface OperatorAccess {
  readonly pid: number;
  readonly url: string;
  readonly secret: string;
}

const fileIn = (dataDir: string) => join(dataDir, 'fahrplan.operator.json');

export const writeOperatorAccess = (dataDir: string, access: OperatorAccess): void => {
  writeFileSync(fileIn(dataDir), JSON.stringify(access), { mode: 0o600 });
};

export const removeOperatorAccess = (dataDir: string): void => {
  rmSync(fileIn(dataDir), { force: true });
};

/** The running server's access, if the process `pid` (the directory's owner) wrote one. */
export const readOperatorAccess = (dataDir: string, pid: number): OperatorAccess | undefined => {
  try {
    const access = JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as Partial<OperatorAccess>;
    return access.pid === pid && typeof access.url === 'string' && typeof access.secret === 'string'
      ? { pid, url: access.url, secret: access.secret }
      : undefined;
  } catch {
    return undefined;
  }
};
