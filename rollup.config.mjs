// One build for every publishable package: ESM JavaScript plus bundled type declarations.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
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
      for (const file of ['styles.css', 'staff.css']) {
        const source = join(dir, 'src', file);
        if (!existsSync(source)) continue;
        mkdirSync(join(dir, 'dist'), { recursive: true });
        copyFileSync(source, join(dir, 'dist', file));
      }
    },
  };
}

/** Inlines `*.css?raw` imports as strings (the embed puts the forms' stylesheet in constructable sheets). */
function rawCss() {
  return {
    name: 'mord-raw-css',
    resolveId(id) {
      if (!id.endsWith('.css?raw')) return null;
      // Our own stylesheet is read from the workspace source, so the build does not depend on build order.
      return id === '@mord/react/styles.css?raw' ? `${resolve('packages/react/src/styles.css')}?raw` : null;
    },
    load(id) {
      if (!id.endsWith('.css?raw')) return null;
      // Minified: the stylesheet travels inside the script-tag bundles, within their size budgets.
      const css = transformSync(readFileSync(id.slice(0, -'?raw'.length), 'utf8'), {
        loader: 'css',
        minify: true,
      }).code;
      return `export default ${JSON.stringify(css)};`;
    },
  };
}

/** Resolves React to preact/compat from the embedding package, whichever package imports it. */
function preactAlias(dir) {
  const importer = join(resolve(dir), 'package.json');
  const map = {
    react: 'preact/compat',
    'react-dom': 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react/jsx-runtime': 'preact/jsx-runtime',
  };
  return {
    name: 'mord-preact-alias',
    resolveId(id) {
      // Resolved from the embed package with the ESM conditions of node-resolve.
      return map[id] ? this.resolve(map[id], importer, { skipSelf: true }) : null;
    },
  };
}

/** Script-tag bundles (`src/iife/<name>.ts` → `dist/<file>`): everything inlined, React as preact/compat, minified. */
function iifeBundles(dir, pkg) {
  return Object.entries(pkg.mordBundles ?? {}).map(([entry, file]) => ({
    input: join(dir, `src/iife/${entry}.ts`),
    output: { file: join(dir, 'dist', file), format: 'iife', sourcemap: false },
    plugins: [
      rawCss(),
      preactAlias(dir),
      nodeResolve({
        browser: true,
        exportConditions: ['@mord/source', 'browser', 'module', 'import', 'default'],
        extensions: ['.ts', '.tsx', '.mjs', '.js'],
      }),
      esbuild({
        target: 'es2022',
        jsx: 'automatic',
        minify: true,
        charset: 'utf8',
        define: { 'process.env.NODE_ENV': '"production"' },
        tsconfig: join(dir, 'tsconfig.json'),
        include: /\.[cm]?[jt]sx?$/,
      }),
      // esbuild minifies each module; terser then compresses the whole bundle across modules (3 % smaller gzip).
      terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      // zod and TanStack carry annotations and "use client" directives rollup does not use.
      if (
        ['INVALID_ANNOTATION', 'MODULE_LEVEL_DIRECTIVE', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(
          warning.code,
        )
      )
        return;
      warn(warning);
    },
  }));
}

function externalFor(pkg) {
  const deps = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    'react/jsx-runtime',
  ];
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) =>
    !id.endsWith('?raw') && (builtins.has(id) || deps.some((dep) => id === dep || id.startsWith(`${dep}/`)));
}

export default packages.flatMap(({ dir, pkg }) => [
  ...iifeBundles(dir, pkg),
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
      rawCss(),
      esbuild({ target: 'es2022', jsx: 'automatic', tsconfig: join(dir, 'tsconfig.json') }),
      copyStyles(dir),
    ],
  },
  {
    input: join(dir, 'src/index.ts'),
    output: { file: join(dir, 'dist/index.d.ts'), format: 'es' },
    external: externalFor(pkg),
    plugins: [
      rawCss(),
      dts({ tsconfig: join(dir, 'tsconfig.json'), compilerOptions: { customConditions: [] } }),
    ],
  },
]);
