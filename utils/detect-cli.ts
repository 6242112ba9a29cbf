// The line handling of `npm run detect`, apart from files and streams so it can be tested without
// spawning a process. A bad line must not stop the run: contributors feed it whole crawls and want
// every good line classified, with the bad ones named by line number and a failing exit code.
import { classifyPage } from './detect';

export const USAGE = 'usage: npm run --silent detect -- [FILE.jsonl | -]   (reads standard input when no file or -)';

export type LineOutcome =
  | { kind: 'blank' }
  | { kind: 'result'; json: string }
  | { kind: 'error'; message: string };

const FIELDS = ['url', 'title', 'text'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Classifies one input line, or says why it cannot; `lineNumber` is 1-based and names the line in errors. */
export function processLine(raw: string, lineNumber: number): LineOutcome {
  const line = raw.replace(/^\uFEFF/, '').trim();
  if (line === '') return { kind: 'blank' };
  const fail = (why: string): LineOutcome => ({ kind: 'error', message: `detect: line ${lineNumber}: ${why}` });

  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(`invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`expected a JSON object with "url", "title" and "text", got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  for (const field of FIELDS) {
    if (!Object.hasOwn(record, field)) return fail(`"${field}" must be a string (it is missing)`);
    if (typeof record[field] !== 'string') return fail(`"${field}" must be a string, got ${describe(record[field])}`);
  }
  const url = record.url as string;
  const { operator, relevant, topics } = classifyPage(url, record.title as string, record.text as string);
  return { kind: 'result', json: JSON.stringify({ url, operator, relevant, topics }) };
}

export interface DetectOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Runs every line through processLine in order; resolves to the exit code (0, or 1 if any line was bad). */
export async function runDetect(lines: AsyncIterable<string> | Iterable<string>, output: DetectOutput): Promise<number> {
  let lineNumber = 0;
  let failed = false;
  for await (const raw of lines) {
    lineNumber += 1;
    const outcome = processLine(raw, lineNumber);
    if (outcome.kind === 'result') output.out(outcome.json);
    else if (outcome.kind === 'error') {
      output.err(outcome.message);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

export type DetectArgs = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'help' } | { kind: 'usage'; message: string };

/** Reads the command line (without `node` and the script). */
export function parseDetectArgs(argv: readonly string[]): DetectArgs {
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
  if (argv.length > 1) return { kind: 'usage', message: `detect: expected at most one file, got ${argv.length}` };
  const [arg] = argv;
  if (arg === undefined || arg === '-') return { kind: 'stdin' };
  if (arg.startsWith('-')) return { kind: 'usage', message: `detect: unknown option ${arg}` };
  return { kind: 'file', path: arg };
}
