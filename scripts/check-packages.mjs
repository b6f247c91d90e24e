// Packs every publishable package as npm would receive it (pnpm pack), then checks the tarball: publint,
// Are The Types Wrong (ESM-only profile), and the manifest and README a reader of npm sees.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dirs = readdirSync('packages')
  .map((name) => join('packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);

/** What the packed manifest and README must hold; each problem is one line. */
function manifestProblems(pkg, readme) {
  const problems = [];
  for (const field of ['description', 'homepage', 'license']) if (!pkg[field]) problems.push(`no ${field}`);
  if (!pkg.repository?.url || !pkg.repository?.directory) problems.push('no repository with its directory');
  if (!pkg.bugs?.url) problems.push('no bugs url');
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length < 3) problems.push('fewer than 3 keywords');
  if (JSON.stringify(pkg).includes('@mord/source'))
    problems.push('the workspace-only @mord/source condition');
  if (JSON.stringify(pkg).includes('workspace:')) problems.push('a workspace: dependency');
  if (pkg.type !== 'module') problems.push('not "type": "module"');
  if (/\]\((?!https?:|#)[^)]*\)/.test(readme))
    problems.push('a relative link in the README (not in the tarball)');
  if (!/ESM only/i.test(readme)) problems.push('the README does not say "ESM only"');
  return problems;
}

const out = mkdtempSync(join(tmpdir(), 'mord-pack-'));
let failed = false;
for (const dir of dirs) {
  const exportsMap = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports ?? {};
  // Stylesheets and script-tag bundles have no types to resolve.
  const styles = Object.keys(exportsMap).filter((key) => key.endsWith('.css') || key.endsWith('.iife.js'));
  const exclude = styles.length ? ['--exclude-entrypoints', ...styles] : [];
  const dest = join(out, dir.replaceAll('/', '-'));
  execFileSync('pnpm', ['pack', '--pack-destination', dest], { cwd: dir, stdio: 'pipe' });
  const tarball = join(
    dest,
    readdirSync(dest).find((f) => f.endsWith('.tgz')),
  );
  execFileSync('tar', ['xzf', tarball, '-C', dest]);
  const packed = JSON.parse(readFileSync(join(dest, 'package', 'package.json'), 'utf8'));
  const problems = manifestProblems(packed, readFileSync(join(dest, 'package', 'README.md'), 'utf8'));
  if (problems.length) {
    failed = true;
    console.log(`FAIL manifest ${dir}: ${problems.join('; ')}`);
  } else console.log(`ok   manifest ${dir}`);
  for (const [tool, args] of [
    ['publint', ['publint', dir, '--strict', '--pack', 'pnpm']],
    [
      'attw',
      ['attw', resolve(tarball), '--profile', 'esm-only', '--format', 'table-flipped', '--quiet', ...exclude],
    ],
  ]) {
    try {
      execFileSync('pnpm', ['exec', ...args], { stdio: 'pipe' });
      console.log(`ok   ${tool.padEnd(8)} ${dir}`);
    } catch (error) {
      failed = true;
      console.log(`FAIL ${tool.padEnd(8)} ${dir}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}
rmSync(out, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
