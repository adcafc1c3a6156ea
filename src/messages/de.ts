import type { FormatMessages } from '../format';
import type { BuilderMessages } from './builderMessages';
import type { DialogMessages } from './dialogMessages';
import type { ErrorMessages } from './errorMessages';
import type { LinkListMessages } from './linkListMessages';
import type { LinkTableMessages } from './linkTableMessages';
import type { CheckoutLinksMessages } from './messages';
import type { ProductCardMessages } from './productCardMessages';
import type { QrCodeMessages } from './qrCodeMessages';
import type { SharePanelMessages } from './shareMessages';

/*
 * German, as an example of a complete message set: pass it to the provider as
 * `<CheckoutLinksProvider messages={deMessages} locale="de-DE">`, or start a translation of your own
 * from it. Typed as the full set, so a key added to the library fails the build until it is
 * translated here.
 */

let zahlen: Intl.NumberFormat | undefined;
const zahl = (value: number) => (zahlen ??= new Intl.NumberFormat('de-DE')).format(value);
const intervalle: Record<string, [string, string]> = {
  day: ['Tag', 'Tage'],
  week: ['Woche', 'Wochen'],
  month: ['Monat', 'Monate'],
  year: ['Jahr', 'Jahre'],
};
const dauer = (count: number, unit: string) => {
  const [eins, mehr] = intervalle[unit] ?? [unit, unit];
  return `${zahl(count)} ${count === 1 ? eins : mehr}`;
};
/** "12 Produkte gefunden", "1 Produkt passt zu „Pro“", "Keine Produkte passen zu „Frühling“". */
const gefunden = (count: number, suche: string, eins: string, mehr: string) => {
  if (count === 0) return suche ? `Keine ${mehr} passen zu „${suche}“` : `Keine ${mehr} gefunden`;
  const anzahl = `${zahl(count)} ${count === 1 ? eins : mehr}`;
  return suche ? `${anzahl} ${count === 1 ? 'passt' : 'passen'} zu „${suche}“` : `${anzahl} gefunden`;
};
// Short interval units after an amount ("/ Mon.").
const kurzIntervalle: Record<string, string> = { day: 'Tag', week: 'Wo.', month: 'Mon.', year: 'Jahr' };

const format: FormatMessages = {
  priceFree: 'Kostenlos',
  pricePayWhatYouWant: 'Zahl, was du willst',
  pricePayWhatYouWantFrom: (minimum) => `Zahl, was du willst, ab ${minimum}`,
  priceSuggested: (amount) => `Vorschlag: ${amount}`,
  priceFrom: (amount) => `Ab ${amount}`,
  priceUnknown: 'Preis an der Kasse',
  priceCap: (amount) => `Höchstens ${amount}`,
  priceDiscountedSpoken: (now, was) => `${now}, reduziert von ${was}`,
  perSeat: '/ Platz',
  perSeatSpoken: 'pro Platz',
  perUnit: (unit) => `/ ${unit}`,
  perUnitSpoken: (unit) => `pro ${unit}`,
  meterUnit: (count) => (count === 1 ? 'Einheit' : 'Einheiten'),
  tokenQuantity: (count) => `${count} Tokens`,
  customUnitQuantity: (count, unit) => `${count} ${unit}`,
  interval: (interval, count) => {
    const unit = kurzIntervalle[interval] ?? interval;
    return count === 1 ? `/ ${unit}` : `/ ${count} ${unit}`;
  },
  intervalSpoken: (interval, count) => (count === 1 ? `pro ${intervalle[interval]?.[0] ?? interval}` : `alle ${dauer(count, interval)}`),
  discountOffSpoken: (amount) => `${amount} Rabatt`,
  discountRepeating: (months) => `für ${dauer(months, 'month')}`,
  discountOnce: 'erste Zahlung',
  seatRange: (min, max) => `${min}–${max}`,
  seatRangeOpen: (min) => `ab ${min}`,
  seatRangeSpoken: (min, max) => `${min} bis ${max} Plätze`,
  seatRangeOpenSpoken: (min) => `${min} oder mehr Plätze`,
  benefitCustom: 'Eigener Vorteil',
  benefitDiscord: 'Discord-Zugang',
  benefitGithubRepository: 'Zugang zum GitHub-Repository',
  benefitDownloadables: 'Dateien zum Herunterladen',
  benefitLicenseKeys: 'Lizenzschlüssel',
  benefitMeterCredit: 'Nutzungsguthaben',
  benefitFeatureFlag: 'Funktionszugang',
  benefitSlackSharedChannel: 'Gemeinsamer Slack-Kanal',
  benefitOther: 'Vorteil',
};

