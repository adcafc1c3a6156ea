declare global {
  interface Window {
    /** Called by every payload that manages to run. */
    __pwned?: (name: string) => void;
  }
}

/** What the page saw happen while the traps were set. */
export interface PageTraps {
  /** Payloads that ran, by name. */
  executions: string[];
  /** `securitypolicyviolation` events: a payload that tried to run and was blocked. */
  violations: string[];
  /** Navigations of the page, and windows opened. */
  navigations: string[];
  /** Everything above, empty when nothing happened. */
  incidents(): string[];
  /** Forgets what was recorded (after a control case that set a trap off on purpose). */
  clear(): void;
  remove(): void;
}

// Inline event handlers (`onerror=`, `onload=`) are refused by policy: one that a payload smuggled
// into the DOM shows up as a violation even when its element never fires.
const POLICY = "script-src-attr 'none'; object-src 'none'";

/**
 * Sets traps in the test page for anything a payload could do: run script (`window.__pwned`),
 * trip the content security policy, navigate the page (Navigation API: links, forms,
 * `location` assignments) or open a window.
 */
export function setPageTraps(): PageTraps {
  const executions: string[] = [];
  const violations: string[] = [];
  const navigations: string[] = [];

  window.__pwned = (name) => void executions.push(name);
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    void violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline script'} (${event.sample})`);
  document.addEventListener('securitypolicyviolation', onViolation);

  const navigation = (window as unknown as { navigation: EventTarget }).navigation;
  const onNavigate = (event: Event) => {
    const { destination, cancelable, downloadRequest } = event as Event & { destination: { url: string }; downloadRequest: string | null };
    // Saving a file the page itself made (the QR code's downloads) leaves the page where it is.
    const ownDownload = downloadRequest !== null && destination.url.startsWith(`blob:${location.origin}/`);
    if (!ownDownload) navigations.push(`navigate to ${destination.url.slice(0, 200)}`);
    if (cancelable) event.preventDefault();
  };
  navigation.addEventListener('navigate', onNavigate);
  const onUnload = () => void navigations.push('page unloaded');
  window.addEventListener('pagehide', onUnload);

  const open = window.open;
  window.open = (url) => {
    navigations.push(`window.open(${String(url).slice(0, 200)})`);
    return null;
  };

  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = POLICY;
  document.head.append(policy);

  return {
    executions,
    violations,
    navigations,
    incidents: () => [...executions.map((name) => `script ran: ${name}`), ...violations, ...navigations],
    clear() {
      for (const list of [executions, violations, navigations]) list.length = 0;
    },
    remove() {
      delete window.__pwned;
      document.removeEventListener('securitypolicyviolation', onViolation);
      navigation.removeEventListener('navigate', onNavigate);
      window.removeEventListener('pagehide', onUnload);
      window.open = open;
      // A policy cannot be lifted once applied; the meta element goes, the page's policy stays.
      policy.remove();
    },
  };
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite', 'srcdoc'];
const SAFE_URL = /^(https?:\/\/|#)/;
const ACTIVE_ELEMENTS = 'script, iframe, frame, object, embed, base, meta, link, style';

/**
 * Every place in `root` where markup from data could act: a URL attribute that is not http(s) or a
 * `#` fragment, an inline event handler, a `style` with `url(`, or an element that loads or runs
 * something (script, iframe, object, embed, base, meta, link, style).
 */
export function unsafeMarkup(root: Element): string[] {
  const found: string[] = [];
  const describe = (element: Element) => `<${element.localName}${element.id ? `#${element.id}` : ''}>`;
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.slice(0, 120);
      if (URL_ATTRIBUTES.includes(name) && !SAFE_URL.test(attribute.value)) found.push(`${describe(element)} ${name}="${value}"`);
      if (name.startsWith('on')) found.push(`${describe(element)} has the event handler ${name}="${value}"`);
      if (name === 'style' && /url\s*\(/i.test(attribute.value)) found.push(`${describe(element)} style="${value}"`);
    }
  }
  for (const element of root.querySelectorAll(ACTIVE_ELEMENTS)) found.push(`${describe(element)} element`);
  return found;
}
