/** Entry of demo/index.html: defines the element and starts the lab. */
import '../../src/index.js';
import { initialPageLocale } from '../site/page-locale.js';
import { availableFlows, FlowLab } from './flow-lab.js';
import { settingsFromQuery } from './settings.js';

const pageLocale = initialPageLocale();
const query = new URLSearchParams(location.search);
const delay = Number(query.get('replay-delay'));

const lab = new FlowLab({
  root: document.querySelector<HTMLElement>('#app')!,
  widget: document.querySelector('wallet-support')!,
  pageLocale,
  settings: settingsFromQuery(location.search, { problem: availableFlows()[0] ?? '', locale: pageLocale, host: {} }),
  replayDelay: query.has('replay-delay') && Number.isFinite(delay) ? delay : 400,
});

declare global {
  interface Window {
    /** The running lab, for the browser console and the demo's tests. */
    flowLab?: FlowLab;
  }
}

window.flowLab = lab;
void lab.start().then(() => document.documentElement.setAttribute('data-ready', ''));
