import { describe, expect, it } from 'vitest';
import { listContractTags, setContractTags } from '../../operations/tags/index.js';
import { referenceContractUuid } from '../fixtures.js';
import { referenceOldTag, tagExamples } from './fixtures/tags.js';
import { describeReferenceExamples, describeRejections, issuesOf } from './helpers.js';

describeReferenceExamples(tagExamples);

describe('tag inputs', () => {
  it('accepts an empty tag list (clearing the tags is an inference, not refused)', () => {
    expect(issuesOf(setContractTags, { contractUuid: referenceContractUuid, input: { tagIds: [] } })).toEqual([]);
  });

  describeRejections([
    [
      'tagIds outside the input wrapper',
      setContractTags,
      { contractUuid: referenceContractUuid, tagIds: [2] },
      { path: '', message: 'Unknown field(s): tagIds.' },
    ],
    [
      'a tag id that is not a positive integer',
      setContractTags,
      { contractUuid: referenceContractUuid, input: { tagIds: [2, -1] } },
      { path: 'input.tagIds.1', message: 'Must be a positive integer.' },
    ],
    [
      'a filter on the tag list (it takes none)',
      listContractTags,
      { name: '영업' },
      { path: '', message: 'Unknown field(s): name.' },
    ],
  ]);
});

describe('tag data', () => {
  it('is the array itself, keeps an unknown colour and drops the old customColumnUniqueKey', () => {
    const parsed = listContractTags.data.safeParse([referenceOldTag]);
    expect(parsed.success && parsed.data).toEqual([{ id: 2, name: '인사', colorCode: 'PINK', order: 2 }]);
    expect(listContractTags.data.safeParse({ tags: [] }).success).toBe(false);
  });

  it('reads no data when the tags are set, whatever Prix puts there ({ ok: true } is documented)', () => {
    for (const data of [undefined, null, {}, { tagIds: [2] }]) {
      expect(setContractTags.data.safeParse(data)).toEqual({ success: true, data: undefined });
    }
  });
});
