import type { SandboxBusiness, SandboxCredits, SandboxCreditUsage, SandboxManagedBusiness } from '../state/model.js';
import { seedIds } from './ids.js';

/** The business the sandbox's API key acts for; `users[0]` is its API member. */
export function createSeedBusiness(): SandboxBusiness {
  return {
    uuid: seedIds.business.uuid,
    profile: {
      name: '프릭스 컴퍼니',
      registrationNumber: '123-12-12345',
      ceo: '이용우',
      address: '서울시 강남구 선릉로 551',
    },
    configuration: { customerCustomName: '거래처' },
    users: [
      {
        id: 1,
        uuid: '6a1d3c58-7f2e-4b9a-8c0d-1e2f3a4b5c6d',
        name: '이용우',
        role: 'USER',
        email: 'api@prix.im',
        language: 'KOREAN',
        phone: '010-2345-6789',
        createdAt: '2024-01-02T00:00:00.000Z',
        updatedAt: '2024-01-02T00:00:00.000Z',
      },
    ],
  };
}

/**
 * Businesses this platform created. Their API keys are fake: the sandbox accepts only the key it
 * was configured with, so listing them gives nothing away.
 */
export function createSeedManagedBusinesses(): SandboxManagedBusiness[] {
  return [
    {
      uuid: seedIds.business.managedUuid,
      name: '가맹점 1호',
      registrationNumber: '211-86-00001',
      ceo: '김가맹',
      address: '부산시 해운대구 센텀중앙로 79',
      createdAt: '2025-02-01T00:00:00.000Z',
      apiKey: 'sk_sandbox_managed_0001',
      customerCustomName: '매장',
      users: [{ name: '김가맹', email: 'owner1@franchise.example' }],
    },
  ];
}

/** 30 free credits a period, 3 of them used (see the usages); 100 bought, none used. */
export function createSeedCredits(): SandboxCredits {
  return { defaultCount: 30, remainingDefaultCount: 27, paidCreditCount: 100, remainingPaidCount: 100 };
}

/** The three credit uses behind `remainingDefaultCount: 27`. */
export function createSeedCreditUsages(): SandboxCreditUsage[] {
  return [
    {
      id: 1,
      case: 'SIGNATURE_IDENTIFICATION',
      userId: 1,
      signatureUuid: seedIds.concluded.signatureUuid,
      createdAt: '2025-01-06T01:35:00.000Z',
      updatedAt: '2025-01-06T01:35:00.000Z',
    },
    {
      id: 2,
      case: 'TAX_BILL',
      userId: 1,
      signatureUuid: null,
      createdAt: '2025-02-10T00:00:00.000Z',
      updatedAt: '2025-02-10T00:00:00.000Z',
    },
    {
      id: 3,
      case: 'SIGNATURE_IDENTIFICATION',
      userId: 1,
      signatureUuid: seedIds.renewal.signatureUuid,
      createdAt: '2025-12-01T00:10:00.000Z',
      updatedAt: '2025-12-01T00:10:00.000Z',
    },
  ];
}
