import { runCli } from './program.js';
import { version } from '../version.js';

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), isTTY: process.stderr.isTTY === true },
  version,
);
