import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ChangeEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useCheckoutLinkForm, useFormField, type UseCheckoutLinkFormResult } from '../headless';
import { createMemoryClient } from '../testing';
import { providerWrapper } from '../../test/helpers/hookTesting';

const wrapper = providerWrapper(createMemoryClient());

function LabelField({ form, onChange }: { form: UseCheckoutLinkFormResult; onChange: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const field = useFormField(form, 'label');
  return (
    <>
      <label {...field.getLabelProps()}>Label</label>
      <input {...field.getInputProps({ onChange })} />
      <output>{String(field.value)}</output>
    </>
  );
}

function Form({ onChange }: { onChange: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const form = useCheckoutLinkForm();
  return <LabelField form={form} onChange={onChange} />;
}

describe('prop getters merge the host props as Radix and React Aria do', () => {
  it("runs the host's handler first, and a host handler that calls preventDefault() stops ours", async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    const { rerender } = render(<Form onChange={(event) => seen.push(event.currentTarget.value)} />, { wrapper });

    await user.type(screen.getByLabelText('Label'), 'ab');
    expect(seen).toEqual(['a', 'ab']);
    expect(screen.getByRole('status')).toHaveTextContent('ab');

    rerender(<Form onChange={(event) => event.preventDefault()} />);
    await user.type(screen.getByLabelText('Label'), 'c');
    expect(screen.getByRole('status')).toHaveTextContent(/^ab$/);
  });

  it('gives the same merged ref for the same host ref on every render, and sets both refs', () => {
    const hostRef = createRef<HTMLInputElement>();
    const hostCallback = vi.fn();
    const { result, rerender } = renderHook(
      () => {
        const form = useCheckoutLinkForm();
        return { form, field: useFormField(form, 'label') };
      },
      { wrapper },
    );
    const first = result.current.field.getInputProps({ ref: hostRef }).ref;
    const firstCallback = result.current.field.getInputProps({ ref: hostCallback }).ref;
    rerender();
    act(() => result.current.form.setValue('label', 'changed'));

    expect(result.current.field.getInputProps({ ref: hostRef }).ref).toBe(first);
    expect(result.current.form.getInputProps('label', { ref: hostRef }).ref).toBe(first);
    expect(result.current.field.getInputProps({ ref: hostCallback }).ref).toBe(firstCallback);

    const input = document.createElement('input');
    first(input);
    firstCallback(input);
    expect(hostRef.current).toBe(input);
    expect(hostCallback).toHaveBeenCalledWith(input);
  });

  it('describes an input and a group by the host ids, the description and, while shown, the error', async () => {
    const { result } = renderHook(
      () => {
        const form = useCheckoutLinkForm();
        return { form, field: useFormField(form, 'success_url', { description: true }) };
      },
      { wrapper },
    );
    const { ids } = result.current.field;
    expect(result.current.field.getInputProps()['aria-describedby']).toBe(ids.description);
    expect(result.current.field.getGroupProps()['aria-describedby']).toBe(ids.description);

    act(() => {
      result.current.form.setValue('success_url', 'not a url');
      result.current.field.blur();
    });

    expect(result.current.field.error).toBeDefined();
    expect(result.current.field.getInputProps({ 'aria-describedby': 'counter' })['aria-describedby']).toBe(
      `counter ${ids.description} ${ids.error}`,
    );
    expect(result.current.field.getGroupProps()['aria-describedby']).toBe(`${ids.description} ${ids.error}`);
  });
});
