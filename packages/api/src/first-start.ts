import { sql } from 'drizzle-orm';
import { createToken } from './auth/tokens.js';
import type { CommandExecutor } from './commands/execute.js';
import type { Database } from './database/index.js';
import { isEmpty, seedDemo } from './seed/demo.js';

/**
 * A fresh embedded database gets the demo process and two tokens to try writes with, so a new
 * user sees the whole chain from the 2017 workshops to an adopted measure at once.
 */
export const prepareFirstStart = async (
  database: Database,
  execute: CommandExecutor,
  options: { now: string; timeZone: string; log: (line: string) => void },
): Promise<void> => {
  if (await isEmpty(database)) {
    options.log('Leere Datenbank: lade die Demo der StrategieWerkstatt …');
    const steps = await seedDemo(database, execute, {
      now: options.now,
      timeZone: options.timeZone,
    });
    options.log(`Demo geladen (${steps} Befehle).`);
  }
  const [tokens] = await database.rows<{ count: number | string }>(
    sql`SELECT count(*) AS count FROM api_tokens`,
  );
  if (Number(tokens?.count) > 0) return;
  const team = await createToken(database, { role: 'team', name: 'Projektteam (erster Start)' });
  const ministry = await createToken(database, {
    role: 'ministry',
    name: 'Ministerium (erster Start)',
  });
  options.log(
    [
      '',
      'Zugangstoken (nur jetzt sichtbar; als „Authorization: Bearer <token>“ senden):',
      `  Projektteam: ${team.token}`,
      `  Ministerium: ${ministry.token}`,
      'Weitere: pnpm fahrplan token create --role partner --name "…"',
      '',
    ].join('\n'),
  );
};
