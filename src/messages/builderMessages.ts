import type { TrialInterval } from '../contract';
import { englishCount } from './englishCount';
import { englishTrialLength } from './shareMessages';

/** A metadata value type offered by the builder. */
export type MetadataValueType = 'text' | 'number' | 'boolean';

/** Words of the checkout link builder: labels, help texts, buttons and the errors it shows at fields. */
export interface BuilderMessages {
  createTitle: string;
  editTitle: string;
  productsLabel: string;
  productsHelp: string;
  productSearchLabel: string;
  productSearchPlaceholder: string;
  /**
   * Said once a product search has settled: how many products it found (all pages); `query` is the
   * search text, '' when none was typed.
   */
  productsFound: (count: number, query: string) => string;
  loadingProducts: string;
  selectedProductsLabel: string;
  addProduct: (productName: string) => string;
  removeProduct: (productName: string) => string;
  moveProductUp: (productName: string) => string;
  moveProductDown: (productName: string) => string;
  priceLabel: string;
  priceHelp: string;
  allPrices: string;
  labelLabel: string;
  labelHelp: string;
  successUrlLabel: string;
  successUrlHelp: string;
  returnUrlLabel: string;
  returnUrlHelp: string;
  discountLabel: string;
  discountHelp: string;
  discountSearchPlaceholder: string;
  noDiscount: string;
  /** Why a discount cannot be preset: it does not cover these products (names joined by the caller). */
  discountNotForProducts: (productNames: string) => string;
  allowDiscountCodesLabel: string;
  allowDiscountCodesHelp: string;
  requireBillingAddressLabel: string;
  requireBillingAddressHelp: string;
  trialLabel: string;
  trialHelp: string;
  trialIntervalLabel: string;
  trialIntervalCountLabel: string;
  noTrial: string;
  trialIntervals: Record<TrialInterval, string>;
  seatsLabel: string;
  seatsHelp: (min: number, max: number) => string;
  metadataLabel: string;
  metadataHelp: string;
  metadataKeyLabel: string;
  metadataValueLabel: string;
  metadataTypeLabel: string;
  metadataTypes: Record<MetadataValueType, string>;
  metadataTrue: string;
  metadataFalse: string;
  addMetadata: string;
  removeMetadata: (key: string) => string;
  submitCreate: string;
  submitEdit: string;
  submittingCreate: string;
  submittingEdit: string;
  cancel: string;
  reset: string;
  errorSummaryTitle: (count: number) => string;
  /** Headings of the product picker's result groups. */
  oneTimeProducts: string;
  subscriptionProducts: string;
  noProductsSelected: string;
  /** Announced politely after the selection changed; positions are 1-based. */
  productAdded: (productName: string) => string;
  productRemoved: (productName: string) => string;
  productMoved: (productName: string, position: number, count: number) => string;
  previousResults: string;
  nextResults: string;
  resultsPage: (page: number, pageCount: number) => string;
  /** Adds `checkout_id={CHECKOUT_ID}` to the success URL. */
  insertCheckoutId: string;
  discountSearchLabel: string;
  loadingDiscounts: string;
  /** As `productsFound`, for the discount search. */
  discountsFound: (count: number, query: string) => string;
  /** A text's length as it nears its limit. */
  characterCount: (count: number, max: number) => string;
  metadataPairCount: (count: number, max: number) => string;
  previewTitle: string;
  previewHelp: string;
  previewEmpty: string;
  /** The trial as buyers see it: "14 days free, then $19 / mo" (`then` is the formatted price). */
  previewTrial: (count: number, interval: TrialInterval, then: string) => string;
  /** Seats the link locks the checkout to. */
  previewSeats: (seats: number) => string;
  errors: BuilderErrorMessages;
}

/** Errors the builder shows at a field. Numbers are passed unformatted. */
export interface BuilderErrorMessages {
  productsRequired: string;
  productInvalid: string;
  invalidChoice: string;
  urlTooLong: (max: number) => string;
  successUrlInvalid: string;
  returnUrlInvalid: string;
  wholeNumber: string;
  seatsOutOfRange: (min: number, max: number) => string;
  trialIntervalRequired: string;
  trialIntervalCountRequired: string;
  trialIntervalCountOutOfRange: (min: number, max: number) => string;
  metadataTooMany: (max: number) => string;
  metadataKeyRequired: string;
  metadataKeyTooLong: (max: number) => string;
  metadataKeyDuplicate: (key: string) => string;
  metadataValueRequired: string;
  metadataValueTooLong: (max: number) => string;
  metadataNumberInvalid: string;
  /** A NUL character, which Polar refuses in any text. */
  invalidCharacters: string;
  discountNotForProducts: (productNames: string) => string;
}

/** "12 products found", "1 product matches “pro”", "No products match “spring”". */
function englishFound(n: number, query: string, one: string, many: string): string {
  if (n === 0) return query ? `No ${many} match “${query}”` : `No ${many} found`;
  const count = `${englishCount(n)} ${n === 1 ? one : many}`;
  return query ? `${count} ${n === 1 ? 'matches' : 'match'} “${query}”` : `${count} found`;
}

