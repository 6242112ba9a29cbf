// Mozilla's add-on linter (web-ext lint) on the Firefox build, as addons.mozilla.org would run it.
// Called through web-ext's API rather than its CLI: the CLI starts an update check against the npm
// registry, and this check must run offline. Exits 1 on any error or warning; prints
// everything it found.
//   node scripts/webext-lint.mjs [sourceDir]   (default .output/firefox-mv2; build it first)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import webExt from 'web-ext';

const root = resolve(import.meta.dirname, '..');
const sourceDir = resolve(root, process.argv[2] ?? '.output/firefox-mv2');
const reportFile = join(root, '.reports/webext-lint.json');

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${sourceDir}: run \`npx wxt build -b firefox\` first.`);
  process.exit(1);
}

const result = await webExt.cmd.lint(
  // selfHosted: false — lint for the store listing, the stricter case.
  { sourceDir, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false },
  { shouldExitProgram: false },
);

mkdirSync(join(root, '.reports'), { recursive: true });
writeFileSync(reportFile, JSON.stringify(result, null, 2));

const { errors, warnings, notices } = result.summary;
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of result[kind]) {
    const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '';
    console.log(`${kind.slice(0, -1).toUpperCase()} ${m.code}: ${m.message}${where}`);
  }
}
console.log(`web-ext lint ${relative(root, sourceDir)}: ${errors} errors, ${warnings} warnings, ${notices} notices (${relative(root, reportFile)})`);
// No warning is accepted: each is one a store reviewer would have to clear by hand. (Preact's
// innerHTML assignment, the last one, is cut from the build: utils/preact-no-html.ts.)
process.exit(errors === 0 && warnings === 0 ? 0 : 1);
