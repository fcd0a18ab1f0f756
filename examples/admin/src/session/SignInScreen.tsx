import { useI18n } from '../i18n/LocaleContext.js';
import type { SessionData } from './sessionApi.js';
import { useSessionActions } from './useSession.js';

/** The two demo users; signing in sets the httpOnly session cookie the proxy checks. */
export function SignInScreen({ users }: { users: SessionData['users'] }) {
  const { t, locale } = useI18n();
  const { signIn } = useSessionActions();
  return (
    <section className="card sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t.signIn.title}</h2>
      <p>{t.signIn.intro}</p>
      <ul className="user-list">
        {users.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              className="primary"
              disabled={signIn.isPending}
              onClick={() => signIn.mutate(user.id)}
            >
              {t.signIn.as(user.name[locale])}
            </button>
            <span className="muted">
              {t.signIn.tenant}: {user.tenantName[locale]}
            </span>
          </li>
        ))}
      </ul>
      {signIn.isPending ? <p role="status">{t.signIn.working}</p> : null}
      {signIn.isError ? (
        <p role="alert" className="error">
          {t.signIn.failed}
        </p>
      ) : null}
    </section>
  );
}
