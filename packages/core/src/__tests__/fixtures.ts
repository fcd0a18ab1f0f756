/** The reference's own examples (prix-kit-api.md §2.2 and §2.8), verbatim where it gives them. */
export const referenceContractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
export const referenceSignatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
export const referenceParticipantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';

export const referenceSendBody = {
  participantUuid: referenceParticipantUuid,
  type: 'REQUEST',
  sendInput: { sendType: 'EMAIL', sendAddress: 'test@prix.im' },
} as const;

export const referenceFindData = {
  contract: {
    id: '1',
    uuid: referenceContractUuid,
    concludedFile: '...concluded.pdf',
    title: 'A컴퍼니 MOU',
    customers: [{ id: 1, title: '파트너 고객사', customKey: 'A5-k159402' }],
    file: '...contract.pdf',
    createdAt: '2024-07-05T00:00:00.000Z',
    updatedAt: '2024-07-05T00:00:00.000Z',
    customKey: 'a4-k1234',
    status: 'CREATED',
    type: 'NEW',
    wordFile: '...contract.docx',
    contractDate: {
      concludedDate: '2024-07-05T00:00:00.000Z',
      startDate: '2024-07-05T00:00:00.000Z',
      endDate: '2024-07-05T00:00:00.000Z',
    },
    managerNames: ['이용우'],
    signature: {
      uuid: referenceSignatureUuid,
      title: 'A컴퍼니 MOU 전자서명',
      expiredDate: '2024-10-15T00:00:00.000Z',
      status: 'WAITING',
      createdAt: '2024-07-15T00:00:00.000Z',
      participants: [],
      objects: [
        {
          contents: '서울시 강남구 선릉로 551',
          type: 'TEXT',
          category: 'DEFAULT',
          name: '주소',
          description: '상세 주소를 입력해 주세요.',
        },
      ],
    },
  },
};
