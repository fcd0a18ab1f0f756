import { describe, expect, it } from 'vitest';
import {
  esignonWorkflowSchema,
  fromDownloadAnswer,
  fromStartAnswer,
  fromWorkflowBody,
  readEsignonAnswer,
  toCancelBody,
  toDownloadBody,
  toLoginBody,
  toStartSimpleBody,
  withEsignonState,
} from '../esignon/server.js';

const options = {
  memberEmail: 'admin@esignkit.example',
  callback: { url: 'https://admin.example.com/api/esign/esignon/callback', authorization: 'a-long-shared-secret' },
};

describe('toStartSimpleBody', () => {
  it('should build the 5005Q request in embed mode, signers in order', () => {
    expect(
      toStartSimpleBody(
        {
          templateId: '101',
          title: '근로계약서',
          signers: [
            { name: '홍길동', contact: 'gildong@example.com', password: 'abcd', passwordHint: '생일' },
            { name: '김대표', contact: '010-1234-5678', mobileNumber: '010-1234-5678' },
          ],
          cc: [{ name: '인사팀', contact: 'hr@example.com' }],
          fields: [{ name: '시급', value: '10030' }],
          expiresOn: '2026-12-31',
          language: 'en-US',
          comment: '확인 부탁드립니다',
        },
        options,
      ),
    ).toEqual({
      header: { request_code: '5005Q', version: '9.9.99' },
      body: {
        biz_id: '0',
        workflow_name: '근로계약서',
        doc_id: '101',
        memb_email: 'admin@esignkit.example',
        language: 'en-US',
        comment: '확인 부탁드립니다',
        expireddate: '2026-12-31',
        player_list: [
          { field_owner: '1', email: 'gildong@example.com', name: '홍길동', password: 'abcd', password_hint: '생일' },
          { field_owner: '2', email: '010-1234-5678', name: '김대표', mobile_number: '010-1234-5678' },
        ],
        field_list: [{ field_name: '시급', field_value: '10030' }],
        customer_list: [{ email: 'hr@example.com', name: '인사팀' }],
        export_api_info: {
          api_type: 'ALL',
          url: 'https://admin.example.com/api/esign/esignon/callback',
          request_code: 'embed',
          authorization: 'a-long-shared-secret',
        },
      },
    });
  });

  it('should leave out what the input leaves out', () => {
    const { body } = toStartSimpleBody(
      { templateId: '102', title: '서약서', signers: [{ name: 'a', contact: 'a@example.com' }] },
      {
        ...options,
        businessId: '7',
      },
    );
    expect(Object.keys(body).sort()).toEqual([
      'biz_id',
      'doc_id',
      'export_api_info',
      'memb_email',
      'player_list',
      'workflow_name',
    ]);
    expect(body.biz_id).toBe('7');
  });
});

describe('fromStartAnswer', () => {
  it('should read the data and the first state, with the observed embed fields', () => {
    expect(
      fromStartAnswer({
        header: { response_code: '5005A', result_code: '00', result_msg: 'success' },
        body: {
          comp_id: 'esignkit',
          workflow_id: '12584',
          workflow_name: '근로계약서',
          token: 'starter-token',
          play_url: 'https://docs.esignon.net/mail/sign?token=first',
          next_play_user: 'gildong@example.com',
          next_play_user_name: '홍길동',
        },
      }),
    ).toEqual({
      data: {
        workflowId: '12584',
        title: '근로계약서',
        nextSigner: { name: '홍길동', contact: 'gildong@example.com' },
      },
      state: {
        workflowId: '12584',
        status: 'Playing',
        actionId: '0',
        nextSigner: { name: '홍길동', contact: 'gildong@example.com' },
        playUrl: 'https://docs.esignon.net/mail/sign?token=first',
      },
    });
  });

  it('should read the documented answer (no play_url), a numeric id, and nothing without an id', () => {
    const answer = fromStartAnswer({ workflow_id: 12584 }, '근로계약서');
    expect(answer?.data).toEqual({ workflowId: '12584', title: '근로계약서' });
    expect(answer?.state.playUrl).toBeUndefined();
    expect(fromStartAnswer({ header: { result_code: '00' }, body: {} })).toBeUndefined();
    expect(fromStartAnswer('nope')).toBeUndefined();
  });
});

// A v2 read body written from https://api.esignon.net/workflow/view/workflowinfo.
const readBody = {
  workflow_id: '12584',
  workflow_name: '근로계약서',
  workflow_status: 'Playing',
  create_date: '2026-03-02 10:00:00',
  last_modify_date: '2026-03-02 10:05:00',
  expiry_date: '2026-03-31',
  current_action_id: '2',
  total_action_count: 2,
  certificate_url: '',
  download_url: '',
  action_history_list: [
    {
      step_code: 'WORKFLOW_START',
      action_id: '0',
      confirm_date: '2026-03-02 10:00:00',
      name: '관리자',
      confirm_email: 'admin@esignkit.example',
      comment: '',
    },
    {
      step_code: 'SIGN_COMPLETE',
      action_id: 1,
      confirm_date: '2026-03-02 10:05:00',
      name: '홍길동',
      confirm_email: 'gildong@example.com',
    },
  ],
  owner_list: [
    { action_id: '2', turn_yn: 'Y', name: '김대표', email: '', phone_number: '010-1234-5678' },
    { action_id: '1', turn_yn: 'N', name: '홍길동', email: 'gildong@example.com' },
  ],
  referer_list: [],
  brand_new_field: { anything: true },
};

