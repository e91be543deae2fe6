import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PACKAGES = join(PACKAGE_ROOT, '..');
const REPOSITORY = join(PACKAGES, '..');
const git = (args: readonly string[]) =>
  execFileSync('git', args, { cwd: REPOSITORY, maxBuffer: 256 * 1024 * 1024 });

/**
 * The release before a migration: the parent of the first commit whose migration journal names
 * `tag` (e.g. `idempotency_used_at`; renumbering after a merge keeps the name). FAHRPLAN_PREVIOUS_RELEASE
 * (any git revision) overrides it.
 */
export const releaseBefore = (tag: string): string => {
  const override = process.env.FAHRPLAN_PREVIOUS_RELEASE;
  if (override)
    return git(['rev-parse', '--verify', `${override}^{commit}`])
      .toString()
      .trim();
  const added = git([
    'log',
    '--format=%H',
    '--reverse',
    `-G${tag}`,
    '--',
    'packages/api/drizzle/meta/_journal.json',
  ])
    .toString()
    .split('\n')[0];
  if (!added) throw new Error(`no commit adds migration ${tag}: is this a full git clone?`);
  return git(['rev-parse', `${added}^`])
    .toString()
    .trim();
};

/** A copy of an older release's api and domain packages that runs on this tree's node_modules. */
export interface ReleaseCheckout {
  readonly revision: string;
  /** The old packages/api: pass as `packageRoot` to startServer. */
  readonly packageRoot: string;
  remove(): void;
}

/**
 * Unpacks `revision`'s packages/api and packages/domain (git archive) into a temporary folder.
 * The dependencies are this tree's (symlinked), except `@fahrplan/domain`, which is the old
 * release's own: the old api runs with exactly its own code, via tsx, without a build.
 */
export const checkOutRelease = (revision: string): ReleaseCheckout => {
  const root = mkdtempSync(join(tmpdir(), 'fahrplan-release-'));
  const archive = git([
    'archive',
    '--format=tar',
    revision,
    'tsconfig.base.json',
    'packages/api',
    'packages/domain',
  ]);
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  const api = join(root, 'packages', 'api');
  const modules = join(api, 'node_modules');
  mkdirSync(join(modules, '@fahrplan'), { recursive: true });
  for (const entry of readdirSync(join(PACKAGE_ROOT, 'node_modules'))) {
    if (entry !== '@fahrplan')
      symlinkSync(join(PACKAGE_ROOT, 'node_modules', entry), join(modules, entry));
  }
  symlinkSync(join(root, 'packages', 'domain'), join(modules, '@fahrplan', 'domain'));
  symlinkSync(
    join(PACKAGES, 'domain', 'node_modules'),
    join(root, 'packages', 'domain', 'node_modules'),
  );
  return {
    revision,
    packageRoot: api,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
};
