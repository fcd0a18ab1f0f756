import { type AnyOperation, sendReminder, validateInput } from '@esign-kit/core/server';
import type { OperationRule } from './operationRules.js';
import { isRefusal, type Refusal, refuse } from './pipeline/outcome.js';

/** What an input rule is told: the request and its input, already validated by the schema. */
export interface InputRuleContext {
  readonly request: Request;
  readonly operation: AnyOperation;
  readonly input: unknown;
}

/** An input rule's verdict: the input to send upstream, or a refusal. */
export type InputRuleOutcome = { readonly input: unknown } | Refusal;

interface InputRule {
  /** `reminder-address`: the rule decides about `sendInput` itself, so the default refusal is off. */
  readonly kind: 'pin' | 'reminder-address';
  readonly apply: (context: InputRuleContext) => Promise<InputRuleOutcome>;
}

// A symbol, so a rule is only ever one of ours (an `operations` entry cannot be spelt into one).
const inputRuleKey = Symbol('esign-kit.inputRule');

/** An `OperationRule` that also shapes or refuses the input before it goes upstream. */
export function withInputRule(rule: OperationRule, inputRule: InputRule): OperationRule {
  return Object.assign({}, rule, { [inputRuleKey]: inputRule });
}

/** The input rules among the proxy's `operations`, by operation id. */
export function collectInputRules(
  entries: readonly (AnyOperation | OperationRule)[] | undefined,
): ReadonlyMap<string, InputRule> {
  const rules = new Map<string, InputRule>();
  for (const entry of entries ?? []) {
    const rule = (entry as { [inputRuleKey]?: InputRule })[inputRuleKey];
    if (rule && 'operation' in entry) rules.set(entry.operation.id, rule);
  }
  return rules;
}

/**
 * Runs the operation's input rule, if any, then the built-in one: a reminder's `sendInput`
 * (another channel or address) is refused unless `allowReminderAddressOverride` decides it.
 * A pinned input is validated again: a rule that produces an invalid input is a bug, and
 * failing is safer than sending it.
 */
export async function applyInputRules(
  rules: ReadonlyMap<string, InputRule>,
  context: InputRuleContext,
): Promise<InputRuleOutcome> {
  const rule = rules.get(context.operation.id);
  let input = context.input;
  if (rule) {
    const outcome = await rule.apply(context);
    if (isRefusal(outcome)) return outcome;
    if (outcome.input !== context.input) {
      const checked = validateInput(context.operation, outcome.input);
      if (!checked.ok) {
        const where = checked.issues.map((issue) => issue.path || '(input)').join(', ');
        throw new Error(`The input rule of ${context.operation.id} produced an invalid input at ${where}.`);
      }
      input = checked.value;
    }
  }
  if (context.operation.id === sendReminder.id && rule?.kind !== 'reminder-address' && hasSendInput(input)) {
    return refuse('ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED', {
      issues: [{ path: 'sendInput', message: 'Overriding the reminder address is not allowed by this proxy.' }],
    });
  }
  return { input };
}

export function hasSendInput(input: unknown): boolean {
  return typeof input === 'object' && input !== null && (input as { sendInput?: unknown }).sendInput !== undefined;
}
