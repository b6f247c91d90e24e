// Runs publint and Are The Types Wrong on every publishable package (ESM-only profile).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dirs = readdirSync('packages')
  .map((name) => join('packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);

let failed = false;
for (const dir of dirs) {
  // Stylesheets and script-tag bundles have no types to resolve.
  const exportsMap = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports ?? {};
  const styles = Object.keys(exportsMap).filter((key) => key.endsWith('.css') || key.endsWith('.iife.js'));
  const exclude = styles.length ? ['--exclude-entrypoints', ...styles] : [];
  for (const [tool, args] of [
    ['publint', ['publint', dir, '--strict']],
    [
      'attw',
      ['attw', '--pack', dir, '--profile', 'esm-only', '--format', 'table-flipped', '--quiet', ...exclude],
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
process.exit(failed ? 1 : 0);
