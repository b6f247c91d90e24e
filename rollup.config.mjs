// One build for every publishable package: ESM JavaScript plus bundled type declarations.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const only = process.env.MORD_PACKAGES?.split(',');
const packages = readdirSync('packages')
  .filter(
    (dir) =>
      existsSync(join('packages', dir, 'package.json')) && existsSync(join('packages', dir, 'src/index.ts')),
  )
  .filter((dir) => !only || only.includes(dir))
  .map((dir) => ({
    dir: join('packages', dir),
    pkg: JSON.parse(readFileSync(join('packages', dir, 'package.json'), 'utf8')),
  }));

/** Copies a package's plain stylesheet next to its build output. */
function copyStyles(dir) {
  return {
    name: 'mord-copy-styles',
    writeBundle() {
      const source = join(dir, 'src/styles.css');
      if (!existsSync(source)) return;
      mkdirSync(join(dir, 'dist'), { recursive: true });
      copyFileSync(source, join(dir, 'dist/styles.css'));
    },
  };
}

function externalFor(pkg) {
  const deps = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    'react/jsx-runtime',
  ];
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) => builtins.has(id) || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

export default packages.flatMap(({ dir, pkg }) => [
  {
    // A package with a command line also builds its entry point.
    input: [
      join(dir, 'src/index.ts'),
      ...(existsSync(join(dir, 'src/cli.ts')) ? [join(dir, 'src/cli.ts')] : []),
    ],
    // One output file per source module, so `sideEffects: false` lets bundlers drop what an app does not use.
    output: {
      dir: join(dir, 'dist'),
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: join(dir, 'src'),
    },
    external: externalFor(pkg),
    plugins: [
      esbuild({ target: 'es2022', jsx: 'automatic', tsconfig: join(dir, 'tsconfig.json') }),
      copyStyles(dir),
    ],
  },
  {
    input: join(dir, 'src/index.ts'),
    output: { file: join(dir, 'dist/index.d.ts'), format: 'es' },
    external: externalFor(pkg),
    plugins: [dts({ tsconfig: join(dir, 'tsconfig.json'), compilerOptions: { customConditions: [] } })],
  },
]);
