// Leak bench: the create dialog (builder inside) mounted, opened, closed and unmounted again and again.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CreateCheckoutLinkDialog } from '../../src/components/CreateCheckoutLinkDialog';
import { CheckoutLinksProvider } from '../../src/hooks';
import { createMemoryClient } from '../../src/testing/createMemoryClient';
import { benchProducts } from '../fixtures';

const products = benchProducts(20, location.origin);

/** Resolves once `found()` holds (checked every few milliseconds), or rejects after 5 s. */
function until(found: () => boolean): Promise<void> {
  const deadline = performance.now() + 5000;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (found()) resolve();
      else if (performance.now() > deadline) reject(new Error('leak bench: the dialog did not show its products'));
      else setTimeout(check, 2);
    };
    check();
  });
}

/**
 * One cycle: mount the dialog closed, open it, wait until its product picker shows products, then
 * unmount, with the dialog open on even cycles and closed first on odd ones. Each cycle has a
 * client and provider of its own, as a page that mounts the builder on a route would.
 */
async function cycle(index: number): Promise<void> {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const client = createMemoryClient({ products });
  const render = (open: boolean) =>
    flushSync(() =>
      root.render(
        <CheckoutLinksProvider client={client}>
          <CreateCheckoutLinkDialog open={open} onOpenChange={() => undefined} />
        </CheckoutLinksProvider>,
      ),
    );
  render(false);
  render(true);
  await until(() => document.querySelector('[role="dialog"] .pcl-product-card') !== null);
  if (index % 2 === 1) render(false);
  root.unmount();
  container.remove();
}

const bench = {
  async cycles(count: number): Promise<number> {
    for (let index = 0; index < count; index++) await cycle(index);
    return document.getElementsByTagName('*').length;
  },
};

Object.assign(window, { bench });
