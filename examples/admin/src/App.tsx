import { useI18n } from './i18n/LocaleContext.js';
import { SignInScreen } from './session/SignInScreen.js';
import { useSession } from './session/useSession.js';
import { Header } from './shell/Header.js';
import { SignedInApp } from './shell/SignedInApp.js';

/** The demo: sign in as a demo user, then the admin screens of that user's tenant. */
export function App() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.data?.user ?? null;
  return (
    <main className="demo">
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
