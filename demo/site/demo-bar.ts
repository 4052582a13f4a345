/**
 * The thin strip on top of every demo page: which demo this is, links to the other two, and the
 * language switch. Kept apart from each page's own (pretend) branding.
 */
import { html } from 'lit';
import { languageSwitch, type PageLocale } from './page-locale.js';

export type DemoPage = 'lab' | 'checkout' | 'help';

const text: Record<PageLocale, { product: string; pages: string; language: string; nav: Record<DemoPage, string> }> = {
  en: {
    product: 'wallet-support-widget demo',
    pages: 'Demo pages',
    language: 'Language',
    nav: { lab: 'Flow lab', checkout: 'Merchant checkout', help: 'Wallet help centre' },
  },
  'zh-CN': {
    product: 'wallet-support-widget 演示',
    pages: '演示页面',
    language: '语言',
    nav: { lab: '流程实验室', checkout: '商户结账页', help: '钱包帮助中心' },
  },
};

const hrefs: Record<DemoPage, string> = { lab: './index.html', checkout: './checkout.html', help: './help.html' };

export function demoBar(page: DemoPage, locale: PageLocale, onLocale: (locale: PageLocale) => void) {
  const t = text[locale];
  return html`<div class="demo-bar">
    <span class="demo-product">${t.product}</span>
    <nav aria-label=${t.pages}>
      <ul>
        ${(Object.keys(hrefs) as DemoPage[]).map(
          (target) =>
            html`<li>
              <a href=${hrefs[target]} aria-current=${target === page ? 'page' : 'false'}>${t.nav[target]}</a>
            </li>`,
        )}
      </ul>
    </nav>
    ${languageSwitch(locale, t.language, onLocale)}
  </div>`;
}
