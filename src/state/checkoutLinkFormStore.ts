import type { PolarApiError } from '../client';
import {
  checkoutLinkUpdateSchema,
  type CheckoutLink,
  type CheckoutLinkCreate,
  type CheckoutLinkUpdate,
  type Discount,
  type Product,
} from '../contract';
import { apiErrorMessage, type CheckoutLinksMessages } from '../messages';
import { checkoutLinkChanges } from './checkoutLinkChanges';
import { formUpdateBody, metadataFromRows } from './checkoutLinkFormBody';
import {
  discountApplicability,
  formAvailability,
  knownProducts,
  type CheckoutLinkFormAvailability,
  type DiscountApplicability,
} from './checkoutLinkFormRules';
import { errorPathSegments, fieldForErrorPath, validateCheckoutLinkForm, type FormValidation } from './checkoutLinkFormValidation';
import {
  formValuesFromDefaults,
  formValuesFromLink,
  metadataRowFieldNames,
  parseMetadataField,
  scalarFieldNames,
  type CheckoutLinkFormDefaults,
  type CheckoutLinkFormFieldName,
  type CheckoutLinkFormValues,
  type CheckoutLinkScalarFieldName,
  type MetadataRow,
  type MetadataValueType,
} from './checkoutLinkFormValues';
import { memoizeLast } from './memoizeLast';
import { MutationObserver } from './mutationObserver';
import { Subscribable } from './subscribable';

export type CheckoutLinkFormMode = 'create' | 'edit';
export type CheckoutLinkFormStatus = 'idle' | 'pending' | 'success' | 'error';

/** What a submission asks for: a new link, or the changes to an existing one. */
export type CheckoutLinkSubmitRequest =
  | { mode: 'create'; body: CheckoutLinkCreate }
  | { mode: 'edit'; link: CheckoutLink; changes: CheckoutLinkUpdate };

/** Sends a submission; rejects with anything (converted with `toPolarApiError`). */
export type CheckoutLinkSubmitter = (request: CheckoutLinkSubmitRequest, signal: AbortSignal) => Promise<CheckoutLink>;

/**
 * The value type of each field name. The `metadata` group's value is the ids of its rows, in order
 * (a row's own fields hold what is typed), so editing a row leaves the group's value unchanged.
 */
export type CheckoutLinkFieldValue<Name extends CheckoutLinkFormFieldName> = Name extends 'products' | 'metadata'
  ? string[]
  : Name extends 'allow_discount_codes' | 'require_billing_address'
    ? boolean
    : Name extends `metadata.${string}.type`
      ? MetadataValueType
      : string;

/** The form's whole state; replaced on every change. */
export interface CheckoutLinkFormState {
  values: CheckoutLinkFormValues;
  /** What the values started from: the edited link's, or the defaults. */
  initial: CheckoutLinkFormValues;
  /** The link being edited; `null` for a new link. */
  link: CheckoutLink | null;
  touched: Readonly<Record<string, true>>;
  submitCount: number;
  /** Errors Polar returned, by field; a field's error goes when its value changes. */
  serverErrors: Readonly<Record<string, string>>;
  serverFormErrors: readonly string[];
  status: CheckoutLinkFormStatus;
  /** The created or updated link. */
  result: CheckoutLink | null;
  submitError: PolarApiError | null;
  /** Products the rules know, by id. */
  catalog: Readonly<Record<string, Product>>;
  /** Discounts the rules know, by id. */
  discounts: Readonly<Record<string, Discount>>;
}

/** An error shown at a field, in form order (an entry of the error summary). */
export interface CheckoutLinkFieldError {
  name: CheckoutLinkFormFieldName;
  message: string;
}

export interface CheckoutLinkFormStoreOptions {
  /** Edit this link: every field starts from it and a submission PATCHes what changed. */
  link?: CheckoutLink | null;
  /** Starting values of a new link. */
  defaultValues?: CheckoutLinkFormDefaults;
  /** Products the rules may consult (the picker's results, the selected ones). */
  products?: readonly Product[];
  /** Discounts the rules may consult. */
  discounts?: readonly Discount[];
  messages: CheckoutLinksMessages;
  locale: string;
  submit: CheckoutLinkSubmitter;
}

