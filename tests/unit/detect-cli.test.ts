import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '@/utils/detect';
import { parseDetectArgs, processLine, runDetect } from '@/utils/detect-cli';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = 'tests/fixtures/detect/pages.jsonl';
const BAD = 'tests/fixtures/detect/bad.jsonl';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/detect.ts', ...args], { cwd: root, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const SPAWN_TIMEOUT = 60_000;

describe('processLine', () => {
  it('classifies a good line into url, operator, relevant, topics — in that order', () => {
    const outcome = processLine(
      JSON.stringify({ url: 'https://activ.kz/ru/service/mnp', title: 'Перенос номера (MNP)', text: 'Перенос номера в activ.', extra: 1 }),
      1,
    );
    expect(outcome).toEqual({
      kind: 'result',
      json: '{"url":"https://activ.kz/ru/service/mnp","operator":"activ","relevant":true,"topics":["porting"]}',
    });
  });

  it.each(['', '   ', '\r', '\uFEFF'])('skips the blank line %j', (line) => {
    expect(processLine(line, 4)).toEqual({ kind: 'blank' });
  });

  it('accepts a byte-order mark and a CRLF ending', () => {
    const outcome = processLine('\uFEFF{"url":"https://tele2.kz/","title":"","text":""}\r', 1);
    expect(outcome).toEqual({
      kind: 'result',
      json: '{"url":"https://tele2.kz/","operator":"tele2","relevant":false,"topics":[]}',
    });
  });

  it.each([
    ['{not json', 'detect: line 7: invalid JSON ('],
    ['null', 'detect: line 7: expected a JSON object with "url", "title" and "text", got null'],
    ['"a string"', 'detect: line 7: expected a JSON object with "url", "title" and "text", got a string'],
    ['[1,2,3]', 'detect: line 7: expected a JSON object with "url", "title" and "text", got an array'],
    ['{"title":"t","text":"x"}', 'detect: line 7: "url" must be a string (it is missing)'],
    ['{"url":1,"title":"t","text":"x"}', 'detect: line 7: "url" must be a string, got a number'],
    ['{"url":"https://kcell.kz","title":"t"}', 'detect: line 7: "text" must be a string (it is missing)'],
    ['{"url":"https://kcell.kz","title":null,"text":"x"}', 'detect: line 7: "title" must be a string, got null'],
    ['{"url":"https://kcell.kz","title":"t","text":{"a":1}}', 'detect: line 7: "text" must be a string, got an object'],
  ])('names line and field for %s', (line, message) => {
    const outcome = processLine(line, 7);
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message.startsWith(message)).toBe(true);
  });

  it('does not take "url" from the prototype', () => {
    const outcome = processLine('{"__proto__":{"url":"https://kcell.kz"},"title":"t","text":"x"}', 2);
    expect(outcome).toEqual({ kind: 'error', message: 'detect: line 2: "url" must be a string (it is missing)' });
  });
});

describe('runDetect', () => {
  it('keeps going after bad lines, numbers lines including blanks, and returns 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDetect(
      [
        '{"url":"https://tele2.kz/","title":"","text":""}',
        '',
        '{oops',
        '{"url":"https://kcell.kz/","title":"","text":""}',
      ],
      { out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l).operator)).toEqual(['tele2', 'kcell']);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^detect: line 3: invalid JSON/);
  });

  it('returns 0 when every line is good, and nothing for no input', async () => {
    const out: string[] = [];
    expect(await runDetect(['{"url":"x","title":"","text":""}'], { out: (l) => out.push(l), err: () => {} })).toBe(0);
    expect(out).toEqual(['{"url":"x","operator":null,"relevant":false,"topics":[]}']);
    expect(await runDetect([], { out: () => {}, err: () => {} })).toBe(0);
  });
});

describe('parseDetectArgs', () => {
  it.each([
    [[], { kind: 'stdin' }],
    [['-'], { kind: 'stdin' }],
    [['pages.jsonl'], { kind: 'file', path: 'pages.jsonl' }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
  ] as const)('%j', (argv, expected) => {
    expect(parseDetectArgs(argv)).toEqual(expected);
  });

  it.each([[['a', 'b']], [['--verbose']]])('rejects %j', (argv) => {
    expect(parseDetectArgs(argv).kind).toBe('usage');
  });
});

describe('scripts/detect.ts (spawned)', () => {
  const fixture = readFileSync(`${root}/${PAGES}`, 'utf8');
  const inputs = lines(fixture).map((line) => JSON.parse(line) as { url: string; title: string; text: string });

  it(
    'prints one line per page, in order, and exits 0',
    async () => {
      const { code, stdout, stderr } = await runCli([PAGES]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const results = lines(stdout).map((line) => JSON.parse(line));
      expect(results.map((r) => r.url)).toEqual(inputs.map((i) => i.url));
      expect(results.map((r) => [r.operator, r.relevant])).toEqual([
        ['kcell', true],
        ['kcell', false],
        ['kcell', false],
        ['activ', true],
        ['activ', true],
        ['izi', true],
        ['beeline', true],
        ['beeline', false],
        ['tele2', true],
        ['tele2', false],
        ['altel', true],
        ['altel', false],
        [null, false],
      ]);
      // The CLI and the content script must agree: same function, same answers.
      results.forEach((result, i) => {
        const input = inputs[i]!;
        expect(result).toEqual({ url: input.url, ...classifyPage(input.url, input.title, input.text) });
      });
    },
    SPAWN_TIMEOUT,
  );

  it(
    'reads standard input when given - or no file',
    async () => {
      const first = lines(fixture).slice(0, 2).join('\n');
      const dash = await runCli(['-'], first);
      const none = await runCli([], first);
      for (const run of [dash, none]) {
        expect(run.code).toBe(0);
        expect(lines(run.stdout).map((l) => JSON.parse(l).url)).toEqual([inputs[0]!.url, inputs[1]!.url]);
      }
    },
    SPAWN_TIMEOUT,
  );

  it(
    'reports each bad line on stderr by number, still prints the good ones, and exits 1',
    async () => {
      const { code, stdout, stderr } = await runCli([BAD]);
      expect(code).toBe(1);
      expect(lines(stdout).map((l) => JSON.parse(l).url)).toEqual([
        'https://tele2.kz/en/page/block',
        'https://kaspi.kz/shop/p/apple-iphone-16/',
      ]);
      const errors = lines(stderr);
      expect(errors).toHaveLength(4);
      expect(errors[0]).toMatch(/^detect: line 2: invalid JSON/);
      expect(errors.slice(1)).toEqual([
        'detect: line 4: expected a JSON object with "url", "title" and "text", got an array',
        'detect: line 5: "title" must be a string, got a number',
        'detect: line 6: "title" must be a string (it is missing)',
      ]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 2 with a clear message when the file is missing',
    async () => {
      const { code, stdout, stderr } = await runCli(['tests/fixtures/detect/no-such-file.jsonl']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim()).toBe('detect: cannot read tests/fixtures/detect/no-such-file.jsonl: no such file');
    },
    SPAWN_TIMEOUT,
  );
});
