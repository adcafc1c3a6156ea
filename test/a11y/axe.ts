import axe from 'axe-core';

/**
 * The axe violations in `root`, as readable lines. jsdom lays nothing out, so the rules that need
 * rendering (colour contrast) are left to the browser runs (Storybook's a11y tests).
 */
export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const results = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} — ${node.target.join(' ')}`),
  );
}
