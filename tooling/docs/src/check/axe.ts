// Runs axe-core in a page and sorts its violations by impact.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violated rule, with how many elements break it and a few of them. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: number;
  targets: string[];
}

/** The violations axe finds in the page as it is now (WCAG 2.x A and AA, and axe's best practices). */
export async function runAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.length,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
}

/** Whether a violation must fail the check. */
export function isBlocking(violation: Violation): boolean {
  return violation.impact === 'serious' || violation.impact === 'critical';
}
