import { useSigningEventsMode } from '@esign-kit/react/events';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import { livePollSeconds } from './liveSettings.js';
import './live.css';

/** A reconnect shorter than this is not worth telling anyone about. */
const quietConnectMs = 1500;

/**
 * How the screen learns that a contract moved on: live (the proxy's event stream), refetching
 * every few seconds (the stream cannot get through), or nothing on screen to watch. A polite
 * status region with one short word, so a screen reader hears a change of mode, never each
 * event; "connecting" shows only when it lasts.
 */
export function LiveStatus() {
  const { t } = useI18n();
  const mode = useSigningEventsMode();
  const [shown, setShown] = useState(mode);
  useEffect(() => {
    if (mode !== 'connecting') {
      setShown(mode);
      return;
    }
    const timer = setTimeout(() => setShown(mode), quietConnectMs);
    return () => clearTimeout(timer);
  }, [mode]);
  return (
    <p className="live-status" role="status" data-live={shown} title={t.live.hint[shown]}>
      <span className="live-status-dot" aria-hidden="true" />
      <span className="visually-hidden">{t.live.label}: </span>
      {shown === 'polling' ? t.live.polling(livePollSeconds) : t.live.mode[shown]}
    </p>
  );
}
