'use client';
import type { PageErrorPart } from '@esign-kit/core';
import type { PageLabels } from './labels.js';

/**
 * A failed launch, as the page buttons show it: the reason in the user's language, a plain link
 * when only the new tab was blocked, and "open in a new tab" when the frame was refused.
 */
export function LaunchError(props: { error: PageErrorPart; labels: PageLabels; onOpenInTab: () => void }) {
  const { error, labels } = props;
  const code = error.props['data-error'];
  return (
    <span className="esign-kit-error" {...error.props}>
      {/* Every launch error's message is in the client's language: the proxy's, or the launcher's own. */}
      {error.message}
      {code === 'popup_blocked' && error.url ? (
        <a href={error.url} target="_blank" rel="noopener noreferrer" data-esign-kit-part="link">
          {labels.openLink}
        </a>
      ) : null}
      {code === 'frame_refused' ? (
        <button type="button" data-esign-kit-part="open-in-tab" onClick={props.onOpenInTab}>
          {labels.openInNewTab}
        </button>
      ) : null}
    </span>
  );
}
