import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { randomListEdit, seededRandom } from '../../../test/helpers/randomListEdits';
import type { Product } from '../../contract';
import { makeProduct } from '../../testing/fixtures';
import { ProductCardList } from './ProductCardList';

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});

const long = (name: string) => `${name}: ${'a description long enough to be cut behind Show more. '.repeat(8)}`;

describe('ProductCardList in Chromium', () => {
  // Chromium blurs a focused element that React moves (when cards placed before it jump ahead), and
  // React focuses it again as it commits: the focus the user sees stays on the same button.
  it('keeps focus and an open description through 200 random edits of 1,000 cards', { timeout: 120_000 }, async () => {
    let products = Array.from({ length: 1000 }, (_, index) => makeProduct({ name: `Product ${index + 1}`, description: long(`Product ${index + 1}`) }));
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    const show = (list: readonly Product[]) => act(async () => root?.render(<ProductCardList products={list} label="Products" />));
    await show(products);

    const showMoreOf = (product: Product) => host!.querySelector<HTMLElement>(`article[aria-label="${product.name}"] button[aria-expanded]`)!;
    const opened = products[700]!;
    const focused = products[300]!;
    await userEvent.click(showMoreOf(opened));
    const focusedButton = showMoreOf(focused);
    focusedButton.focus();

    const random = seededRandom(14);
    const make = (n: number) => makeProduct({ name: `New ${n}`, description: long(`New ${n}`) });
    for (let edit = 0; edit < 200; edit++) {
      products = randomListEdit(products, edit, random, { kept: [opened, focused], make });
      await show(products);
      expect(document.activeElement).toBe(focusedButton);
      expect(showMoreOf(opened)).toHaveAttribute('aria-expanded', 'true');
    }
    expect(showMoreOf(focused)).toBe(focusedButton);
    expect([...host.querySelectorAll('article')].map((card) => card.getAttribute('aria-label'))).toEqual(products.map((product) => product.name));
  });
});