const card: ProductCardMessages = {
  benefitsTitle: 'Enthalten',
  showAllBenefits: (count) => `Alle ${zahl(count)} Vorteile zeigen`,
  showFewerBenefits: 'Weniger Vorteile zeigen',
  showMoreDescription: 'Mehr zeigen',
  showLessDescription: 'Weniger zeigen',
  untitledProduct: 'Produkt ohne Namen',
  archived: 'Archiviert',
  selected: 'Ausgewählt',
  showSeatTiers: 'Staffelpreise zeigen',
  hideSeatTiers: 'Staffelpreise ausblenden',
  seatTiersSeats: 'Plätze',
  seatTiersPricePerSeat: 'Preis pro Platz',
  imageAlt: (name, position, count) => (count === 1 ? name : `${name}, Bild ${zahl(position)} von ${zahl(count)}`),
  moreImages: (hiddenCount) => `+${zahl(hiddenCount)}`,
  showAllImages: (count) => `Alle ${zahl(count)} Bilder zeigen`,
  imageUnavailable: 'Bild nicht verfügbar',
  galleryTitle: (name) => `Bilder von ${name}`,
  galleryPrevious: 'Vorheriges Bild',
  galleryNext: 'Nächstes Bild',
  galleryClose: 'Galerie schließen',
  galleryPosition: (position, count) => `${zahl(position)} von ${zahl(count)}`,
  loadingProduct: 'Produkt wird geladen …',
};

