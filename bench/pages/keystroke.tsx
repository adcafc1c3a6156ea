// Keystroke bench: which components render when one character is typed into the styled builder.
import { Profiler } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CheckoutLinkForm } from '../../src/components/CheckoutLinkForm';
import { CheckoutLinksProvider } from '../../src/hooks';
import { createMemoryClient } from '../../src/testing/createMemoryClient';
import { componentsRenderedInLastCommit } from '../../test/helpers/renderedComponents';
import { benchMetadata, benchProducts } from '../fixtures';

const products = benchProducts(100, location.origin);
const metadata = benchMetadata(50);

let mounted: { root: Root; container: HTMLElement } | null = null;
let rendered: string[] = [];

const bench = {
  /**
   * Mounts the builder for a new link. `big`: 100 products in the picker's catalogue and results
   * (one selected) and 50 metadata rows. `empty`: no products anywhere and one metadata row (so
   * that its fields exist too).
   */
  mount(size: 'big' | 'empty'): void {
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const big = size === 'big';
    const client = createMemoryClient({ products: big ? products : [] });
    flushSync(() =>
      root.render(
        <CheckoutLinksProvider client={client}>
          <Profiler id="builder" onRender={() => rendered.push(...componentsRenderedInLastCommit(container))}>
            <CheckoutLinkForm
              products={big ? products : undefined}
              defaultValues={big ? { products: [products[0]!.id], metadata } : { metadata: { key_25: 'value 25' } }}
            />
          </Profiler>
        </CheckoutLinksProvider>,
      ),
    );
    mounted = { root, container };
  },

  unmount(): void {
    mounted?.root.unmount();
    mounted?.container.remove();
    mounted = null;
  },

  /** Forgets what rendered so far. */
  resetRenders(): void {
    rendered = [];
  },

  /** The components that rendered since the last reset. */
  renders(): string[] {
    return rendered;
  },
};

Object.assign(window, { bench });
