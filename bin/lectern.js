#!/usr/bin/env node
// Lectern's command line: a few lines over the compiled library (dist/, made by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('lectern: error: the compiled program is missing (dist/). Run "npm ci" or "npm run build" in the Lectern folder first.\n');
  process.exit(1);
}
await import(main.href);
