import { runCli } from './program.js';
import { version } from '../version.js';

// A reader that stops early (`lectern inspect a.md --json | head`) closes the pipe: nothing more needs
// printing, and that is no error. Any other failure to write is reported in a line, not a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`lectern: cannot write output: ${e.message}\n`);
    process.exit(1);
  });
}

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), isTTY: process.stderr.isTTY === true },
  version,
);
