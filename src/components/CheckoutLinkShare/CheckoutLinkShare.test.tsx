import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../test/a11y/axe';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import type { CheckoutLink } from '../../contract';
import type { PartialMessages } from '../../messages';
import { catalogueIds, createCatalogue, makeCheckoutLink, makeProduct } from '../../testing';
import { CheckoutLinkShare } from './CheckoutLinkShare';


const catalogue = createCatalogue();
const product = (id: string) => catalogue.products.find((candidate) => candidate.id === id)!;
const proDiscount = catalogue.discounts.find((discount) => discount.id === catalogueIds.discounts.proAnnual)!;

function renderShare(link: CheckoutLink, messages?: PartialMessages) {
  return renderWithPolar(<CheckoutLinkShare link={link} />, { messages });
}

const tipJarLink = () =>
  makeCheckoutLink({
    products: [product(catalogueIds.products.tipJar)],
    success_url: 'https://acme.test/thanks?checkout_id={CHECKOUT_ID}',
    metadata: { campaign: 'spring', issue: 12 },
  });

describe('CheckoutLinkShare', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('shows the URL in a read-only labelled field and copies it, announcing "Copied" politely', async () => {
    const link = tipJarLink();
    const { user } = renderShare(link);
    const field = screen.getByRole('textbox', { name: 'Checkout link' });
    expect(field).toHaveValue(link.url);
    expect(field).toHaveAttribute('readonly');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(link.url);
    const status = within(field.closest('.pcl-copy') as HTMLElement).getByRole('status');
    expect(status).toHaveTextContent('Copied');
  });

  it('selects the URL for the user when the clipboard refuses, and says how to copy it', async () => {
    const link = tipJarLink();
    const { user } = renderShare(link);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Checkout link' });
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, link.url.length]);
    const status = within(field.closest('.pcl-copy') as HTMLElement).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/Could not copy/));
  });

  it('opens the link in a new tab without giving it the opener, and only for http(s) URLs', () => {
    const link = tipJarLink();
    const { unmount } = renderShare(link);
    const open = screen.getByRole('link', { name: 'Open link (opens in a new tab)' });
    expect(open).toHaveAttribute('href', link.url);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    unmount();
    renderShare({ ...link, url: 'javascript:alert(1)' });
    expect(screen.queryByRole('link', { name: /Open link/ })).not.toBeInTheDocument();
  });

  it('shows the embed code as text, in the theme chosen', async () => {
    const link = tipJarLink();
    const { user, container } = renderShare(link);
    const code = screen.getByRole('textbox', { name: 'Embed code' });
    expect(code).toHaveValue(
      `<a href="${link.url}" data-polar-checkout data-polar-checkout-theme="light">Purchase</a>\n` +
        '<script src="https://cdn.jsdelivr.net/npm/@polar-sh/checkout@0.1/dist/embed.global.js" defer data-auto-init></script>',
    );
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect((code as HTMLTextAreaElement).value).toContain('data-polar-checkout-theme="dark"');
    expect(container.querySelector('[data-polar-checkout], script')).toBeNull();
    expect(screen.getByText(/allowed embed hosts/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toContain('data-polar-checkout-theme="dark"');
  });

  it('composes the link with prefilled values, shows each problem at its field and copies the result', async () => {
    const link = tipJarLink();
    const { user } = renderShare(link);
    const email = screen.getByRole('textbox', { name: 'Customer email' });
    await user.type(email, 'ada@');
    await user.tab();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter an email address such as name@example.com.');
    const composed = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link with these options' });
    expect(composed.value).toBe(link.url);

    await user.type(email, 'example.com');
    expect(email).not.toHaveAttribute('aria-invalid');
    const amount = screen.getByRole('textbox', { name: 'Amount (pay what you want)' });
    expect(amount).toHaveAccessibleDescription('In USD, from $1 to $1,000.');
    await user.type(amount, '12.50');
    await user.type(screen.getByRole('textbox', { name: 'UTM source' }), 'newsletter');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Checkout theme' }), 'dark');
    const params = new URL(composed.value).searchParams;
    expect(Object.fromEntries(params)).toEqual({ customer_email: 'ada@example.com', amount: '1250', theme: 'dark', utm_source: 'newsletter' });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' }).value).toContain(composed.value.replace(/&/g, '&amp;'));

    await user.click(screen.getByRole('button', { name: 'Copy link with options' }));
    expect(await navigator.clipboard.readText()).toBe(composed.value);
  });

  it('checks the amount against the range of the product it is for', async () => {
    const link = makeCheckoutLink({ products: [product(catalogueIds.products.starterKit), product(catalogueIds.products.tipJar)] });
    const { user } = renderShare(link);
    const amount = screen.getByRole('textbox', { name: 'Amount (pay what you want)' });
    await user.type(amount, '2000');
    await user.tab();
    expect(amount).toHaveAccessibleDescription(/Enter at most \$1,000\./);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'Starter Kit');
    expect(amount).toHaveAccessibleDescription('This product has a set price: leave the amount empty.');
  });

  it('summarises what the link sells as plain text, hostile values included', () => {
    const hostile = makeProduct({ name: '<img src=x onerror=alert(1)>' });
    const link = makeCheckoutLink({
      products: [product(catalogueIds.products.proMonthly), hostile],
      discount: proDiscount,
      allow_discount_codes: false,
      trial_interval: 'day',
      trial_interval_count: 14,
      success_url: 'https://acme.test/welcome?checkout_id={CHECKOUT_ID}',
      metadata: { source: '<b>homepage</b>' },
    });
    const { container } = renderShare(link);
    const summary = screen.getByRole('region', { name: 'What this link sells' });
    const products = within(summary).getAllByRole('listitem').map((item) => item.textContent);
    expect(products.slice(0, 2)).toEqual(['Pro', '<img src=x onerror=alert(1)>']);
    expect(summary).toHaveTextContent('Pro: 30% off (PRO30)');
    expect(summary).toHaveTextContent('Discount codes allowedNo');
    expect(summary).toHaveTextContent('Free trial14 days');
    expect(summary).toHaveTextContent('https://acme.test/welcome?checkout_id={CHECKOUT_ID}');
    expect(summary).toHaveTextContent('source: <b>homepage</b>');
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('shows a QR code of the link, with SVG and PNG downloads', async () => {
    renderShare(tipJarLink());
    const qr = screen.getByRole('region', { name: 'QR code' });
    const image = await within(qr).findByRole('img', { name: 'QR code of the checkout link' });
    expect(image.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(within(qr).getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
    expect(within(qr).getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
  });

  it('takes its words from the provider, a partial override replacing only what it names', () => {
    renderShare(tipJarLink(), { share: { copy: 'Link kopieren' } });
    expect(screen.getByRole('button', { name: 'Link kopieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderShare(makeCheckoutLink({ products: [product(catalogueIds.products.tipJar), product(catalogueIds.products.proMonthly)] }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
