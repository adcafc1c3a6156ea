import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import type { CheckoutLink, Discount, Product } from '../../src/contract';
import {
  useCheckoutLinkForm,
  useCheckoutLinkFormState,
  useDiscounts,
  useFormField,
  useMessages,
  useProducts,
  type UseCheckoutLinkFormResult,
} from '../../src/hooks';
import type { CheckoutLinkCheckboxFieldName, CheckoutLinkFormDefaults, CheckoutLinkTextFieldName } from '../../src/state';

/*
 * The checkout link builder as a host with its own design system would write it: bare HTML on
 * the public hooks only. Each part is its own component with its own subscription; with
 * `onRender`, each part is wrapped in a React Profiler so tests can count what re-renders.
 */

interface Counted {
  /** Called by a Profiler around each part (its id names the part). */
  onRender?: ProfilerOnRenderCallback;
}

function Part({ id, onRender, children }: Counted & { id: string; children: ReactNode }) {
  return onRender ? (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  ) : (
    <>{children}</>
  );
}

function TextField({ form, name, label, type = 'text' }: { form: UseCheckoutLinkFormResult; name: CheckoutLinkTextFieldName; label: string; type?: string }) {
  const field = useFormField(form, name);
  return (
    <p>
      <label {...field.getLabelProps()}>{label}</label>
      <input type={type} {...field.getInputProps()} />
      <span {...field.getErrorProps()}>{field.error}</span>
    </p>
  );
}

function CheckboxField({ form, name, label }: { form: UseCheckoutLinkFormResult; name: CheckoutLinkCheckboxFieldName; label: string }) {
  const field = useFormField(form, name);
  return (
    <p>
      <input {...field.getCheckboxProps()} />
      <label {...field.getLabelProps()}>{label}</label>
    </p>
  );
}

function SelectField({
  form,
  name,
  label,
  options,
}: {
  form: UseCheckoutLinkFormResult;
  name: CheckoutLinkTextFieldName;
  label: string;
  options: { value: string; label: string; disabled?: boolean }[];
}) {
  const field = useFormField(form, name);
  return (
    <p>
      <label {...field.getLabelProps()}>{label}</label>
      <select {...field.getInputProps()}>
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <span {...field.getErrorProps()}>{field.error}</span>
    </p>
  );
}

function ProductOption({ form, product }: { form: UseCheckoutLinkFormResult; product: Product }) {
  const selected = useCheckoutLinkFormState(form, (state) => state.values.products.includes(product.id));
  const messages = useMessages();
  return (
    <li>
      {product.name}{' '}
      <button type="button" disabled={selected} onClick={() => form.addProduct(product)}>
        {messages.builder.addProduct(product.name)}
      </button>
    </li>
  );
}

function SelectedProducts({ form }: { form: UseCheckoutLinkFormResult }) {
  const messages = useMessages();
  const products = useFormField(form, 'products');
  return (
    <div>
      <ol {...products.getFieldProps({ 'aria-label': messages.builder.selectedProductsLabel, tabIndex: -1 })}>
        {form.selectedProducts.map(({ id, product }) => {
          const name = product?.name ?? id;
          return (
            <li key={id}>
              {name}
              <button type="button" onClick={() => form.moveProductUp(id)}>
                {messages.builder.moveProductUp(name)}
              </button>
              <button type="button" onClick={() => form.moveProductDown(id)}>
                {messages.builder.moveProductDown(name)}
              </button>
              <button type="button" onClick={() => form.removeProduct(id)}>
                {messages.builder.removeProduct(name)}
              </button>
            </li>
          );
        })}
      </ol>
      <span {...products.getErrorProps()}>{products.error}</span>
    </div>
  );
}

function MetadataRowFields({ form, rowId }: { form: UseCheckoutLinkFormResult; rowId: string }) {
  const messages = useMessages();
  const key = useFormField(form, `metadata.${rowId}.key`);
  const type = useFormField(form, `metadata.${rowId}.type`);
  const value = useFormField(form, `metadata.${rowId}.value`);
  const typeNames = messages.builder.metadataTypes;
  return (
    <li>
      <label {...key.getLabelProps()}>{messages.builder.metadataKeyLabel}</label>
      <input {...key.getInputProps()} />
      <span {...key.getErrorProps()}>{key.error}</span>
      <label {...type.getLabelProps()}>{messages.builder.metadataTypeLabel}</label>
      <select {...type.getInputProps()}>
        {(['text', 'number', 'boolean'] as const).map((option) => (
          <option key={option} value={option}>
            {typeNames[option]}
          </option>
        ))}
      </select>
      <label {...value.getLabelProps()}>{messages.builder.metadataValueLabel}</label>
      {type.value === 'boolean' ? <input {...value.getCheckboxProps()} /> : <input {...value.getInputProps()} />}
      <span {...value.getErrorProps()}>{value.error}</span>
      <button type="button" onClick={() => form.removeMetadataRow(rowId)}>
        {messages.builder.removeMetadata(key.value)}
      </button>
    </li>
  );
}

