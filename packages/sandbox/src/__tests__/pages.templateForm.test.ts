// @vitest-environment jsdom
import { getTemplate, listTemplates, templateFormUrl } from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { examplesNow } from './examples.js';
import { request } from './helpers.js';
import { alertText, mintPage, openPage, postForm, redirectOf, refusedPage, submitForm } from './pageHarness.js';

const { templates, tags } = seedIds;
const successUrl = 'https://app.example/templates/saved';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

const value = (page: { document: Document }, name: string) =>
  page.document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value;
const tickedTags = (page: { document: Document }) =>
  Array.from(page.document.querySelectorAll<HTMLInputElement>('input[name=tag]:checked'), (box) => Number(box.value));

describe('template form page', () => {
  it('creates a template with the minted slug and tags, like control.seed would, then goes to successUrl', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, templateFormUrl, { successUrl, slug: 'nda-2025', tagIds: [tags.important, tags.hr] }),
    );
    expect(page.document.querySelector('h1')?.textContent).toBe('템플릿 등록 · Create a template');
    expect(value(page, 'slug')).toBe('nda-2025');
    expect(tickedTags(page)).toEqual([tags.important, tags.hr]);

    const location = await redirectOf(
      await submitForm(sandbox, page, {
        changes: {
          name: '비밀유지계약서',
          roles: '회사, 상대방',
          objects: '계약 금액, 비밀 범위',
          participantType: 'TOGETHER',
        },
      }),
    );

    expect(location).toBe(successUrl);
    const created = sandbox.state.templates.at(-1);
    const submission = sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string)?.submissions[0];
    expect(submission).toEqual({
      at: examplesNow.toISOString(),
      action: 'template-created',
      contractUuids: [],
      templateId: created?.id,
    });
    const detail = await request(sandbox, getTemplate, { templateKey: 'nda-2025' });
    expect(detail).toMatchObject({
      id: created?.id,
      name: '비밀유지계약서',
      participantType: 'TOGETHER',
      participants: [
        { order: 1, role: '회사' },
        { order: 2, role: '상대방' },
      ],
      objects: [
        { name: '계약 금액', type: 'TEXT', category: 'DEFAULT' },
        { name: '비밀 범위', type: 'TEXT', category: 'DEFAULT' },
      ],
      tags: [
        { id: tags.important, name: '중요' },
        { id: tags.hr, name: '인사' },
      ],
    });
    expect((await request(sandbox, listTemplates, { slug: 'nda-2025' })).total).toBe(1);
  });

  it('edits the template of templateId: fields pre-filled with it, roles that keep their name keep their id', async () => {
    const before = structuredClone(sandbox.state.templates.find((template) => template.id === templates.supply.id));
    const page = await openPage(sandbox, await mintPage(sandbox, templateFormUrl, { templateId: templates.supply.id }));
    expect(page.document.querySelector('h1')?.textContent).toBe('템플릿 편집 · Edit a template');
    expect(value(page, 'name')).toBe('솔루션 공급 계약서');
    expect(value(page, 'slug')).toBe('supply-contract');
    expect(value(page, 'roles')).toBe('갑, 을');
    expect(value(page, 'participantType')).toBe('ORDER');
    expect(tickedTags(page)).toEqual([tags.supply]);
    expect(page.document.querySelector('[name=objects]')).toBeNull();

    const location = await redirectOf(
      await submitForm(sandbox, page, { changes: { name: '솔루션 공급 계약서 v2', roles: '갑, 을, 보증인' } }),
    );

    expect(location).toBe(page.url);
    const edited = sandbox.state.templates.find((template) => template.id === templates.supply.id);
    expect(edited?.name).toBe('솔루션 공급 계약서 v2');
    expect(edited?.participants.map(({ id, role }) => [id, role])).toEqual([
      [before?.participants[0]?.id, '갑'],
      [before?.participants[1]?.id, '을'],
      [expect.any(Number), '보증인'],
    ]);
    expect(edited?.objects).toEqual(before?.objects);
    expect(edited?.updatedAt).toBe(examplesNow.toISOString());
    const after = await openPage(sandbox, location);
    expect(after.document.querySelector('[role=status]')?.textContent).toContain('솔루션 공급 계약서 v2');
    expect((await submitForm(sandbox, page)).status).toBe(409);
  });

  it('hides the tags with disabledInputs TAG and keeps the minted ones', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, templateFormUrl, { tagIds: [tags.archived], disabledInputs: ['TAG', 'PERMISSION'] }),
    );
    expect(page.document.querySelector('[name=tag]')).toBeNull();

    await redirectOf(await submitForm(sandbox, page, { changes: { name: '보관용', roles: '본인' } }));

    expect(sandbox.state.templates.at(-1)?.tagIds).toEqual([tags.archived]);
  });

  it('refuses tags posted to a page that hides them, and saves nothing', async () => {
    const url = await mintPage(sandbox, templateFormUrl, { tagIds: [tags.archived], disabledInputs: ['TAG'] });
    const count = sandbox.state.templates.length;

    const tampered = new URLSearchParams({ name: '몰래', roles: '본인', tag: String(tags.important) });
    const refused = await refusedPage(await postForm(sandbox, url, tampered), url);

    expect(refused.response.status).toBe(400);
    expect(alertText(refused)).toContain('TAG: 이 페이지에서 숨긴 입력입니다');
    expect(refused.document.querySelector('[name=tag]')).toBeNull();
    expect(sandbox.state.templates).toHaveLength(count);
  });

  it('refuses a taken slug or missing roles, showing what was entered', async () => {
    const page = await openPage(sandbox, await mintPage(sandbox, templateFormUrl, {}));
    const count = sandbox.state.templates.length;

    const taken = await refusedPage(
      await submitForm(sandbox, page, { changes: { name: '중복', roles: '갑', slug: 'privacy-consent' } }),
      page.url,
    );
    const noRoles = await refusedPage(
      await submitForm(sandbox, page, { changes: { name: '역할 없음', roles: ' , ' } }),
      page.url,
    );
    const editing = await openPage(
      sandbox,
      await mintPage(sandbox, templateFormUrl, { templateId: templates.employment.id }),
    );
    const editTaken = await refusedPage(
      await submitForm(sandbox, editing, { changes: { slug: 'supply-contract' } }),
      editing.url,
    );

    expect(taken.response.status).toBe(400);
    expect(alertText(taken)).toContain('slug: Another template already uses this slug.');
    expect(value(taken, 'name')).toBe('중복');
    expect(alertText(noRoles)).toContain('roles');
    expect(alertText(editTaken)).toContain('supply-contract');
    expect(sandbox.state.templates).toHaveLength(count);
    expect(sandbox.state.templates.find((template) => template.id === templates.employment.id)?.slug).toBeNull();
  });
});
