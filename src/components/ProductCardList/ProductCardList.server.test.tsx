// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeProduct } from '../../testing/fixtures';
import { ProductCardList } from './ProductCardList';

describe('ProductCardList on the server', () => {
  it('renders every card in the first render, in order, inside one labelled list', () => {
    const products = Array.from({ length: 250 }, (_, index) => makeProduct({ name: `Product ${index + 1}` }));
    const html = renderToString(<ProductCardList products={products} label="Products" />);
    expect(html).toMatch(/^<ul role="list" aria-label="Products" [^>]*>/);
    expect(html.match(/<li class="pcl-product-card-list__item">/g)).toHaveLength(250);
    const names = [...html.matchAll(/<h3 [^>]*>([^<]*)<\/h3>/g)].map((match) => match[1]);
    expect(names).toEqual(products.map((product) => product.name));
  });
});
