/*
 * Script payloads for the hostile-data suites. Each one that ran would call `window.__pwned(name)`
 * (or `parent.__pwned` from a frame), which the page records.
 */

/** A payload and the name it reports when it runs. */
export interface Payload {
  name: string;
  value: string;
}

const MB = 1024 * 1024;
const pwn = (name: string) => `window.__pwned('${name}')`;
const base64 = (text: string) => btoa(text);

/** Markup and script in places meant for text: names, descriptions, labels, codes, metadata. */
export const textPayloads: Payload[] = [
  { name: 'img-onerror', value: `<img src=x onerror="${pwn('img-onerror')}">` },
  { name: 'script-tag', value: `<script>${pwn('script-tag')}</script>` },
  { name: 'svg-script', value: `<svg onload="${pwn('svg-onload')}"><script>${pwn('svg-script')}</script></svg>` },
  { name: 'iframe-js', value: `<iframe src="javascript:parent.__pwned('iframe-js')"></iframe>` },
  { name: 'iframe-srcdoc', value: `<iframe srcdoc="<script>parent.__pwned('iframe-srcdoc')</script>"></iframe>` },
  { name: 'attribute-break', value: `"><img src=x onerror=${pwn('attribute-break')}>` },
  { name: 'attribute-break-single', value: `'><svg/onload=${pwn('attribute-break-single')}>` },
  { name: 'anchor-js', value: `<a href="javascript:${pwn('anchor-js')}">Claim your discount</a>` },
  { name: 'mutation-xss', value: `<math><mtext><table><mglyph><style><img src=x onerror=${pwn('mutation-xss')}>` },
  { name: 'style-url', value: `<style>*{background:url("javascript:${pwn('style-url')}")}</style>` },
  { name: 'object-data', value: `<object data="data:text/html,<script>parent.__pwned('object-data')</script>"></object>` },
  { name: 'embed-js', value: `<embed src="javascript:${pwn('embed-js')}">` },
  { name: 'form-action', value: `<form action="javascript:${pwn('form-action')}"><button>Buy</button></form>` },
  { name: 'meta-refresh', value: `<meta http-equiv="refresh" content="0;url=javascript:${pwn('meta-refresh')}">` },
  { name: 'base-href', value: `<base href="javascript:${pwn('base-href')}//">` },
  { name: 'details-ontoggle', value: `<details open ontoggle="${pwn('details-ontoggle')}"><summary>More</summary></details>` },
  { name: 'template-injection', value: `{{constructor.constructor("${pwn('template-injection')}")()}} \${${pwn('template-literal')}}` },
  { name: 'markdown-link', value: `**[Buy now](javascript:${pwn('markdown-link')})** ![x](javascript:${pwn('markdown-image')})` },
  { name: 'js-url-as-text', value: `javascript:${pwn('js-url-as-text')}` },
  { name: 'rtl-override', value: `Invoice \u202Efdp.exe\u202C <img src=x onerror=${pwn('rtl-override')}>` },
  { name: 'zero-width', value: `Pro\u200B\u200C\u200D\u2060\uFEFFplan <scr\u200Bipt>${pwn('zero-width')}</scr\u200Bipt>` },
  { name: 'control-characters', value: `Plan\u0000\u0007\u001b[31m\u2028\u2029<img\u0000src=x onerror=${pwn('control-characters')}>` },
  { name: '1-mb-text', value: 'A'.repeat(MB) },
  { name: '1-mb-markup', value: `<b>${'x'.repeat(MB)}</b><img src=x onerror=${pwn('1-mb-markup')}>` },
];

// An http URL that goes nowhere: Chromium refuses port 9 (discard) before connecting.
export const NOWHERE = 'http://127.0.0.1:9';

/** What could run script or leave the page where a URL is expected: media URLs, link URLs, success URLs. */
export const urlPayloads: Payload[] = [
  { name: 'js-url', value: `javascript:${pwn('js-url')}` },
  { name: 'js-mixed-case', value: `JaVaScRiPt:${pwn('js-mixed-case')}` },
  { name: 'js-leading-whitespace', value: ` \t\n\u000cjavascript:${pwn('js-leading-whitespace')}` },
  { name: 'js-embedded-tab', value: `java\tscr\nipt:${pwn('js-embedded-tab')}` },
  { name: 'js-zero-width', value: `java\u200Bscript:${pwn('js-zero-width')}` },
  { name: 'js-entity', value: `jav&#x61;script:${pwn('js-entity')}` },
  { name: 'js-percent-encoded', value: `javascript:%77indow.__pwned('js-percent-encoded')` },
  { name: 'vbscript', value: `vbscript:msgbox("pwned")` },
  { name: 'data-html', value: `data:text/html,<script>parent.__pwned('data-html')</script>` },
  { name: 'data-html-base64', value: `data:text/html;base64,${base64(`<script>parent.__pwned('data-html-base64')</script>`)}` },
  { name: 'data-svg', value: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned('data-svg')"/>` },
  {
    name: 'data-svg-base64',
    value: `data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg"><script>parent.__pwned('data-svg-base64')</script></svg>`)}`,
  },
  { name: 'protocol-relative', value: '//evil.example/cover.png' },
  { name: 'relative-path', value: '../../../api/polar/v1/customers/' },
  { name: 'file', value: 'file:///etc/passwd' },
  { name: 'blob', value: 'blob:https://evil.example/3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f' },
  { name: 'rtl-override-url', value: `https://\u202Egro.elpmaxe.live\u202C/cover.png` },
  { name: 'quote-break-url', value: `${NOWHERE}/x.png" onerror="${pwn('quote-break-url')}` },
  { name: 'http-svg-with-script', value: `${NOWHERE}/cover.svg?<script>${pwn('http-svg')}</script>` },
  { name: '1-mb-url', value: `${NOWHERE}/${'a'.repeat(MB)}.png` },
];

/** The text payloads of a megabyte: rendered apart, since every layout of the page that holds them is slow. */
export const isHuge = ({ value }: Payload) => value.length >= MB;

/** Every payload, text and URL. */
export const allPayloads = [...textPayloads, ...urlPayloads];
