import { describe, expect, it } from 'vitest';
import {
  type EsignonCallback,
  esignonCallbackKey,
  isNewerState,
  parseEsignonCallback,
  stateFromCallback,
} from '../esignon/server.js';

// Payloads written from the field tables of https://api.esignon.net/workflow/start/exportapi
// (legacy embed mode): every value a string, the status written the way the docs' examples write it.
const header = { api_name: 'export', session_id: 'S1001', request_code: 'embed' };
const base = {
  wfluid: '0',
  clientid: 'client-7',
  processid: '1',
  requestid: 'embed',
  actionid: '1',
  workdatetime: '2020-01-31 04:23:28.0',
  worktype: 'CF',
  wfuid: '12584',
  useremail: 'gildong@example.com',
  opinion: '',
};
const playing = {
  header,
  body: {
    ...base,
    status: '{Playing}',
    user_name: '홍길동',
    next_play_user: '010-1234-5678',
    next_user_name: '김대표',
    play_url: 'https://docs.esignon.net/mail/sign?token=next-signer-token',
  },
};
/** The docs' own "Complete" example says `{Playing}` in `status`: the KO one says `{Complete}`. */
const complete = {
  header,
  body: {
    ...base,
    actionid: '2',
    processid: '2',
    worktype: 'CF',
    useremail: '010-1234-5678',
    status: '{Complete}',
    user_name: '김대표',
    download_url: 'https://docs.esignon.net/viewer?doc=1',
    cert_url: 'https://docs.esignon.net/viewer?cert=1',
  },
};
const canceled = { header, body: { ...base, worktype: 'RT', status: 'Canceled', opinion: '조건이 달라요' } };

function parsed(payload: unknown): EsignonCallback {
  const result = parseEsignonCallback(payload);
  if (!result.ok) throw new Error(result.reason);
  return result.callback;
}

describe('parseEsignonCallback', () => {
  it('should read a Playing callback: next signer, their page, who acted, when (UTC)', () => {
    expect(parsed(playing)).toEqual({
      workflowId: '12584',
      status: 'Playing',
      workType: 'CF',
      actionId: '1',
      processId: '1',
      requestCode: 'embed',
      embed: true,
      at: '2020-01-31T04:23:28.000Z',
      workedAt: '2020-01-31 04:23:28.0',
      actor: { name: '홍길동', contact: 'gildong@example.com' },
      opinion: undefined,
      nextSigner: { name: '김대표', contact: '010-1234-5678' },
      playUrl: 'https://docs.esignon.net/mail/sign?token=next-signer-token',
      downloadUrl: undefined,
      certUrl: undefined,
      clientId: 'client-7',
      params: {},
    });
  });

  it('should read a Complete callback with its document and certificate links, braces dropped', () => {
    const callback = parsed(complete);
    expect(callback).toMatchObject({ status: 'Complete', actionId: '2', workType: 'CF' });
    expect(callback.downloadUrl).toBe('https://docs.esignon.net/viewer?doc=1');
    expect(callback.certUrl).toBe('https://docs.esignon.net/viewer?cert=1');
    expect(callback.nextSigner).toBeUndefined();
  });

  it('should keep what the status field says, even the docs’ "{Playing}" in a callback with completion links', () => {
    // The English example of a completed workflow prints `"status": "{Playing}"`. The status field
    // is what the workflow state follows; the links are still read.
    const callback = parsed({ header, body: { ...complete.body, status: '{Playing}' } });
    expect(callback.status).toBe('Playing');
    expect(callback.downloadUrl).toBeDefined();
  });

  it('should read a Canceled callback (its contents are undocumented: the base fields only)', () => {
    expect(parsed(canceled)).toMatchObject({ status: 'Canceled', workType: 'RT', opinion: '조건이 달라요' });
  });

  it('should accept numbers, spaces, other cases, a JSON text and a body without envelope', () => {
    const callback = parsed(
      JSON.stringify({ ...base, wfuid: 12584, actionid: 3, processid: 3, status: ' complete ', worktype: 'cf' }),
    );
    expect(callback).toMatchObject({ workflowId: '12584', actionId: '3', status: 'Complete', workType: 'CF' });
    expect(callback.requestCode).toBe('embed'); // from body.requestid when there is no header
  });

  it('should collect unknown keys (request_params) as text, and nothing of the known ones', () => {
    const callback = parsed({
      header,
      body: { ...base, status: 'Playing', member_no: 'M-1', count: 2, nested: { a: 1 } },
    });
    expect(callback.params).toEqual({ member_no: 'M-1', count: '2' });
  });

  it('should use `wfluid` only when it is not "0" and there is no `wfuid`', () => {
    const { wfuid: _, ...withoutWfuid } = base;
    expect(parseEsignonCallback({ header, body: withoutWfuid })).toEqual({
      ok: false,
      reason: 'The body names no workflow (wfuid).',
    });
    expect(parsed({ header, body: { ...withoutWfuid, wfluid: '777' } }).workflowId).toBe('777');
  });

  it('should infer the status when none is sent: Complete with completion links, else Playing', () => {
    expect(parsed({ header: { ...header, request_code: 'mine' }, body: base })).toMatchObject({
      status: 'Playing',
      embed: false,
      requestCode: 'mine',
    });
    expect(parsed({ header, body: { ...base, download_url: 'https://x' } }).status).toBe('Complete');
  });

  it('should give a reason for what cannot be a callback', () => {
    expect(parseEsignonCallback('not json')).toEqual({ ok: false, reason: 'The body is not JSON.' });
    expect(parseEsignonCallback([1])).toMatchObject({ ok: false });
    expect(parseEsignonCallback(null)).toMatchObject({ ok: false });
    expect(parseEsignonCallback({ header, body: { ...base, actionid: '', processid: '' } })).toEqual({
      ok: false,
      reason: 'The body names no step (actionid).',
    });
  });

  it('should keep a workdatetime it cannot read as sent, without an ISO date', () => {
    const callback = parsed({ header, body: { ...base, workdatetime: '31/01/2020 04:23' } });
    expect(callback.at).toBeUndefined();
    expect(callback.workedAt).toBe('31/01/2020 04:23');
  });
});

