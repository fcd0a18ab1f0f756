import { esignKeyRoot } from '@esign-kit/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/LocaleContext.js';
import { signAsParticipant } from './sandboxApi.js';

/**
 * Sandbox only: signs for a participant, so statuses can be seen moving without a second person.
 * Afterwards the esign-kit queries refetch, as they would after a webhook.
 */
export function SandboxSignButton({ participantUuid }: { participantUuid: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const sign = useMutation({
    mutationFn: signAsParticipant,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [esignKeyRoot] }),
  });
  return (
    <>
      {' '}
      <button
        type="button"
        className="small"
        disabled={sign.isPending}
        aria-busy={sign.isPending}
        onClick={() => sign.mutate(participantUuid)}
      >
        {sign.isPending ? t.sandbox.signing : t.sandbox.sign}
      </button>
      {sign.isError ? (
        <span role="alert" className="error">
          {' '}
          {sign.error.message}
        </span>
      ) : null}
    </>
  );
}