const builder: BuilderMessages = {
  createTitle: 'Checkout-Link erstellen',
  editTitle: 'Checkout-Link bearbeiten',
  productsLabel: 'Produkte',
  productsHelp: 'Käufer wählen zwischen diesen Produkten, in dieser Reihenfolge.',
  productSearchLabel: 'Produkte suchen',
  productSearchPlaceholder: 'Nach Namen suchen',
  productsFound: (n, suche) => gefunden(n, suche, 'Produkt', 'Produkte'),
  loadingProducts: 'Produkte werden geladen …',
  selectedProductsLabel: 'Ausgewählte Produkte',
  addProduct: (name) => `${name} hinzufügen`,
  removeProduct: (name) => `${name} entfernen`,
  moveProductUp: (name) => `${name} nach oben`,
  moveProductDown: (name) => `${name} nach unten`,
  priceLabel: 'Preis',
  priceHelp: 'Dieses Produkt hat mehrere alte Preise. Verkaufe alle oder wähle einen.',
  allPrices: 'Alle Preise',
  labelLabel: 'Bezeichnung',
  labelHelp: 'Nur für dich sichtbar, um deine Links zu unterscheiden.',
  successUrlLabel: 'Erfolgs-URL',
  successUrlHelp: 'Hierhin kommen Käufer nach dem Bezahlen. {CHECKOUT_ID} wird durch die Checkout-ID ersetzt.',
  returnUrlLabel: 'Zurück-URL',
  returnUrlHelp: 'Wohin der Zurück-Link des Checkouts führt.',
  discountLabel: 'Voreingestellter Rabatt',
  discountHelp: 'Wird angewendet, sobald ein Käufer den Link öffnet.',
  discountSearchPlaceholder: 'Rabatte suchen',
  noDiscount: 'Kein Rabatt',
  discountNotForProducts: (names) => `Gilt nicht für ${names}`,
  allowDiscountCodesLabel: 'Rabattcodes erlauben',
  allowDiscountCodesHelp: 'Käufer können an der Kasse einen Rabattcode eingeben.',
  requireBillingAddressLabel: 'Rechnungsadresse verlangen',
  requireBillingAddressHelp: 'Käufer müssen ihre vollständige Rechnungsadresse angeben.',
  trialLabel: 'Kostenlose Testphase',
  trialHelp: 'Käufer zahlen nichts, bis die Testphase endet.',
  trialIntervalLabel: 'Einheit der Testphase',
  trialIntervalCountLabel: 'Dauer der Testphase',
  noTrial: 'Keine Testphase',
  trialIntervals: { day: 'Tage', week: 'Wochen', month: 'Monate', year: 'Jahre' },
  seatsLabel: 'Plätze',
  seatsHelp: (min, max) => `Zwischen ${zahl(min)} und ${zahl(max)} Plätzen.`,
  metadataLabel: 'Metadaten',
  metadataHelp: 'Schlüssel-Wert-Paare, die am Link gespeichert und in seine Checkouts übernommen werden.',
  metadataKeyLabel: 'Schlüssel',
  metadataValueLabel: 'Wert',
  metadataTypeLabel: 'Typ',
  metadataTypes: { text: 'Text', number: 'Zahl', boolean: 'Ja/Nein' },
  metadataTrue: 'Ja',
  metadataFalse: 'Nein',
  addMetadata: 'Metadaten hinzufügen',
  removeMetadata: (key) => (key ? `Metadaten ${key} entfernen` : 'Diese Metadatenzeile entfernen'),
  submitCreate: 'Link erstellen',
  submitEdit: 'Änderungen speichern',
  submittingCreate: 'Link wird erstellt …',
  submittingEdit: 'Wird gespeichert …',
  cancel: 'Abbrechen',
  reset: 'Zurücksetzen',
  errorSummaryTitle: (n) => (n === 1 ? '1 Problem beheben, um fortzufahren' : `${zahl(n)} Probleme beheben, um fortzufahren`),
  oneTimeProducts: 'Einmalkäufe',
  subscriptionProducts: 'Abonnements',
  noProductsSelected: 'Noch keine Produkte ausgewählt.',
  productAdded: (name) => `${name} hinzugefügt.`,
  productRemoved: (name) => `${name} entfernt.`,
  productMoved: (name, position, total) => `${name} ist jetzt an Position ${zahl(position)} von ${zahl(total)}.`,
  previousResults: 'Vorherige Ergebnisse',
  nextResults: 'Weitere Ergebnisse',
  resultsPage: (page, pageCount) => `Seite ${zahl(page)} von ${zahl(pageCount)}`,
  insertCheckoutId: 'Checkout-ID einfügen',
  discountSearchLabel: 'Rabatte suchen',
  loadingDiscounts: 'Rabatte werden geladen …',
  discountsFound: (n, suche) => gefunden(n, suche, 'Rabatt', 'Rabatte'),
  characterCount: (n, max) => `${zahl(n)} von ${zahl(max)} Zeichen`,
  metadataPairCount: (n, max) => `${zahl(n)} von ${zahl(max)} Paaren`,
  previewTitle: 'Vorschau',
  previewHelp: 'Das sehen Käufer, wenn sie den Link öffnen.',
  previewEmpty: 'Wähle Produkte, um zu sehen, was Käufer bekommen.',
  previewTrial: (n, interval, then) => `${dauer(n, interval)} kostenlos, danach ${then}`,
  previewSeats: (seats) => `${zahl(seats)} ${seats === 1 ? 'Platz' : 'Plätze'}, vom Link festgelegt`,
  errors: {
    productsRequired: 'Wähle mindestens ein Produkt.',
    productInvalid: 'Dieses Produkt kann nicht in einem Link verwendet werden.',
    invalidChoice: 'Wähle eine Option aus der Liste.',
    urlTooLong: (max) => `URLs dürfen höchstens ${zahl(max)} Zeichen lang sein.`,
    successUrlInvalid: 'Gib eine vollständige http(s)-URL ein, z. B. https://example.com/danke?checkout_id={CHECKOUT_ID}.',
    returnUrlInvalid: 'Gib eine vollständige http(s)-URL ein, z. B. https://example.com.',
    wholeNumber: 'Gib eine ganze Zahl ein.',
    seatsOutOfRange: (min, max) => `Gib zwischen ${zahl(min)} und ${zahl(max)} Plätze ein.`,
    trialIntervalRequired: 'Wähle zur Dauer auch die Einheit der Testphase.',
    trialIntervalCountRequired: 'Gib zur Einheit auch die Dauer der Testphase ein.',
    trialIntervalCountOutOfRange: (min, max) => `Die Testphase muss zwischen ${zahl(min)} und ${zahl(max)} dauern.`,
    metadataTooMany: (max) => `Höchstens ${zahl(max)} Metadatenpaare sind erlaubt.`,
    metadataKeyRequired: 'Gib einen Schlüssel ein.',
    metadataKeyTooLong: (max) => `Schlüssel dürfen höchstens ${zahl(max)} Zeichen lang sein.`,
    metadataKeyDuplicate: (key) => `Der Schlüssel „${key}“ kommt doppelt vor.`,
    metadataValueRequired: 'Gib einen Wert ein.',
    metadataValueTooLong: (max) => `Textwerte dürfen höchstens ${zahl(max)} Zeichen lang sein.`,
    metadataNumberInvalid: 'Gib eine Zahl ein, z. B. 42 oder 3.5.',
    invalidCharacters: 'Entferne das unsichtbare NUL-Zeichen: Polar kann es nicht speichern.',
    discountNotForProducts: (names) => `Dieser Rabatt gilt nicht für ${names}.`,
  },
};

