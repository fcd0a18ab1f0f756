import { describe, expect, it } from 'vitest';
import { treatmentOf } from './commandRules.js';
import { commandsIn, type DocCommand, docFiles } from './docCommands.js';
import { runDocCommand } from './runCommand.js';

const all: DocCommand[] = docFiles().flatMap(commandsIn);
// Each distinct command once (`pnpm dev` is in three documents), named with every place it is given.
const distinct = [...new Set(all.map((entry) => entry.command))].map((command) => ({
  command,
  where: all.filter((entry) => entry.command === command).map((entry) => entry.where),
  treatment: treatmentOf(command),
}));

describe('every shell command the docs give, on this checkout', () => {
  it('finds the documented commands', () => {
    expect(all.map((entry) => entry.command)).toContain('pnpm dev');
    expect(all.length).toBeGreaterThan(20);
  });

  it('has a decision for each (a rule to run it, or a reason not to)', () => {
    expect(distinct.filter((entry) => !entry.treatment).map((entry) => `${entry.where[0]}: ${entry.command}`)).toEqual(
      [],
    );
  });

  for (const { command, where, treatment } of distinct) {
    if (!treatment) continue;
    const name = `${command} (${where.join(', ')})`;
    if (treatment.kind === 'skip') {
      it.skip(`${name}: not run, ${treatment.why}`, () => {});
      continue;
    }
    it(
      `${name}: ${treatment.kind === 'server' ? 'starts and is ready' : 'exits 0'}`,
      async () => {
        const result = await runDocCommand(command, treatment);
        if (!result.ok) expect.fail(`${command} failed:\n${result.output.slice(-3000)}`);
      },
      treatment.timeoutMs + 10_000,
    );
  }
});
