import { spawn } from 'node:child_process';

export interface RunResult {
  readonly code: number;
  readonly output: string;
  readonly seconds: number;
}

/** Runs a command to the end, with stdout and stderr together; never throws on a failing exit code. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({ code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 100) / 10 }),
    );
  });
}

/** Like `run`, but a failing exit code is an error that carries the output. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.code}) in ${options.cwd}:\n${result.output}`);
  }
  return result;
}
