// Bundles the playground into ../dist with esbuild. The output is the same,
// byte for byte, on every run with the same lock file: fixed file names, no
// source maps, no timestamps, fonts named by the hash of their content.
//
//   dist/playground.js                the app (GraphiQL, React, CodeMirror)
//   dist/playground.css               GraphiQL's styles and ours
//   dist/fonts/<sha256 prefix>.woff2  the fonts GraphiQL's CSS carries inline
//   dist/favicon.svg
//   dist/THIRD_PARTY_LICENSES.txt     the licences of every bundled package
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'fonts'), { recursive: true });

const result = await build({
  absWorkingDir: here,
  entryPoints: { playground: 'src/main.jsx' },
  outdir: dist,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
  minify: true,
  sourcemap: false,
  legalComments: 'none', // the licences are collected in THIRD_PARTY_LICENSES.txt
  charset: 'utf8',
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"production"',
    // graphql-js checks globalThis.process for its production mode.
    'globalThis.process': 'true',
    'globalThis.process.env.NODE_ENV': '"production"',
  },
  loader: { '.woff2': 'file', '.woff': 'file', '.png': 'dataurl', '.svg': 'dataurl' },
  metafile: true,
  write: false,
  logLevel: 'warning',
});

// GraphiQL's CSS carries its fonts (Roboto, Fira Code) as data: URLs. Write
// each to its own file so that the CSS stays small, a browser fetches only
// the subsets a page uses, and the page needs no data: fonts in its CSP.
const fonts = new Map();
function extractFonts(css) {
  return css.replace(/url\((["']?)data:font\/(woff2?|ttf|otf);base64,([A-Za-z0-9+/=]+)\1\)/g, (_m, _q, ext, b64) => {
    const bytes = Buffer.from(b64, 'base64');
    const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
    fonts.set(name, bytes);
    return `url(fonts/${name})`;
  });
}

for (const file of result.outputFiles) {
  let text = file.text;
  if (file.path.endsWith('.css')) text = extractFonts(text);
  writeFileSync(file.path, text);
}
for (const [name, bytes] of [...fonts].sort(([a], [b]) => a.localeCompare(b))) {
  writeFileSync(join(dist, 'fonts', name), bytes);
}
copyFileSync(join(here, 'static', 'favicon.svg'), join(dist, 'favicon.svg'));

// Collect the licence of every package that ends up in the bundle.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!m) continue;
  const dir = join(here, input.slice(0, input.indexOf(m[1]) + m[1].length));
  if (!packages.has(m[1])) packages.set(m[1], dir);
}
const sections = [];
for (const [name, dir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).sort().find(f => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `License: ${pkg.license ?? 'unknown'} (no licence file in the package)`;
  sections.push(`${name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}\n`);
}
writeFileSync(
  join(dist, 'THIRD_PARTY_LICENSES.txt'),
  'Third-party software bundled in playground.js and playground.css\n' +
    '================================================================\n\n' +
    sections.join('\n' + '-'.repeat(72) + '\n\n'),
);

for (const f of ['playground.js', 'playground.css']) {
  if (!existsSync(join(dist, f))) throw new Error(`esbuild did not write ${f}`);
}
console.log(`bundled ${packages.size} packages; ${fonts.size} font files`);
