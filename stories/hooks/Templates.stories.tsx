import { useTemplate, useTemplates } from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import { useDemoFormat } from '../support/format.js';
import { eventually } from '../support/play.js';
import { seed } from '../support/seed.js';

/** Templates (`useTemplates`), and the one picked in detail (`useTemplate`): roles and input objects. */
function TemplatePicker() {
  const list = useTemplates({ signatureCount: true });
  const [key, setKey] = useState<number | null>(null);
  const format = useDemoFormat();
  const detail = useTemplate(key === null ? null : { templateKey: key });
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '1rem' }}>
      <ul aria-label="템플릿">
        {list.data?.templates.map((template) => (
          <li key={template.id}>
            <button type="button" aria-pressed={key === template.id} onClick={() => setKey(template.id)}>
              {template.name}
            </button>{' '}
            (역할 {format.count(template.participants.length)}개, 전자서명 {format.count(template.signatureCount ?? 0)}
            건)
          </li>
        ))}
      </ul>
      <section aria-label="템플릿 상세">
        {key === null ? (
          <p>템플릿을 고르세요</p>
        ) : detail.data ? (
          <>
            <h3>{detail.data.name}</h3>
            <p>역할: {detail.data.participants.map((participant) => participant.role).join(' → ')}</p>
            <ul aria-label="입력 항목">
              {detail.data.objects.map((object) => (
                <li key={object.id}>
                  #{object.id} {object.name} ({format.status('objectType', object.type)})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p role="status">불러오는 중…</p>
        )}
      </section>
    </div>
  );
}

const meta = {
  title: 'Hooks/Templates',
  parameters: {
    docs: {
      description: {
        component:
          '`useTemplates` lists e-signature templates; `useTemplate({ templateKey })` reads one (id or slug) with its roles and input objects, whose ids pre-fill `items[]` when requesting a signature. Pass `null` to wait.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const UseTemplates: Story = {
  name: 'useTemplates + useTemplate',
  render: () => <TemplatePicker />,
  play: async ({ canvas, userEvent }) => {
    const list = await canvas.findByRole('list', { name: '템플릿' }, { timeout: 5000 });
    await eventually(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    const detail = canvas.getByRole('region', { name: '템플릿 상세' });
    await expect(detail).toHaveTextContent('템플릿을 고르세요');
    await userEvent.click(within(list).getByRole('button', { name: /공급/ }));
    await eventually(() => expect(within(detail).getByRole('heading')).toBeVisible());
    await expect(detail).toHaveTextContent('역할: 갑 → 을');
    const objects = within(detail)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    await expect(objects.some((object) => object?.startsWith('#231'))).toBe(true);
    await expect(within(list).getByRole('button', { pressed: true })).toBeVisible();
  },
};

export const UseTemplateBySlug: Story = {
  name: 'useTemplate: by slug',
  render: function BySlug() {
    const { data } = useTemplate({ templateKey: seed.templates.consent.slug });
    return <p data-testid="template">{data ? `${data.name} · ${data.participants.length}명` : '불러오는 중…'}</p>;
  },
  play: async ({ canvas }) => {
    await eventually(() => expect(canvas.getByTestId('template')).toHaveTextContent('개인정보 수집·이용 동의서 · 1명'));
  },
};
