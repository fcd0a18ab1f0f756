import type { PageInfo } from '@esign-kit/core';
import { useI18n } from '../i18n/LocaleContext.js';

/** Previous / next over a list, from core's `pageInfo`. */
export function Pager({
  page,
  total,
  onOffset,
}: {
  page: PageInfo;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="pager">
      <button
        type="button"
        disabled={!page.hasPrevious}
        onClick={() => page.previousOffset !== undefined && onOffset(page.previousOffset)}
      >
        {t.list.previous}
      </button>
      <span>{t.list.position(page.page, page.pageCount, total)}</span>
      <button
        type="button"
        disabled={!page.hasNext}
        onClick={() => page.nextOffset !== undefined && onOffset(page.nextOffset)}
      >
        {t.list.next}
      </button>
    </div>
  );
}