const share: SharePanelMessages = {
  title: 'Dein Checkout-Link ist bereit',
  urlLabel: 'Checkout-Link',
  copy: 'Link kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich. Der Text ist markiert: Drücke Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  open: 'Link öffnen',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  createAnother: 'Weiteren Link erstellen',
  done: 'Fertig',
  embedTitle: 'Auf deiner Website einbetten',
  embedHelp: 'Füge dies dort ein, wo der Button erscheinen soll. Polars Skript öffnet den Checkout über deiner Seite. Es verwendet den Link mit den Optionen oben.',
  embedThemeLabel: 'Design des Checkouts',
  themes: { light: 'Hell', dark: 'Dunkel' },
  embedButtonText: 'Kaufen',
  embedCodeLabel: 'Einbettungscode',
  copyEmbedCode: 'Code kopieren',
  embedHostsNote: 'Der eingebettete Checkout öffnet sich nur auf Websites, deren Host in den erlaubten Einbettungs-Hosts deiner Organisation steht (Einstellungen im Polar-Dashboard).',
  composerTitle: 'Checkout vorausfüllen',
  composerHelp: 'Optionen, die dem Link als Query-Parameter angehängt werden, für einen Käufer oder eine Kampagne. Leere Felder entfallen.',
  composerLabels: {
    product_id: 'Produkt',
    customer_email: 'E-Mail des Kunden',
    customer_name: 'Name des Kunden',
    discount_code: 'Rabattcode',
    amount: 'Betrag (Zahl, was du willst)',
    locale: 'Sprache des Checkouts',
    theme: 'Design des Checkouts',
    reference_id: 'Referenz-ID',
    utm_source: 'UTM-Quelle',
    utm_medium: 'UTM-Medium',
    utm_campaign: 'UTM-Kampagne',
    utm_term: 'UTM-Begriff',
    utm_content: 'UTM-Inhalt',
  },
  composerProductAny: 'Käufer wählt',
  composerThemeDefault: 'Standard',
  composerAmountHelp: (currency, minimum, maximum) =>
    maximum === null ? `In ${currency.toUpperCase()}, mindestens ${minimum}.` : `In ${currency.toUpperCase()}, von ${minimum} bis ${maximum}.`,
  composerLocaleHelp: 'Ein Sprach-Tag wie en, de oder fr-FR.',
  composerReferenceHelp: 'Deine eigene ID für diesen Checkout; wird in seinen Metadaten gespeichert.',
  composerUtmTitle: 'Kampagnen-Tracking',
  composedUrlLabel: 'Link mit diesen Optionen',
  copyComposedUrl: 'Link mit Optionen kopieren',
  composerErrors: {
    emailInvalid: 'Gib eine E-Mail-Adresse wie name@example.com ein.',
    discountCodeInvalid: (min, max) => `Rabattcodes haben ${zahl(min)} bis ${zahl(max)} Buchstaben und Ziffern.`,
    amountInvalid: 'Gib einen Betrag wie 12,50 ein.',
    amountTooPrecise: (digits) =>
      digits === 0 ? 'Diese Währung hat keine Nachkommastellen: Gib einen ganzen Betrag ein.' : `Höchstens ${zahl(digits)} Nachkommastellen.`,
    amountBelowMinimum: (minimum) => `Gib mindestens ${minimum} ein.`,
    amountAboveMaximum: (maximum) => `Gib höchstens ${maximum} ein.`,
    amountNeedsProduct: 'Wähle das Produkt mit freiem Preis, für das der Betrag gilt.',
    amountNotCustom: 'Dieses Produkt hat einen festen Preis: Lass den Betrag leer.',
    localeInvalid: 'Gib ein Sprach-Tag wie en, de oder fr-FR ein.',
    tooLong: (max) => `Höchstens ${zahl(max)} Zeichen.`,
  },
  summaryTitle: 'Was dieser Link verkauft',
  summaryProducts: 'Produkte',
  summaryDiscount: 'Voreingestellter Rabatt',
  summaryAllowDiscountCodes: 'Rabattcodes erlaubt',
  summaryRequireBillingAddress: 'Rechnungsadresse verlangt',
  summaryTrial: 'Kostenlose Testphase',
  summarySeats: 'Plätze',
  summarySuccessUrl: 'Erfolgs-URL',
  summaryReturnUrl: 'Zurück-URL',
  summaryMetadata: 'Metadaten',
  summaryNone: 'Keine',
  yes: 'Ja',
  no: 'Nein',
  trialLength: dauer,
};