function byId<T extends { id: string }>(items: readonly T[], into: Readonly<Record<string, T>> = {}): Readonly<Record<string, T>> {
  if (items.every((item) => into[item.id] === item)) return into;
  const next = { ...into };
  for (const item of items) next[item.id] = item;
  return next;
}

function withoutKey<T>(record: Readonly<Record<string, T>>, ...keys: string[]): Readonly<Record<string, T>> {
  if (!keys.some((key) => key in record)) return record;
  const next = { ...record };
  for (const key of keys) delete next[key];
  return next;
}

/**
 * The checkout link builder's state and rules, free of React: values, touched fields, validation
 * that equals Polar's (through the contract schemas), the rules that hide and clear fields that
 * cannot apply, the body to send and the mapping of Polar's 422s back onto the fields. Consumers
 * subscribe once and select the slice they render, so typing in one field re-renders that field.
 */
export class CheckoutLinkFormStore extends Subscribable {
  private state: CheckoutLinkFormState;
  private rowCount = 0;
  private messages: CheckoutLinksMessages;
  private locale: string;
  /** Sends submissions: one request however many clicks, aborted when the form unmounts. */
  private readonly submission: MutationObserver<CheckoutLinkSubmitRequest, CheckoutLink>;
  /** What `submit()` answers while a submission is pending. */
  private submitting: Promise<CheckoutLink | null> = Promise.resolve(null);

  constructor(options: CheckoutLinkFormStoreOptions) {
    super();
    this.messages = options.messages;
    this.locale = options.locale;
    this.submission = new MutationObserver(options.submit);
    this.state = this.initialState(options);
  }

  get mode(): CheckoutLinkFormMode {
    return this.state.link ? 'edit' : 'create';
  }

  getState = (): CheckoutLinkFormState => this.state;

  /** Takes the provider's current messages, locale and submitter. */
  setEnvironment(environment: { messages: CheckoutLinksMessages; locale: string; submit: CheckoutLinkSubmitter }): void {
    this.submission.setOptions(environment.submit, {});
    if (environment.messages === this.messages && environment.locale === this.locale) return;
    this.messages = environment.messages;
    this.locale = environment.locale;
    this.setState({ ...this.state });
  }

  // ---------------------------------------------------------------------------------------------
  // Derived state
  // ---------------------------------------------------------------------------------------------

  private readonly availabilityOf = memoizeLast(
    (products: readonly string[], catalog: CheckoutLinkFormState['catalog'], mode: CheckoutLinkFormMode) =>
      formAvailability(products, catalog, mode),
  );

  /** Which optional fields apply to the selected products (hide the others). */
  getAvailability(): CheckoutLinkFormAvailability {
    return this.availabilityOf(this.state.values.products, this.state.catalog, this.mode);
  }

  private readonly validationOf = memoizeLast(
    (
      values: CheckoutLinkFormValues,
      availability: CheckoutLinkFormAvailability,
      catalog: CheckoutLinkFormState['catalog'],
      discounts: CheckoutLinkFormState['discounts'],
      messages: CheckoutLinksMessages,
      locale: string,
    ): FormValidation => validateCheckoutLinkForm(values, { availability, catalog, discounts, messages, locale }),
  );

  /** Every problem of the current values, shown or not yet. */
  getValidation(): FormValidation {
    const { values, catalog, discounts } = this.state;
    return this.validationOf(values, this.getAvailability(), catalog, discounts, this.messages, this.locale);
  }

  /** The error to show at a field: Polar's, or the form's once the field was left or the form submitted. */
  getFieldError(name: CheckoutLinkFormFieldName): string | undefined {
    const { serverErrors, touched, submitCount } = this.state;
    if (serverErrors[name]) return serverErrors[name];
    if (submitCount === 0 && !touched[name]) return undefined;
    return this.getValidation().fieldErrors[name];
  }

  /** Field names in the order the builder shows them. */
  private fieldOrder(): CheckoutLinkFormFieldName[] {
    const { products, metadata } = this.state.values;
    return [
      'products',
      ...products.map((id): CheckoutLinkFormFieldName => `products.${id}`),
      ...scalarFieldNames,
      'metadata',
      ...metadata.flatMap((row) => metadataRowFieldNames(row.id)),
    ];
  }