/** The builder's English words. */
export const defaultBuilderMessages: BuilderMessages = {
  createTitle: 'Create checkout link',
  editTitle: 'Edit checkout link',
  productsLabel: 'Products',
  productsHelp: 'Buyers choose between these products, in this order.',
  productSearchLabel: 'Search products',
  productSearchPlaceholder: 'Search by name',
  productsFound: (n, query) => englishFound(n, query, 'product', 'products'),
  loadingProducts: 'Loading products…',
  selectedProductsLabel: 'Selected products',
  addProduct: (name) => `Add ${name}`,
  removeProduct: (name) => `Remove ${name}`,
  moveProductUp: (name) => `Move ${name} up`,
  moveProductDown: (name) => `Move ${name} down`,
  priceLabel: 'Price',
  priceHelp: 'This product has several legacy prices. Sell all of them, or choose one.',
  allPrices: 'All prices',
  labelLabel: 'Label',
  labelHelp: 'Only you see it, to tell your links apart.',
  successUrlLabel: 'Success URL',
  successUrlHelp: 'Where buyers land after paying. {CHECKOUT_ID} is replaced with the checkout ID.',
  returnUrlLabel: 'Return URL',
  returnUrlHelp: 'Where the checkout’s back link leads.',
  discountLabel: 'Preset discount',
  discountHelp: 'Applied when a buyer opens the link.',
  discountSearchPlaceholder: 'Search discounts',
  noDiscount: 'No discount',
  discountNotForProducts: (names) => `Does not apply to ${names}`,
  allowDiscountCodesLabel: 'Allow discount codes',
  allowDiscountCodesHelp: 'Buyers can enter a discount code at checkout.',
  requireBillingAddressLabel: 'Require a billing address',
  requireBillingAddressHelp: 'Buyers must enter their full billing address.',
  trialLabel: 'Free trial',
  trialHelp: 'Buyers pay nothing until the trial ends.',
  trialIntervalLabel: 'Trial unit',
  trialIntervalCountLabel: 'Trial length',
  noTrial: 'No trial',
  trialIntervals: { day: 'Days', week: 'Weeks', month: 'Months', year: 'Years' },
  seatsLabel: 'Seats',
  seatsHelp: (min, max) => `Between ${englishCount(min)} and ${englishCount(max)} seats.`,
  metadataLabel: 'Metadata',
  metadataHelp: 'Key-value pairs stored on the link and copied to its checkouts.',
  metadataKeyLabel: 'Key',
  metadataValueLabel: 'Value',
  metadataTypeLabel: 'Type',
  metadataTypes: { text: 'Text', number: 'Number', boolean: 'True/false' },
  metadataTrue: 'True',
  metadataFalse: 'False',
  addMetadata: 'Add metadata',
  removeMetadata: (key) => (key ? `Remove metadata ${key}` : 'Remove this metadata row'),
  submitCreate: 'Create link',
  submitEdit: 'Save changes',
  submittingCreate: 'Creating link…',
  submittingEdit: 'Saving…',
  cancel: 'Cancel',
  reset: 'Reset',
  errorSummaryTitle: (n) => (n === 1 ? 'Fix 1 problem to continue' : `Fix ${englishCount(n)} problems to continue`),
  oneTimeProducts: 'One-time purchases',
  subscriptionProducts: 'Subscriptions',
  noProductsSelected: 'No products selected yet.',
  productAdded: (name) => `${name} added.`,
  productRemoved: (name) => `${name} removed.`,
  productMoved: (name, position, total) => `${name} moved to position ${englishCount(position)} of ${englishCount(total)}.`,
  previousResults: 'Previous results',
  nextResults: 'More results',
  resultsPage: (page, pageCount) => `Page ${englishCount(page)} of ${englishCount(pageCount)}`,
  insertCheckoutId: 'Insert checkout ID',
  discountSearchLabel: 'Search discounts',
  loadingDiscounts: 'Loading discounts…',
  discountsFound: (n, query) => englishFound(n, query, 'discount', 'discounts'),
  characterCount: (n, max) => `${englishCount(n)} of ${englishCount(max)} characters`,
  metadataPairCount: (n, max) => `${englishCount(n)} of ${englishCount(max)} pairs`,
  previewTitle: 'Preview',
  previewHelp: 'What buyers see when they open the link.',
  previewEmpty: 'Choose products to see what buyers get.',
  previewTrial: (n, interval, then) => `${englishTrialLength(n, interval)} free, then ${then}`,
  previewSeats: (seats) => `${englishCount(seats)} ${seats === 1 ? 'seat' : 'seats'}, set by this link`,
  errors: {
    productsRequired: 'Select at least one product.',
    productInvalid: 'This product cannot be used in a link.',
    invalidChoice: 'Choose an option from the list.',
    urlTooLong: (max) => `URLs can be at most ${englishCount(max)} characters.`,
    successUrlInvalid: 'Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id={CHECKOUT_ID}.',
    returnUrlInvalid: 'Enter a full http(s) URL, e.g. https://example.com.',
    wholeNumber: 'Enter a whole number.',
    seatsOutOfRange: (min, max) => `Enter between ${englishCount(min)} and ${englishCount(max)} seats.`,
    trialIntervalRequired: 'Choose the trial unit as well as its length.',
    trialIntervalCountRequired: 'Enter the trial length as well as its unit.',
    trialIntervalCountOutOfRange: (min, max) => `The trial length must be between ${englishCount(min)} and ${englishCount(max)}.`,
    metadataTooMany: (max) => `At most ${englishCount(max)} metadata pairs are allowed.`,
    metadataKeyRequired: 'Enter a key.',
    metadataKeyTooLong: (max) => `Keys can be at most ${englishCount(max)} characters.`,
    metadataKeyDuplicate: (key) => `The key “${key}” is used twice.`,
    metadataValueRequired: 'Enter a value.',
    metadataValueTooLong: (max) => `Text values can be at most ${englishCount(max)} characters.`,
    metadataNumberInvalid: 'Enter a number, e.g. 42 or 3.5.',
    invalidCharacters: 'Remove the invisible NUL character: Polar cannot store it.',
    discountNotForProducts: (names) => `This discount does not apply to ${names}.`,
  },
};