function ErrorSummary({ form }: { form: UseCheckoutLinkFormResult }) {
  const messages = useMessages();
  if (form.errorSummary.length === 0 && form.formErrors.length === 0) return null;
  return (
    <div role="alert">
      {form.errorSummary.length > 0 ? <h2>{messages.builder.errorSummaryTitle(form.errorSummary.length)}</h2> : null}
      <ul>
        {form.errorSummary.map((item) => (
          <li key={item.name}>
            <a href={`#${item.inputId}`}>{item.message}</a>
          </li>
        ))}
        {form.formErrors.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

export interface BareCheckoutLinkFormProps extends Counted {
  link?: CheckoutLink;
  defaultValues?: CheckoutLinkFormDefaults;
  /** Products the picker shows instead of asking the provider (e.g. 100 for a performance test). */
  pickerProducts?: Product[];
  pickerDiscounts?: Discount[];
  onSuccess?: (link: CheckoutLink) => void;
  /** Counts the renders of the form component itself (a Profiler around it would count its children too). */
  onFormRender?: () => void;
}

export function BareCheckoutLinkForm({ link, defaultValues, pickerProducts, pickerDiscounts, onSuccess, onRender, onFormRender }: BareCheckoutLinkFormProps) {
  onFormRender?.();
  const messages = useMessages();
  const builder = messages.builder;
  const fetchedProducts = useProducts({ limit: 100 });
  const fetchedDiscounts = useDiscounts({ limit: 100 });
  const products = pickerProducts ?? fetchedProducts.items;
  const discounts = pickerDiscounts ?? fetchedDiscounts.items;
  const form = useCheckoutLinkForm({ link, defaultValues, products, discounts, onSuccess });
  const { availability } = form;

  return (
    <form {...form.getFormProps({ 'aria-label': form.mode === 'edit' ? builder.editTitle : builder.createTitle })}>
      <Part id="summary" onRender={onRender}>
        <ErrorSummary form={form} />
      </Part>
      <fieldset>
        <legend>{builder.productsLabel}</legend>
        <ul aria-label={builder.productSearchLabel}>
          {products.map((product) => (
            <Part key={product.id} id={`option-${product.id}`} onRender={onRender}>
              <ProductOption form={form} product={product} />
            </Part>
          ))}
        </ul>
        <Part id="selected" onRender={onRender}>
          <SelectedProducts form={form} />
        </Part>
      </fieldset>
      {availability.priceChoices ? (
        <SelectField
          form={form}
          name="product_price_id"
          label={builder.priceLabel}
          options={[{ value: '', label: builder.allPrices }, ...availability.priceChoices.map((price) => ({ value: price.id, label: String(price.recurring_interval) }))]}
        />
      ) : null}
      <Part id="label" onRender={onRender}>
        <TextField form={form} name="label" label={builder.labelLabel} />
      </Part>
      <Part id="success_url" onRender={onRender}>
        <TextField form={form} name="success_url" label={builder.successUrlLabel} type="url" />
      </Part>
      <Part id="return_url" onRender={onRender}>
        <TextField form={form} name="return_url" label={builder.returnUrlLabel} type="url" />
      </Part>
      <Part id="discount_id" onRender={onRender}>
        <SelectField
          form={form}
          name="discount_id"
          label={builder.discountLabel}
          options={[
            { value: '', label: builder.noDiscount },
            ...discounts.map((discount) => ({
              value: discount.id,
              label: discount.name,
              disabled: !form.getDiscountApplicability(discount).applicable,
            })),
          ]}
        />
      </Part>
      <CheckboxField form={form} name="allow_discount_codes" label={builder.allowDiscountCodesLabel} />
      <CheckboxField form={form} name="require_billing_address" label={builder.requireBillingAddressLabel} />
      {availability.trial ? (
        <>
          <SelectField
            form={form}
            name="trial_interval"
            label={builder.trialIntervalLabel}
            options={[{ value: '', label: builder.noTrial }, ...(['day', 'week', 'month', 'year'] as const).map((unit) => ({ value: unit, label: builder.trialIntervals[unit] }))]}
          />
          <TextField form={form} name="trial_interval_count" label={builder.trialIntervalCountLabel} type="number" />
        </>
      ) : null}
      {availability.seats ? (
        <>
          <TextField form={form} name="seats" label={builder.seatsLabel} type="number" />
          <p>{builder.seatsHelp(availability.seats.min, availability.seats.max)}</p>
        </>
      ) : null}
      <fieldset>
        <legend>{builder.metadataLabel}</legend>
        <ol>
          {form.metadataRowIds.map((rowId) => (
            <Part key={rowId} id={`metadata-${rowId}`} onRender={onRender}>
              <MetadataRowFields form={form} rowId={rowId} />
            </Part>
          ))}
        </ol>
        <button type="button" onClick={() => form.addMetadataRow()}>
          {builder.addMetadata}
        </button>
      </fieldset>
      <button type="submit" aria-disabled={form.isSubmitting}>
        {form.isSubmitting ? (form.mode === 'edit' ? builder.submittingEdit : builder.submittingCreate) : form.mode === 'edit' ? builder.submitEdit : builder.submitCreate}
      </button>
      {form.result ? <output>{form.result.url}</output> : null}
    </form>
  );
}
