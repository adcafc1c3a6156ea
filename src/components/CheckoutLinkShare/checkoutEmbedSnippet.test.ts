import { describe, expect, it } from 'vitest';
import { checkoutEmbedSnippet, POLAR_EMBED_SCRIPT_SRC } from './checkoutEmbedSnippet';

describe('checkoutEmbedSnippet', () => {
  it('marks the link for Polar’s embed script in the chosen theme and loads the script', () => {
    const snippet = checkoutEmbedSnippet('https://buy.polar.sh/polar_cl_abc', 'dark', 'Purchase');
    expect(snippet).toBe(
      '<a href="https://buy.polar.sh/polar_cl_abc" data-polar-checkout data-polar-checkout-theme="dark">Purchase</a>\n' +
        `<script src="${POLAR_EMBED_SCRIPT_SRC}" defer data-auto-init></script>`,
    );
    expect(checkoutEmbedSnippet('https://x.test/', 'light', 'Buy')).toContain('data-polar-checkout-theme="light"');
  });

  it('escapes the URL and the button text, so they cannot break out of the markup', () => {
    const snippet = checkoutEmbedSnippet('https://x.test/?a=1&b="2"', 'light', '<img src=x onerror=alert(1)>');
    expect(snippet).toContain('href="https://x.test/?a=1&amp;b=&quot;2&quot;"');
    expect(snippet).toContain('&lt;img src=x onerror=alert(1)&gt;</a>');
    expect(snippet).not.toContain('<img');
  });
});
