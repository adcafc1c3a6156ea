import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import { deMessages, defaultMessages } from '../../messages';
import { CheckoutLinkForm } from './CheckoutLinkForm';

const observers: MutationObserver[] = [];
afterEach(() => observers.splice(0).forEach((observer) => observer.disconnect()));

/**
 * The polite status region a search box points at, and every text it took since it was found:
 * what a screen reader announces from it.
 */
function watchStatus(searchboxName: string) {
  const searchbox = screen.getByRole('searchbox', { name: searchboxName });
  const ids = searchbox.getAttribute('aria-describedby')?.split(' ') ?? [];
  const region = ids.map((id) => document.getElementById(id)).find((element) => element?.getAttribute('role') === 'status');
  if (!region) throw new Error(`no status region describes the ${searchboxName} box`);
  const texts: string[] = [];
  const record = () => {
    const text = region.textContent ?? '';
    if (text !== texts.at(-1)) texts.push(text);
  };
  record();
  const observer = new MutationObserver(record);
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  observers.push(observer);
  // Emptied, the region says nothing; the same words again after that are said again.
  const said = () => texts.filter(Boolean);
  return { searchbox, region, said };
}

// The searches wait for a pause in typing; a busy machine makes their answers later still.
const settled = (region: HTMLElement, text: string) => waitFor(() => expect(region).toHaveTextContent(text), { timeout: 5000 });

describe('CheckoutLinkForm: the pickers say what a search found', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('announces the product count politely, once per settled search, and not when the picker renders again', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    const { searchbox, region, said } = watchStatus('Search products');
    expect(region).toHaveAttribute('role', 'status');
    expect(region).not.toHaveAttribute('aria-live', 'assertive');
    await settled(region, '10 products found');

    await user.type(searchbox, 'pro');
    await settled(region, '2 products match “pro”');
    // Choosing a result renders the picker again and asks for the chosen product: nothing new to say.
    await user.click(screen.getByRole('button', { name: 'Pro (yearly)' }));
    expect(screen.getByRole('button', { name: 'Pro (yearly)' })).toHaveAttribute('aria-pressed', 'true');

    await user.type(searchbox, 'zzz');
    await settled(region, 'No products match “prozzz”');
    expect(said()).toEqual(['Loading products…', '10 products found', '2 products match “pro”', 'No products match “prozzz”']);
  });

  it('announces a search with the same count as the one before it', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    const { searchbox, region, said } = watchStatus('Search products');
    await settled(region, '10 products found');
    await user.type(searchbox, 'pro');
    await settled(region, '2 products match “pro”');
    await user.type(searchbox, ' (');
    await settled(region, '1 product matches “pro (”');
    await user.type(searchbox, 'y');
    await settled(region, '1 product matches “pro (y”');
    expect(said().slice(-2)).toEqual(['1 product matches “pro (”', '1 product matches “pro (y”']);
  });

  it('announces the discount count, and a search that found none with its words', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    const { searchbox, region, said } = watchStatus('Search discounts');
    await settled(region, '5 discounts found');
    await user.type(searchbox, 'team');
    await settled(region, '1 discount matches “team”');
    await user.clear(searchbox);
    await user.type(searchbox, 'spring');
    await settled(region, 'No discounts match “spring”');
    expect(said().at(-1)).toBe('No discounts match “spring”');
    expect(said().filter((text) => text === 'No discounts match “spring”')).toHaveLength(1);
  });

  it('says it in German with German plurals', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />, { messages: deMessages, locale: 'de-DE' });
    const products = watchStatus(deMessages.builder.productSearchLabel);
    const discounts = watchStatus(deMessages.builder.discountSearchLabel);
    await settled(products.region, '10 Produkte gefunden');
    await settled(discounts.region, '5 Rabatte gefunden');
    await user.type(products.searchbox, 'starter');
    await settled(products.region, '1 Produkt passt zu „starter“');
    await user.type(discounts.searchbox, 'spring');
    await settled(discounts.region, 'Keine Rabatte passen zu „spring“');
  });
});

describe('the search count messages', () => {
  const en = defaultMessages.builder;
  const de = deMessages.builder;
  it.each([
    ['English, no search', en.productsFound, '', ['No products found', '1 product found', '1,000 products found']],
    ['English, a search', en.discountsFound, 'spring', ['No discounts match “spring”', '1 discount matches “spring”', '1,000 discounts match “spring”']],
    ['German, no search', de.productsFound, '', ['Keine Produkte gefunden', '1 Produkt gefunden', '1.000 Produkte gefunden']],
    ['German, a search', de.discountsFound, 'Frühling', ['Keine Rabatte passen zu „Frühling“', '1 Rabatt passt zu „Frühling“', '1.000 Rabatte passen zu „Frühling“']],
  ])('count in the language’s plurals and number format (%s)', (_, found, query, expected) => {
    expect([0, 1, 1000].map((count) => found(count, query))).toEqual(expected);
  });
});
