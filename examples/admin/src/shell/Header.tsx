import { useI18n } from '../i18n/LocaleContext.js';
import type { SessionUser } from '../session/sessionApi.js';
import { useSessionActions } from '../session/useSession.js';
import { LocaleToggle } from './LocaleToggle.js';

/** Title, language, and who is signed in. */
export function Header({ user, sandbox }: { user: SessionUser | null; sandbox: boolean }) {
  const { t, locale } = useI18n();
  const { signOut } = useSessionActions();
  return (
    <header className="app-header">
      <div>
        <h1>{t.app.title}</h1>
        <p className="muted">
          {t.app.subtitle} · {sandbox ? t.app.sandboxNote : t.app.prixNote}
        </p>
      </div>
      <div className="header-tools">
        <LocaleToggle />
        {user ? (
          <p className="user">
            <span>{t.signIn.signedInAs(user.name[locale], user.tenant.name[locale])}</span>
            <button type="button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
              {t.signIn.signOut}
            </button>
          </p>
        ) : null}
      </div>
    </header>
  );
}
