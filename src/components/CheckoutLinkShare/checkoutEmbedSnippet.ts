/** Polar's embed script (`@polar-sh/checkout`), which opens links marked `data-polar-checkout` over the page. */
export const POLAR_EMBED_SCRIPT_SRC = 'https://cdn.jsdelivr.net/npm/@polar-sh/checkout@0.1/dist/embed.global.js';

/** The colour scheme of the embedded checkout. */
export type EmbedTheme = 'light' | 'dark';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The HTML a host pastes to open `url` in Polar's embedded checkout: a link marked for the embed
 * script, and the script. The URL and button text are escaped, so any value stays text.
 */
export function checkoutEmbedSnippet(url: string, theme: EmbedTheme, buttonText: string): string {
  return [
    `<a href="${escapeHtml(url)}" data-polar-checkout data-polar-checkout-theme="${theme}">${escapeHtml(buttonText)}</a>`,
    `<script src="${POLAR_EMBED_SCRIPT_SRC}" defer data-auto-init></script>`,
  ].join('\n');
}
