import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProfilerOnRenderCallback } from 'react';
import { describe, expect, it } from 'vitest';
import type { Metadata } from '../contract';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeCheckoutLink, makeProduct } from '../testing/fixtures';
import { BareCheckoutLinkForm } from '../../test/helpers/BareCheckoutLinkForm';
import { providerWrapper } from '../../test/helpers/hookTesting';

const products = Array.from({ length: 100 }, (_, index) => makeProduct({ name: `Product ${index + 1}` }));
const metadata: Metadata = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`key_${index + 1}`, `value ${index + 1}`]));
const link = makeCheckoutLink({ products: [products[0]!], metadata, label: 'Big form' });

/** Renders the bare builder with 100 products in the picker and 50 metadata rows, counting renders per part. */
async function renderBigForm() {
  const client = createMemoryClient({ products, links: [link] });
  const rendered = new Map<string, number>();
  let formRenders = 0;
  const onRender: ProfilerOnRenderCallback = (id) => rendered.set(id, (rendered.get(id) ?? 0) + 1);
  render(
    <BareCheckoutLinkForm link={link} pickerProducts={products} pickerDiscounts={[]} onRender={onRender} onFormRender={() => (formRenders += 1)} />,
    { wrapper: providerWrapper(client) },
  );
  await screen.findByDisplayValue('value 50');
  // Let the pickers' requests settle: only the keystroke must be measured.
  await waitFor(() => expect(client.calls.length).toBeGreaterThanOrEqual(2));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    measure: async (action: () => Promise<void>) => {
      rendered.clear();
      formRenders = 0;
      await action();
      return { parts: [...rendered.keys()], components: rendered.size + (formRenders > 0 ? 1 : 0) };
    },
  };
}

// A big form on a shared machine: more time than the default to mount, the measure itself is exact.
describe('useCheckoutLinkForm rendering', { timeout: 20_000 }, () => {
  it('re-renders only the field typed in (100 picker products, 50 metadata rows)', async () => {
    const user = userEvent.setup();
    const { measure } = await renderBigForm();
    const labelInput = screen.getByDisplayValue('Big form');
    expect(labelInput).toHaveAccessibleName('Label');
    await user.click(labelInput);

    const typing = await measure(() => user.keyboard('!'));

    console.info(`typing one character in Label re-rendered ${typing.components} component(s): ${typing.parts.join(', ')}`);
    expect(labelInput).toHaveValue('Big form!');
    expect(typing.parts).toEqual(['label']);
    expect(typing.components).toBeLessThanOrEqual(3);
  });

  it('re-renders only the metadata row typed in', async () => {
    const user = userEvent.setup();
    const { measure } = await renderBigForm();
    const row25 = screen.getByDisplayValue('value 25');
    await user.click(row25);

    const typing = await measure(() => user.keyboard('x'));

    console.info(`typing one character in a metadata value re-rendered ${typing.components} component(s): ${typing.parts.join(', ')}`);
    expect(row25).toHaveValue('value 25x');
    expect(typing.parts).toHaveLength(1);
    expect(typing.parts[0]).toMatch(/^metadata-/);
    expect(typing.components).toBeLessThanOrEqual(3);
  });
});