describe('fromWorkflowBody', () => {
  it('should read the v2 body into the kit workflow, signers in order, without callback state', () => {
    const workflow = fromWorkflowBody({ header: { result_code: '00' }, body: readBody });
    expect(workflow).toEqual({
      workflowId: '12584',
      title: '근로계약서',
      status: 'Playing',
      createdAt: '2026-03-02 10:00:00',
      updatedAt: '2026-03-02 10:05:00',
      expiresOn: '2026-03-31',
      currentStep: 2,
      totalSteps: 2,
      signers: [
        { order: 1, name: '홍길동', contact: 'gildong@example.com', turn: false },
        { order: 2, name: '김대표', contact: '010-1234-5678', turn: true },
      ],
      history: [
        {
          code: 'WORKFLOW_START',
          actionId: '0',
          at: '2026-03-02 10:00:00',
          name: '관리자',
          contact: 'admin@esignkit.example',
        },
        {
          code: 'SIGN_COMPLETE',
          actionId: '1',
          at: '2026-03-02 10:05:00',
          name: '홍길동',
          contact: 'gildong@example.com',
        },
      ],
      signingUrlAvailable: false,
      documentsAvailable: false,
    });
    expect(esignonWorkflowSchema.safeParse(workflow).success).toBe(true);
  });

  it('should keep an unknown status, say documents are there when Complete, and survive missing lists', () => {
    expect(fromWorkflowBody({ workflow_id: '1', workflow_status: 'Archived' })).toMatchObject({
      status: 'Archived',
      signers: [],
      history: [],
      title: '',
    });
    expect(fromWorkflowBody({ workflow_id: '1', workflow_status: 'Complete' })?.documentsAvailable).toBe(true);
    expect(fromWorkflowBody({ header: { result_code: '00' }, body: { workflow_name: 'x' } })).toBeUndefined();
  });
});

describe('withEsignonState', () => {
  const read = fromWorkflowBody(readBody);
  if (!read) throw new Error('fixture');
  const kept = {
    workflowId: '12584',
    status: 'Playing',
    actionId: '1',
    workType: 'CF',
    at: '2026-03-02T01:05:00.000Z',
    nextSigner: { name: '김대표', contact: '010-1234-5678' },
    playUrl: 'https://docs.esignon.net/mail/sign?token=second',
  };

  it('should add the next signer, the signing page flag and the last callback', () => {
    expect(withEsignonState(read, kept)).toMatchObject({
      status: 'Playing',
      nextSigner: kept.nextSigner,
      signingUrlAvailable: true,
      documentsAvailable: false,
      lastCallback: { status: 'Playing', workType: 'CF', actionId: '1', at: '2026-03-02T01:05:00.000Z' },
    });
    expect(JSON.stringify(withEsignonState(read, kept))).not.toContain('token=second');
  });

  it('should move the status forward when a callback is ahead of the read, never back', () => {
    const complete = { ...kept, status: 'Complete', actionId: '2', nextSigner: undefined, playUrl: undefined };
    expect(withEsignonState(read, complete)).toMatchObject({
      status: 'Complete',
      signingUrlAvailable: false,
      documentsAvailable: true,
    });
    const done = { ...read, status: 'Complete' };
    expect(withEsignonState(done, kept)).toMatchObject({ status: 'Complete', signingUrlAvailable: false });
    expect(withEsignonState(done, kept).nextSigner).toBeUndefined();
  });

  it('should ignore another workflow’s state and leave out lastCallback for the start answer', () => {
    expect(withEsignonState(read, { ...kept, workflowId: '9' })).toBe(read);
    const fromStart = { workflowId: '12584', status: 'Playing', actionId: '0', playUrl: 'https://x' };
    expect(withEsignonState(read, fromStart)).not.toHaveProperty('lastCallback');
    expect(withEsignonState(read, fromStart).signingUrlAvailable).toBe(true);
  });
});

describe('the small calls', () => {
  it('should build the login, cancel and download requests', () => {
    expect(toLoginBody({ email: 'admin@esignkit.example', password: 'pw' })).toEqual({
      header: { request_code: '1001Q' },
      body: { memb_email: 'admin@esignkit.example', memb_pwd: 'pw' },
    });
    expect(
      toCancelBody({ workflowId: '12584' }, { companyId: 'esignkit', memberEmail: 'admin@esignkit.example' }),
    ).toEqual({
      header: { request_code: '1510Q' },
      body: {
        comp_id: 'esignkit',
        biz_id: '0',
        memb_email: 'admin@esignkit.example',
        workflow_id: '12584',
        command: 'CANCEL',
      },
    });
    expect(toDownloadBody({ workflowId: '12584' })).toEqual({ workflow_id: '12584' });
  });

  it('should pick the asked document from a download answer', () => {
    const answer = {
      header: { result_code: '00' },
      body: { doc_url: 'https://d/doc', cert_url: 'https://d/cert', workflow_name: 'x' },
    };
    expect(fromDownloadAnswer(answer, 'signed')).toEqual({ url: 'https://d/doc' });
    expect(fromDownloadAnswer(answer, 'certificate')).toEqual({ url: 'https://d/cert' });
    expect(fromDownloadAnswer({ header: { result_code: '00' }, body: { doc_url: '' } }, 'signed')).toBeUndefined();
  });

  it('should read an answer’s result code, numbers included', () => {
    expect(readEsignonAnswer({ header: { result_code: '00', result_msg: 'ok' }, body: { a: 1 } })).toEqual({
      ok: true,
      resultCode: '00',
      resultMessage: 'ok',
      body: { a: 1 },
    });
    expect(readEsignonAnswer({ header: { result_code: 10, result_msg: '조회 실패' } })).toMatchObject({
      ok: false,
      resultCode: '10',
      resultMessage: '조회 실패',
    });
    expect(readEsignonAnswer(undefined)).toMatchObject({ ok: false, resultCode: undefined });
    expect(readEsignonAnswer({ workflow_id: 1 })).toMatchObject({ ok: true, body: { workflow_id: 1 } });
  });
});
