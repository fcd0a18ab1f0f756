import type { EsignClient, SendChannel } from '@esign-kit/core';
import { cancelSignature, createSignatureFromTemplate } from '@esign-kit/core/server';
import { type RunningSandbox, seedIds } from '@esign-kit/sandbox';
import { demoContracts, demoFixtures, type SeedContract } from './demoSeed.js';
import type { TenantRegistry } from './tenants.js';

const people = ['정하윤', '강민재', '조수아', '윤지호', '장예린', '임태윤', '한소율', '오건우', '서다인', '신우진'];

/**
 * Adds the demo's data to a fresh sandbox, leaving its own seed as it is: a tag and a template
 * through the control surface, then each tenant's contracts through the kit API (linked to the
 * tenant's customer), moved along with the control surface (participants signing) or the API
 * (cancel).
 */
export async function seedDemoData(running: RunningSandbox, client: EsignClient, tenants: TenantRegistry) {
  running.sandbox.control.seed(demoFixtures);
  let sequence = 0;
  for (const [tenantId, contracts] of Object.entries(demoContracts)) {
    const customerId = tenants.primaryCustomerIdOf(tenantId);
    for (const contract of contracts) {
      sequence += 1;
      await seedContract(running, client, contract, customerId, sequence);
    }
  }
}

async function seedContract(
  running: RunningSandbox,
  client: EsignClient,
  seed: SeedContract,
  customerId: number,
  sequence: number,
) {
  const person = (offset: number, send: SendChannel) => {
    const index = (sequence * 2 + offset) % people.length;
    const number = String(sequence * 10 + offset).padStart(4, '0');
    return {
      name: people[index] ?? '참여자',
      send,
      auth: send,
      email: `signer${number}@demo.example`,
      phone: `010-7${number.slice(0, 3)}-${number}`,
    };
  };
  const supply = seed.template === 'supply';
  const { signature } = await client.request(createSignatureFromTemplate, {
    templateKey: supply ? seedIds.templates.supply.id : seedIds.templates.consent.id,
    input: {
      title: seed.title,
      participants: supply
        ? [
            { role: '갑', input: person(0, 'EMAIL') },
            { role: '을', input: person(1, 'PHONE') },
          ]
        : [{ role: '고객', input: person(0, 'EMAIL') }],
      items: supply
        ? [{ id: 231, contents: `${(sequence * 1_100_000).toLocaleString('ko-KR')}원` }]
        : [{ id: 13, contents: seed.title }],
      contract: { customKey: seed.customKey, customers: [{ id: customerId }] },
    },
  });
  const [first, second] = signature.participants;
  if (seed.progress === 'canceled') await client.request(cancelSignature, { signatureUuid: signature.uuid });
  if ((seed.progress === 'first-signed' || seed.progress === 'concluded') && first) {
    running.sandbox.control.advanceParticipant(first.uuid, 'sign');
  }
  if (seed.progress === 'concluded' && second) running.sandbox.control.advanceParticipant(second.uuid, 'sign');
}
