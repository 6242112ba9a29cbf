// `npm run --silent detect -- FILE.jsonl` (or standard input): one {"url","title","text"} a line in,
// one {"url","operator","relevant","topics"} a line out. Exit 1 if any line was bad, 2 if the input
// could not be read. The line logic lives in utils/detect-cli.ts.
import { createReadStream, statSync, type ReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseDetectArgs, runDetect, USAGE } from '../utils/detect-cli';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

// `detect … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = parseDetectArgs(process.argv.slice(2));
if (args.kind === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.kind === 'usage') fail(`${args.message}\n${USAGE}`, 2);

let input: NodeJS.ReadableStream = process.stdin;
if (args.kind === 'file') {
  try {
    if (statSync(args.path).isDirectory()) fail(`detect: cannot read ${args.path}: is a directory`, 2);
  } catch (error) {
    fail(`detect: cannot read ${args.path}: ${reason(error)}`, 2);
  }
  const stream: ReadStream = createReadStream(args.path, { encoding: 'utf8' });
  stream.on('error', (error) => fail(`detect: cannot read ${args.path}: ${reason(error)}`, 2));
  input = stream;
}

const lines = createInterface({ input, crlfDelay: Infinity });
process.exitCode = await runDetect(lines, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
