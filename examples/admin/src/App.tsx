import { useEffect, useRef } from 'react';
import { useI18n } from './i18n/LocaleContext.js';
import { focusWhenRendered } from './navigation/focusWhenRendered.js';
import { SignInScreen } from './session/SignInScreen.js';
import { useSession } from './session/useSession.js';
import { Header } from './shell/Header.js';
import { SignedInApp } from './shell/SignedInApp.js';

/** The demo: sign in as a demo user, then the admin screens of that user's tenant. */
export function App() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.data?.user ?? null;
  const mainRef = useRef<HTMLElement>(null);
  const known = session.data !== undefined;
  const userId = user?.id ?? null;
  const previousUser = useRef<string | null | undefined>(undefined);

  // The button that was pressed is gone after signing in or out: focus goes to the heading of
  // what replaced it (the first screen, or the sign-in card), not to the page's body.
  useEffect(() => {
    const main = mainRef.current;
    if (!known || !main) return;
    const previous = previousUser.current;
    previousUser.current = userId;
    if (previous === undefined || previous === userId) return;
    if (!userId) {
      // The next person to sign in starts at the list, not on the previous user's contract.
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
      return focusWhenRendered(main, '#sign-in-title');
    }
    if (main.querySelector('.admin-screen')?.contains(document.activeElement)) return;
    return focusWhenRendered(main, '.admin-screen h2');
  }, [known, userId]);

  return (
    <main className="demo" ref={mainRef}>
      <Header user={user} sandbox={session.data?.config.sandbox ?? true} />
      <p className="key-note">{t.app.keyNote}</p>
      {session.isPending ? <p aria-busy="true">{t.app.loading}</p> : null}
      {session.isError ? (
        <p role="alert" className="error">
          {t.signIn.failed}
        </p>
      ) : null}
      {session.data && !user ? <SignInScreen users={session.data.users} /> : null}
      {session.data && user ? <SignedInApp key={user.id} user={user} config={session.data.config} /> : null}
    </main>
  );
}