describe('esignonCallbackKey', () => {
  it('should be equal for two deliveries of one callback and differ by step, work type or status', () => {
    expect(esignonCallbackKey(parsed(playing))).toBe('12584|1|CF|Playing');
    expect(esignonCallbackKey(parsed(structuredClone(playing)))).toBe(esignonCallbackKey(parsed(playing)));
    expect(esignonCallbackKey(parsed(complete))).toBe('12584|2|CF|Complete');
    expect(esignonCallbackKey(parsed(canceled))).toBe('12584|1|RT|Canceled');
  });
});

describe('isNewerState', () => {
  const state = (callback: unknown) => stateFromCallback(parsed(callback));
  const step = (actionid: string, status = 'Playing') => state({ header, body: { ...base, actionid, status } });

  it('should take anything over nothing', () => {
    expect(isNewerState(undefined, step('1'))).toBe(true);
  });

  it('should never lower Complete or Canceled back to Playing (an out-of-order callback)', () => {
    expect(isNewerState(state(complete), state(playing))).toBe(false);
    expect(isNewerState(state(canceled), step('5'))).toBe(false);
    expect(isNewerState(state(playing), state(complete))).toBe(true);
  });

  it('should let the higher step win among Playing states, numerically', () => {
    expect(isNewerState(step('2'), step('10'))).toBe(true);
    expect(isNewerState(step('10'), step('2'))).toBe(false);
  });

  it('should treat a repeat as not newer', () => {
    expect(isNewerState(step('2'), step('2'))).toBe(false);
    expect(isNewerState(state(complete), state(complete))).toBe(false);
  });

  it('should let a later time win at the same step', () => {
    const earlier = step('2');
    const later = { ...earlier, at: '2020-01-31T05:00:00.000Z' };
    expect(isNewerState(earlier, later)).toBe(true);
    expect(isNewerState(later, earlier)).toBe(false);
  });
});
