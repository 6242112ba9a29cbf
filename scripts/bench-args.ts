// `npm run bench -- --out FILE [--runs N]`, parsed without a dependency.

export interface BenchArgs {
  out: string;
  runs: number;
}

export const BENCH_USAGE = 'usage: npm run bench -- [--out FILE] [--runs N]   (default: --out .output/bench.json --runs 20)';
export const DEFAULT_OUT = '.output/bench.json';
export const DEFAULT_RUNS = 20;

export function parseBenchArgs(argv: readonly string[]): BenchArgs | { error: string } | { help: true } {
  let out = DEFAULT_OUT;
  let runs = DEFAULT_RUNS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag !== '--out' && flag !== '--runs') return { error: `unknown argument: ${arg}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${flag} needs a value` };
    if (flag === '--out') {
      out = value;
    } else {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1000) {
        return { error: `--runs must be a whole number from 1 to 1000, not ${value}` };
      }
      runs = Number(value);
    }
  }
  return { out, runs };
}
