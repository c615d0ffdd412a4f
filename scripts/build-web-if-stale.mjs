// `pnpm start` builds the web app only when something it is built from is newer than the build:
// a second start then takes seconds instead of a full Vite build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'web/build/handler.js';
const inputs = ['web/src', 'web/static', 'web/svelte.config.js', 'web/vite.config.ts', 'web/package.json', 'pnpm-lock.yaml'];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const builtAt = newestMtime(built);
if (builtAt === 0 || Math.max(...inputs.map(newestMtime)) > builtAt) {
  execFileSync('pnpm', ['run', 'build'], { stdio: 'inherit' });
} else {
  console.log('Webbappen är redan byggd och aktuell / the web build is up to date.');
}
