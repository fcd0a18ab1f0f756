import type { Plugin } from 'vitest/config';
import type { TestProject } from 'vitest/node';

/**
 * Lets the other browser projects of the same `vitest run` take their browser-server ports first.
 *
 * Vitest numbers browser servers 63315, 63316, … in the order they are configured, and those are
 * configured concurrently. The `browser` project's set-up expects its page on 63315 (the proxy it
 * starts trusts exactly that origin), so this project's browser server waits, in its `config` hook,
 * until every other browser project has its server. Run alone, nothing waits.
 */
export function afterOtherBrowserProjects(ownName: string): Plugin {
  let others: TestProject[] = [];
  return {
    name: 'esign-kit:after-other-browser-projects',
    configureVitest({ vitest }) {
      others = vitest.projects.filter(
        (project) => !project.name.startsWith(ownName) && project.config.browser.enabled === true,
      );
    },
    async config() {
      // The project's own (Node) server is configured before `configureVitest`: nothing to wait for.
      if (others.length === 0) return;
      const deadline = Date.now() + 60_000;
      while (others.some((project) => project.browser === undefined) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
