import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** One shell command a document gives, where it gives it. */
export interface DocCommand {
  /** `README.md:31` */
  readonly where: string;
  /** The command as a reader would type it: continuations joined, trailing comment dropped. */
  readonly command: string;
}

/** The documents a newcomer reads: the READMEs, the contributor guide, the docs and the catalogue's pages. */
export function docFiles(): string[] {
  const inDir = (dir: string, ending: string) =>
    readdirSync(join(repoRoot, dir))
      .filter((name) => name.endsWith(ending))
      .map((name) => `${dir}/${name}`);
  const packageReadmes = readdirSync(join(repoRoot, 'packages')).map((name) => `packages/${name}/README.md`);
  return ['README.md', 'CONTRIBUTING.md', ...packageReadmes, ...inDir('docs', '.md'), ...inDir('stories/docs', '.mdx')];
}

/** Drops a ` # comment` outside quotes. */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '#' && (index === 0 || /\s/.test(line[index - 1] ?? ''))) {
      return line.slice(0, index).trimEnd();
    }
  }
  return line.trimEnd();
}

/** Inline code that is a command to type: `pnpm …`, `npx …`, `npm …`, `node scripts/…`. */
const inlineCommand = /`((?:pnpm|npx|npm) [^`]+|node scripts\/[^`]+)`/g;

/**
 * Every command of the `sh`/`bash`/`shell` fenced blocks of `file`: a line (with its `\`
 * continuations), and each part of an `a && b` chain on its own, in order; then the commands
 * the prose gives inline (`pnpm storybook`).
 */
export function commandsIn(file: string): DocCommand[] {
  const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n');
  const commands: DocCommand[] = [];
  let inShell = false;
  let pending: { start: number; text: string } | undefined;
  lines.forEach((raw, index) => {
    const fence = /^\s*```(\S*)/.exec(raw);
    if (fence) {
      inShell = !inShell && ['sh', 'bash', 'shell'].includes(fence[1] ?? '');
      return;
    }
    if (!inShell) {
      for (const match of raw.matchAll(inlineCommand)) {
        commands.push({ where: `${file}:${index + 1}`, command: (match[1] ?? '').trim() });
      }
      return;
    }
    const line = withoutComment(raw);
    const text = pending ? `${pending.text} ${line.trim()}` : line.trim();
    const start = pending?.start ?? index + 1;
    if (text.endsWith('\\')) {
      pending = { start, text: text.slice(0, -1).trimEnd() };
      return;
    }
    pending = undefined;
    if (!text) return;
    for (const part of text.split(/\s+&&\s+/))
      commands.push({ where: `${file}:${start}`, command: part.trim().replace(/\s*&$/, '') });
  });
  return commands;
}
