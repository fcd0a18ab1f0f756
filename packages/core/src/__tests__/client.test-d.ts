import { describe, expectTypeOf, it } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import type { EsignKitError } from '../errors/EsignKitError.js';
import type { ErrorCode } from '../errors/errorCodes.js';
import { type FindContractData, findContract } from '../operations/contracts/findContract.js';
import { type SendReminderData, sendReminder } from '../operations/signatures/sendReminder.js';

const client = createEsignClient({ baseUrl: '/api/esign' });

describe('client types', () => {
  it('resolves to the data of the operation called', () => {
    expectTypeOf(client.request(findContract, { uuid: 'x' })).resolves.toEqualTypeOf<FindContractData>();
    expectTypeOf(
      client.request(sendReminder, { signatureUuid: 's', participantUuid: 'p' }),
    ).resolves.toEqualTypeOf<SendReminderData>();
  });

  it('takes exactly one of uuid or customKey', () => {
    // @ts-expect-error both keys
    client.request(findContract, { uuid: 'x', customKey: 'y' });
    // @ts-expect-error neither key
    client.request(findContract, {});
    // @ts-expect-error participantUuid is required
    client.request(sendReminder, { signatureUuid: 's' });
  });

  it('types error codes as a known union that stays open', () => {
    expectTypeOf<'NOT_FOUND_CUSTOMER'>().toExtend<ErrorCode>();
    expectTypeOf<EsignKitError['errorCode']>().toEqualTypeOf<ErrorCode>();
  });
});