  private readonly errorSummaryOf = memoizeLast(
    (_state: CheckoutLinkFormState, _validation: FormValidation): CheckoutLinkFieldError[] =>
      this.fieldOrder().flatMap((name) => {
        const message = this.getFieldError(name);
        return message ? [{ name, message }] : [];
      }),
  );

  /** The errors shown at fields, in form order: the content of an error summary. */
  getErrorSummary(): CheckoutLinkFieldError[] {
    return this.errorSummaryOf(this.state, this.getValidation());
  }

  /** Errors that concern no field: Polar's, and the form's own once submitted. */
  getFormErrors(): readonly string[] {
    const { serverFormErrors, submitCount } = this.state;
    const own = submitCount > 0 ? this.getValidation().formErrors : [];
    return own.length ? [...serverFormErrors, ...own] : serverFormErrors;
  }

  getValue<Name extends CheckoutLinkFormFieldName>(name: Name): CheckoutLinkFieldValue<Name>;
  getValue(name: CheckoutLinkFormFieldName): unknown {
    const { values } = this.state;
    if (name === 'products') return values.products;
    if (name === 'metadata') return this.metadataRowIds(values.metadata);
    const metadataField = parseMetadataField(name);
    if (metadataField) return values.metadata.find((row) => row.id === metadataField.rowId)?.[metadataField.part];
    return values[name as CheckoutLinkScalarFieldName];
  }

  private rowIds: string[] = [];

  /** The rows' ids, the same array while no row is added, removed or moved. */
  private metadataRowIds(rows: readonly MetadataRow[]): string[] {
    if (rows.length !== this.rowIds.length || rows.some((row, index) => row.id !== this.rowIds[index])) {
      this.rowIds = rows.map((row) => row.id);
    }
    return this.rowIds;
  }

  /** Whether the values differ from where they started. */
  isDirty(): boolean {
    return JSON.stringify(this.state.values) !== JSON.stringify(this.state.initial);
  }

  /** Can `discount` be preset for the selected products, and if not, why. */
  getDiscountApplicability(discount: Discount): DiscountApplicability {
    return discountApplicability(discount, this.selectedProducts());
  }

  /** The selected products the form knows, in order. */
  selectedProducts(): Product[] {
    const { values, catalog } = this.state;
    return knownProducts(values.products, catalog);
  }

  // ---------------------------------------------------------------------------------------------
  // Editing
  // ---------------------------------------------------------------------------------------------

  setValue<Name extends CheckoutLinkFormFieldName>(name: Name, value: CheckoutLinkFieldValue<Name>): void;
  setValue(name: CheckoutLinkFormFieldName, value: unknown): void {
    if (name === 'products') {
      this.changeProducts(value as string[]);
      return;
    }
    const metadataField = parseMetadataField(name);
    if (metadataField) {
      this.updateRow(metadataField.rowId, metadataField.part, value as string);
      return;
    }
    const values = { ...this.state.values, [name]: value };
    this.setState({ ...this.state, values, serverErrors: withoutKey(this.state.serverErrors, name) });
  }

  /** The user left a field: its errors show from now on, and follow each change. */
  blur(name: CheckoutLinkFormFieldName): void {
    if (this.state.touched[name]) return;
    this.setState({ ...this.state, touched: { ...this.state.touched, [name]: true } });
  }

  /** Adds a product at the end (a `Product` also teaches the rules about it). */
  addProduct(product: Product | string): void {
    const id = typeof product === 'string' ? product : product.id;
    if (typeof product !== 'string') this.registerProducts([product]);
    if (this.state.values.products.includes(id)) return;
    this.changeProducts([...this.state.values.products, id]);
  }

  removeProduct(id: string): void {
    this.changeProducts(this.state.values.products.filter((selected) => selected !== id));
  }

  /** Moves a selected product to `index` (clamped to the list). */
  moveProduct(id: string, index: number): void {
    const products = this.state.values.products.filter((selected) => selected !== id);
    if (products.length === this.state.values.products.length) return;
    const target = Math.max(0, Math.min(index, products.length));
    products.splice(target, 0, id);
    this.changeProducts(products);
  }

  moveProductUp(id: string): void {
    this.moveProduct(id, this.state.values.products.indexOf(id) - 1);
  }

