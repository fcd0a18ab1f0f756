import { EsignKitProvider, useEsignClient } from '@esign-kit/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { focusWhenRendered } from '../navigation/focusWhenRendered.js';
import { esignonSetupKey, useEsignonSetup } from './esignonSetup.js';
import { StartWorkflowForm } from './StartWorkflowForm.js';
import { useWorkflowParam } from './useWorkflowParam.js';
import { WorkflowList } from './WorkflowList.js';
import { WorkflowPanel } from './WorkflowPanel.js';
import './esignon.css';

/**
 * The eSignon section: start a contract for two signers, pick one of the tenant's contracts, and
 * follow it (status, signers, history, signing pages, documents). It talks to the same proxy as
 * the rest of the admin; its pages open from eSignon's origin (or the sandbox's), which this
 * section alone allows.
 */
export function EsignonScreen() {
  const { t } = useI18n();
  const client = useEsignClient();
  const queryClient = useQueryClient();
  const setup = useEsignonSetup();
  const [workflowId, showWorkflow] = useWorkflowParam();
  const origins = setup.data?.pageOrigins;
  const pages = useMemo(() => ({ allowedOrigins: origins ?? [] }), [origins]);
  // A contract just started or picked: focus goes to its heading once it has loaded (on a phone
  // the panel is above the form, out of sight of the button that was pressed).
  const layout = useRef<HTMLDivElement>(null);
  const [shownByUser, setShownByUser] = useState(0);
  useEffect(() => {
    if (shownByUser === 0 || !layout.current) return;
    return focusWhenRendered(layout.current, '.esignon-workflow[aria-busy="false"] h3');
  }, [shownByUser]);
  const show = (id: string) => {
    showWorkflow(id);
    setShownByUser((count) => count + 1);
  };
  const started = (id: string) => {
    void queryClient.invalidateQueries({ queryKey: esignonSetupKey });
    show(id);
  };
  return (
    <div className="esignon-screen">
      <section className="card esignon-intro" aria-labelledby="esignon-title">
        <h2 id="esignon-title">{t.esignon.title}</h2>
        <p className="muted">{t.esignon.intro}</p>
        {setup.data ? (
          <p className="esignon-mode" data-mode={setup.data.mode}>
            {t.esignon.mode[setup.data.mode]}
          </p>
        ) : null}
        {setup.isPending ? <Progress label={t.app.loading} /> : null}
        {setup.isError ? (
          <p role="alert" className="error">
            {t.esignon.setupFailed}
          </p>
        ) : null}
        {setup.data === null ? <p className="esignon-off">{t.esignon.unavailable}</p> : null}
      </section>
      {setup.data ? (
        <EsignKitProvider client={client} pages={pages}>
          <div className="esignon-layout" ref={layout}>
            <div className="card esignon-side">
              <StartWorkflowForm onStarted={started} />
              <WorkflowList workflows={setup.data.workflows} shown={workflowId} onShow={show} />
            </div>
            {workflowId ? <WorkflowPanel key={workflowId} workflowId={workflowId} /> : null}
          </div>
        </EsignKitProvider>
      ) : null}
    </div>
  );
}
