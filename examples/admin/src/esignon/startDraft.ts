import type { EsignonStartWorkflowInput } from '@esign-kit/react/esignon';
import { emailPattern } from '../forms/fieldRules.js';

/** The template the demo starts from: the sandbox's 근로계약서, two signers, fields 근무지 and 시급. */
export const demoTemplateId = '101';

/** The start form as typed. */
export interface StartDraft {
  readonly title: string;
  readonly signers: readonly { readonly name: string; readonly contact: string }[];
  readonly workplace: string;
  readonly wage: string;
}

export type StartProblem = 'required' | 'titleTooLong' | 'titleCharacters' | 'contact';

/** Problems by field key: `title`, `signer:0:name`, `signer:1:contact`. */
export type StartProblems = Readonly<Record<string, StartProblem>>;

export const emptyStartDraft: StartDraft = {
  title: '',
  signers: [
    { name: '', contact: '' },
    { name: '', contact: '' },
  ],
  workplace: '',
  wage: '',
};

// eSignon: a title is 1–128 characters without ' " \ / : | < > . ? (https://api.esignon.net/workflow/start/nonfacestart).
const forbiddenInTitle = /['"\\/:|<>.?]/;
/** A Korean mobile number, with or without hyphens: eSignon takes it in place of an e-mail (KakaoTalk). */
const mobilePattern = /^01[016789]-?\d{3,4}-?\d{4}$/;

/** What must be fixed before the draft is sent; empty when nothing. */
export function checkStartDraft(draft: StartDraft): StartProblems {
  const problems: Record<string, StartProblem> = {};
  const title = draft.title.trim();
  if (!title) problems.title = 'required';
  else if (title.length > 128) problems.title = 'titleTooLong';
  else if (forbiddenInTitle.test(title)) problems.title = 'titleCharacters';
  draft.signers.forEach((signer, index) => {
    if (!signer.name.trim()) problems[`signer:${index}:name`] = 'required';
    const contact = signer.contact.trim();
    if (!contact) problems[`signer:${index}:contact`] = 'required';
    else if (!emailPattern.test(contact) && !mobilePattern.test(contact))
      problems[`signer:${index}:contact`] = 'contact';
  });
  return problems;
}

/** The kit's start input for a checked draft; empty prefill fields are left out. */
export function startInputOf(draft: StartDraft, language: 'ko-KR' | 'en-US'): EsignonStartWorkflowInput {
  const fields = [
    { name: '근무지', value: draft.workplace.trim() },
    { name: '시급', value: draft.wage.trim() },
  ].filter((field) => field.value !== '');
  return {
    templateId: demoTemplateId,
    title: draft.title.trim(),
    signers: draft.signers.map((signer) => ({ name: signer.name.trim(), contact: signer.contact.trim() })),
    ...(fields.length ? { fields } : {}),
    language,
  };
}