  moveProductDown(id: string): void {
    this.moveProduct(id, this.state.values.products.indexOf(id) + 1);
  }

  /** Teaches the rules about products (e.g. the picker's results); selection is unchanged. */
  registerProducts(products: readonly Product[]): void {
    const catalog = byId(products, this.state.catalog);
    if (catalog !== this.state.catalog) this.setState({ ...this.state, catalog });
  }

  /** Teaches the rules about discounts (e.g. the discount picker's results). */
  registerDiscounts(discounts: readonly Discount[]): void {
    const known = byId(discounts, this.state.discounts);
    if (known !== this.state.discounts) this.setState({ ...this.state, discounts: known });
  }

  /** Adds a metadata row and returns its id. */
  addMetadataRow(row: Partial<Omit<MetadataRow, 'id'>> = {}): string {
    const id = this.nextRowId();
    const type = row.type ?? 'text';
    const added: MetadataRow = { id, key: row.key ?? '', type, value: row.value ?? (type === 'boolean' ? 'false' : '') };
    this.setState({
      ...this.state,
      values: { ...this.state.values, metadata: [...this.state.values.metadata, added] },
      touched: { ...this.state.touched, metadata: true },
    });
    return id;
  }

  removeMetadataRow(id: string): void {
    const metadata = this.state.values.metadata.filter((row) => row.id !== id);
    this.setState({
      ...this.state,
      values: { ...this.state.values, metadata },
      serverErrors: withoutKey(this.state.serverErrors, ...metadataRowFieldNames(id), 'metadata'),
      touched: { ...this.state.touched, metadata: true },
    });
  }