const dialog: DialogMessages = {
  trigger: 'Checkout-Link erstellen',
  createTitle: 'Checkout-Link erstellen',
  editTitle: 'Checkout-Link bearbeiten',
  description: 'Lege fest, was Käufer bekommen, und teile den Link, um es zu verkaufen.',
  close: 'Schließen',
};

const links: LinkListMessages = {
  title: 'Checkout-Links',
  empty: 'Noch keine Checkout-Links.',
  loading: 'Checkout-Links werden geladen …',
  untitled: 'Link ohne Bezeichnung',
  edit: 'Bearbeiten',
  delete: 'Löschen',
  deleteConfirmTitle: 'Diesen Checkout-Link löschen?',
  deleteConfirmDescription: (label) => `„${label}“ funktioniert für Käufer sofort nicht mehr.`,
  deleteConfirm: 'Link löschen',
  deleteCancel: 'Link behalten',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageStatus: (page, pageCount) => `Seite ${zahl(page)} von ${zahl(pageCount)}`,
};

const linkTable: LinkTableMessages = {
  columns: { label: 'Bezeichnung', products: 'Produkte', discount: 'Voreingestellter Rabatt', created: 'Erstellt', link: 'Link', actions: 'Aktionen' },
  moreProducts: (count) => `+ ${zahl(count)} weitere`,
  noDiscount: 'Keiner',
  duplicate: 'Duplizieren',
  share: 'Teilen',
  copy: 'Kopieren',
  open: 'Öffnen',
  actionFor: (action, label) => `${action}: ${label}`,
  opensInNewTab: '(öffnet in einem neuen Tab)',
  copied: (label) => `Link von „${label}“ kopiert.`,
  copyFailed: 'Kopieren nicht möglich. Öffne den Link und kopiere ihn aus der Adressleiste.',
  deleting: 'Wird gelöscht …',
  deleteFailed: (label, reason) => `„${label}“ wurde nicht gelöscht. ${reason}`,
  deleted: (label) => `„${label}“ gelöscht.`,
  editTitle: (label) => `${label} bearbeiten`,
  editDescription: 'Beim Speichern wird nur gesendet, was du geändert hast. Die URL des Links bleibt gleich.',
  duplicateTitle: (label) => `${label} duplizieren`,
  duplicateDescription: 'Ein neuer Link mit denselben Produkten und Einstellungen. Das Original bleibt, wie es ist.',
  shareTitle: (label) => `${label} teilen`,
  close: 'Schließen',
  loadFailed: 'Die Checkout-Links konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  updating: 'Wird aktualisiert …',
  pageSize: 'Links pro Seite',
  sortLabel: 'Sortieren nach',
  sortOptions: {
    '-created_at': 'Neueste zuerst',
    created_at: 'Älteste zuerst',
    label: 'Bezeichnung, A bis Z',
    '-label': 'Bezeichnung, Z bis A',
    success_url: 'Erfolgs-URL, A bis Z',
    '-success_url': 'Erfolgs-URL, Z bis A',
    allow_discount_codes: 'Rabattcodes nicht erlaubt zuerst',
    '-allow_discount_codes': 'Rabattcodes erlaubt zuerst',
  },
  totalCount: (count) => `${zahl(count)} ${count === 1 ? 'Link' : 'Links'}`,
  filterLabel: 'Nach Produkt filtern',
  filterSearch: 'Produkte suchen',
  filterHelp: 'Zeigt Links, die eines der gewählten Produkte verkaufen.',
  filterNoProducts: 'Keine passenden Produkte.',
  filterFailed: 'Die Produkte konnten nicht geladen werden.',
  clearFilter: 'Filter entfernen',
  filteredEmpty: 'Keine Checkout-Links verkaufen die gewählten Produkte.',
};

