import type { ListTemplatesInput } from '@esign-kit/core';
import { getTemplate, listTemplates } from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callKit, readFailure, request, requestError } from './helpers.js';

const { supply, consent, employment } = seedIds.templates;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});

async function ids(input: ListTemplatesInput): Promise<number[]> {
  return (await request(sandbox, listTemplates, input)).templates.map((template) => template.id);
}

describe('GET signature-templates', () => {
  it('lists newest first, without signatureCount unless asked for', async () => {
    const { total, templates } = await request(sandbox, listTemplates, {});

    expect(total).toBe(3);
    expect(templates.map((template) => template.id)).toEqual([employment.id, consent.id, supply.id]);
    expect(templates[2]).not.toHaveProperty('signatureCount');
    expect(templates[2]).toMatchObject({
      name: '솔루션 공급 계약서',
      participantType: 'ORDER',
      participants: [
        { id: 1, order: 1, role: '갑' },
        { id: 2, order: 2, role: '을' },
      ],
    });
    const counted = await request(sandbox, listTemplates, { signatureCount: true });
    expect(counted.templates.map((template) => template.signatureCount)).toEqual([0, 0, 2]);
  });

  it.each([
    [{ title: '계약서' }, [employment.id, supply.id]],
    [{ tagIds: [seedIds.tags.hr, seedIds.tags.supply] }, [employment.id, supply.id]],
    [{ slug: consent.slug }, [consent.id]],
    [{ limit: 1, offset: 1 }, [consent.id]],
  ] as [ListTemplatesInput, number[]][])('filters and pages by %j', async (input, expected) => {
    expect(await ids(input)).toEqual(expected);
  });

  it('keeps total as the count before paging', async () => {
    expect((await request(sandbox, listTemplates, { limit: 1 })).total).toBe(3);
  });
});

describe('GET signature-templates/{key}', () => {
  it('answers the detail by id, with objects, tags and roles', async () => {
    const template = await request(sandbox, getTemplate, { templateKey: supply.id });

    expect(template).toMatchObject({
      id: supply.id,
      slug: supply.slug,
      signatureCount: 2,
      contractFile: expect.stringContaining('templates/4328'),
      tags: [{ id: seedIds.tags.supply, name: '공급' }],
    });
    expect(template.objects.map((object) => object.id)).toEqual([231, 232, 233, 234, 235]);
    expect(template.objects[0]).not.toHaveProperty('slug');
  });

  it('answers the same template by slug', async () => {
    expect((await request(sandbox, getTemplate, { templateKey: consent.slug })).id).toBe(consent.id);
  });

  it('reads a numeric key as an id first, then as a slug', async () => {
    sandbox.control.seed({ templates: [{ name: '연도 슬러그', slug: '2024', roles: ['서명자'] }] });

    expect((await request(sandbox, getTemplate, { templateKey: '4328' })).id).toBe(supply.id);
    expect((await request(sandbox, getTemplate, { templateKey: '2024' })).name).toBe('연도 슬러그');
  });

  it('answers 404 NOT_FOUND_SIGNATURE_TEMPLATE for an unknown id or slug', async () => {
    expect(await requestError(sandbox, getTemplate, { templateKey: 1 })).toEqual([404, 'NOT_FOUND_SIGNATURE_TEMPLATE']);
    const response = await callKit(sandbox, 'signature-templates/no-such-slug');
    expect((await readFailure(response)).message).toBe('전자서명 템플릿이 존재하지 않습니다.');
  });
});