  /** Back to where the values started, or to a new link to edit / new defaults. */
  reset(next?: { link?: CheckoutLink | null; defaultValues?: CheckoutLinkFormDefaults }): void {
    this.submission.reset();
    const state = next
      ? this.initialState({ link: next.link, defaultValues: next.defaultValues })
      : { ...this.initialState({}), values: this.state.initial, initial: this.state.initial, link: this.state.link };
    // What the form already learnt about products and discounts stays.
    this.setState({
      ...state,
      catalog: { ...state.catalog, ...this.state.catalog },
      discounts: { ...state.discounts, ...this.state.discounts },
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Submitting
  // ---------------------------------------------------------------------------------------------

  /**
   * Validates and sends: a create body for a new link, a PATCH of what changed for an edited one.
   * Resolves with the link, or `null` when the values were invalid or Polar refused (the errors
   * are then at their fields and every typed value is kept). A call while one is pending returns
   * its promise: one link, however many clicks.
   */
  submit(): Promise<CheckoutLink | null> {
    if (this.state.status === 'pending') return this.submitting;
    this.setState({ ...this.state, submitCount: this.state.submitCount + 1, serverFormErrors: [] });
    const request = this.submitRequest();
    if (!request) return Promise.resolve(null);
    if (request.mode === 'edit' && Object.keys(request.changes).length === 0) {
      this.setState({ ...this.state, status: 'success', result: request.link, submitError: null });
      return Promise.resolve(request.link);
    }
    const submitted = this.state.values;
    this.setState({ ...this.state, status: 'pending', submitError: null });
    this.submitting = this.submission
      .mutateAsync(request, {
        // Called only while the form is mounted and the submission was not reset meanwhile.
        onSuccess: (link) => {
          const edited = request.mode === 'edit' ? { link, initial: submitted } : {};
          this.setState({ ...this.state, ...edited, status: 'success', result: link, submitError: null });
        },
        onError: (error) => this.failed(error),
      })
      .catch(() => null);
    return this.submitting;
  }

  /** The request the values make, or `null` when they are invalid. */
  private submitRequest(): CheckoutLinkSubmitRequest | null {
    const validation = this.getValidation();
    if (!validation.body) return null;
    const { link, values } = this.state;
    if (!link) return { mode: 'create', body: validation.body };
    const changes = checkoutLinkChanges(link, formUpdateBody(values, validation.metadata));
    return checkoutLinkUpdateSchema.safeParse(changes).success ? { mode: 'edit', link, changes } : null;
  }

  /** Polar's field errors land on their fields; others become form errors. */
  private failed(error: PolarApiError): void {
    const { values } = this.state;
    const { rowIdByKey } = metadataFromRows(values.metadata);
    const serverErrors: Record<string, string> = {};
    const serverFormErrors = [...error.formErrors];
    for (const [path, messages] of Object.entries(error.fieldErrors)) {
      const field = fieldForErrorPath(errorPathSegments(path), values, rowIdByKey);
      if (field && messages[0]) serverErrors[field] ??= messages[0];
      else serverFormErrors.push(...messages);
    }
    if (error.kind !== 'validation') serverFormErrors.unshift(apiErrorMessage(this.messages, error));
    else if (serverFormErrors.length === 0 && Object.keys(serverErrors).length === 0) serverFormErrors.push(this.messages.errors.kinds.validation);
    this.setState({ ...this.state, status: 'error', submitError: error, serverErrors, serverFormErrors });
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle
  // ---------------------------------------------------------------------------------------------

  /** The form is on screen (again: StrictMode unmounts and remounts before anything is sent). */
  mount(): void {
    this.submission.mount();
  }

  /** The form left the screen: abort a pending submission; no state change follows. */
  unmount(): void {
    this.submission.unmount();
  }

  // ---------------------------------------------------------------------------------------------
  // Internals
  // ---------------------------------------------------------------------------------------------

  private nextRowId = (): string => `row${++this.rowCount}`;

  private initialState(options: Pick<CheckoutLinkFormStoreOptions, 'link' | 'defaultValues' | 'products' | 'discounts'>): CheckoutLinkFormState {
    const link = options.link ?? null;
    const values = link ? formValuesFromLink(link, this.nextRowId) : formValuesFromDefaults(options.defaultValues, this.nextRowId);
    // A link embeds its discount without the products it is limited to: known ones take precedence.
    const discounts = byId([...(link?.discount ? [link.discount] : []), ...(options.discounts ?? [])]);
    return {
      values,
      initial: values,
      link,
      touched: {},
      submitCount: 0,
      serverErrors: {},
      serverFormErrors: [],
      status: 'idle',
      result: null,
      submitError: null,
      catalog: byId([...(link?.products ?? []), ...(options.products ?? [])]),
      discounts,
    };
  }

  private updateRow(rowId: string, part: 'key' | 'value' | 'type', value: string | boolean): void {
    const metadata = this.state.values.metadata.map((row) => {
      if (row.id !== rowId) return row;
      if (part !== 'type') return { ...row, [part]: String(value) };
      const type = value as MetadataValueType;
      if (type === row.type) return row;
      // Typed text survives a switch between text and number; a boolean has nothing typed to keep.
      const nextValue = type === 'boolean' ? (row.value === 'true' ? 'true' : 'false') : row.type === 'boolean' ? '' : row.value;
      return { ...row, type, value: nextValue };
    });
    this.setState({
      ...this.state,
      values: { ...this.state.values, metadata },
      serverErrors: withoutKey(this.state.serverErrors, ...metadataRowFieldNames(rowId)),
    });
  }

  /**
   * A new product selection, with the fields that no longer apply cleared: the trial without a
   * recurring product, seats unless every product is seat-based, a discount that does not cover
   * every product, a chosen price that is not one of the single product's. Rules wait for
   * products the form does not know yet.
   */
  private changeProducts(products: string[]): void {
    const { catalog, discounts, serverErrors } = this.state;
    const availability = formAvailability(products, catalog, this.mode);
    const values = { ...this.state.values, products };
    if (availability.unknownProductIds.length === 0) {
      if (!availability.trial) Object.assign(values, { trial_interval: '', trial_interval_count: '' });
      if (!availability.seats) values.seats = '';
      const discount = discounts[values.discount_id];
      if (discount && !discountApplicability(discount, knownProducts(products, catalog)).applicable) values.discount_id = '';
    }
    if (values.product_price_id && !availability.priceChoices?.some((price) => price.id === values.product_price_id)) {
      values.product_price_id = '';
    }
    const productErrors = Object.keys(serverErrors).filter((name) => name === 'products' || name.startsWith('products.'));
    this.setState({
      ...this.state,
      values,
      touched: { ...this.state.touched, products: true },
      serverErrors: withoutKey(serverErrors, ...productErrors),
    });
  }

  private setState(state: CheckoutLinkFormState): void {
    this.state = state;
    this.notify();
  }
}