const qrCode: QrCodeMessages = {
  title: 'QR-Code',
  help: 'Beim Scannen öffnet sich der Link mit den Optionen oben. Drucke ihn aus oder füge ihn in Folien und Plakate ein.',
  imageLabel: 'QR-Code des Checkout-Links',
  loading: 'QR-Code wird gezeichnet …',
  downloadSvg: 'SVG herunterladen',
  downloadPng: 'PNG herunterladen',
  fileName: 'checkout-link-qr',
};

const errors: ErrorMessages = {
  kinds: {
    validation: 'Einige Felder brauchen deine Aufmerksamkeit.',
    unauthorized: 'Polar hat die Zugangsdaten nicht akzeptiert. Melde dich erneut an.',
    forbidden: 'Das darfst du nicht.',
    not_found: 'Das gibt es nicht mehr.',
    server: 'Polar konnte die Anfrage nicht abschließen. Versuche es gleich noch einmal.',
    network: 'Polar ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
    timeout: 'Polar hat zu lange gebraucht. Versuche es erneut.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    invalid_response: 'Polar hat eine Antwort geschickt, die diese Seite nicht lesen kann.',
  },
  rateLimited: (seconds) =>
    seconds === undefined ? 'Zu viele Anfragen. Warte kurz und versuche es erneut.' : `Zu viele Anfragen. Versuche es in ${zahl(seconds)} s erneut.`,
  retry: 'Erneut versuchen',
};

/** Every message of the library in German (use with `locale="de-DE"`). */
export const deMessages: CheckoutLinksMessages = { builder, share, dialog, card, links, linkTable, qrCode, errors, format };
