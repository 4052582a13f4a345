/**
 * The screenshots a person attaches (issue 16): up to {@link MAX_SCREENSHOTS}, each covered in the
 * cover editor (cover-editor.ts) and made safe (prepare-image.ts) before it is kept, then shown as
 * a thumbnail with its own Remove button. One tray per conversation: its element is shown under
 * the question that asks for the error message and in the ticket form (never both at once), and
 * its images are filed with the ticket. A chunk of its own, with the editor and the image code,
 * loaded the first time someone attaches.
 *
 * The tray renders itself into `element`: the editor while a file is being covered, the
 * thumbnails, a message when a file is refused (role="alert") and a polite status that announces
 * each image attached or removed.
 */
import { html, nothing, render } from 'lit';
import type { StoredFile } from '../../ticket/attachments.js';
import type { Locale } from '../../shared/types.js';
import { adoptStyles } from './adopt-styles.js';
import { coverEditorStrings, editCovers } from './cover-editor.js';
import { coverEditorStyles } from './cover-editor.styles.js';
import { prepareImage, refusalOf, type ImageRefusal } from './prepare-image.js';
import { screenshotTrayStyles } from './screenshot-tray.styles.js';

/** Enough to show an error and the screen around it; more would only slow the ticket down. */
export const MAX_SCREENSHOTS = 3;

interface TrayStrings {
  list: string;
  thumbnail: (position: number, count: number) => string;
  remove: string;
  removeNamed: (position: number, count: number) => string;
  attached: (position: number, count: number) => string;
  removed: string;
  preparing: string;
  full: string;
  refused: Record<ImageRefusal | 'cannot-show', string>;
}

const trayStrings: Record<Locale, TrayStrings> = {
  en: {
    list: 'Screenshots',
    thumbnail: (position, count) => `Screenshot ${position} of ${count}`,
    remove: 'Remove',
    removeNamed: (position, count) => `Remove screenshot ${position} of ${count}`,
    attached: (position, count) => `Screenshot ${position} of ${count} attached.`,
    removed: 'Screenshot removed.',
    preparing: 'Preparing the screenshot…',
    full: `You can attach up to ${MAX_SCREENSHOTS} screenshots.`,
    refused: {
      'too-large': 'That file is over 20 MB. Please attach a smaller screenshot.',
      'not-an-image':
        'That file is not an image this browser can open. Please attach a screenshot (PNG, JPEG or WebP).',
      'cannot-show': 'This page does not let the screenshot be shown, so it cannot be covered; it was not attached.',
    },
  },
  'zh-CN': {
    list: '截图',
    thumbnail: (position, count) => `截图 ${position}（共 ${count} 张）`,
    remove: '删除',
    removeNamed: (position, count) => `删除截图 ${position}（共 ${count} 张）`,
    attached: (position, count) => `已添加截图 ${position}（共 ${count} 张）。`,
    removed: '已删除截图。',
    preparing: '正在处理截图…',
    full: `最多可添加 ${MAX_SCREENSHOTS} 张截图。`,
    refused: {
      'too-large': '文件超过 20 MB，请添加较小的截图。',
      'not-an-image': '浏览器无法打开这个文件。请添加截图（PNG、JPEG 或 WebP）。',
      'cannot-show': '当前页面无法显示这张截图，无法遮盖，因此没有添加。',
    },
  },
  'zh-TW': {
    list: '截圖',
    thumbnail: (position, count) => `截圖 ${position}（共 ${count} 張）`,
    remove: '刪除',
    removeNamed: (position, count) => `刪除截圖 ${position}（共 ${count} 張）`,
    attached: (position, count) => `已新增截圖 ${position}（共 ${count} 張）。`,
    removed: '已刪除截圖。',
    preparing: '正在處理截圖…',
    full: `最多可新增 ${MAX_SCREENSHOTS} 張截圖。`,
    refused: {
      'too-large': '檔案超過 20 MB，請新增較小的截圖。',
      'not-an-image': '瀏覽器無法開啟這個檔案。請新增截圖（PNG、JPEG 或 WebP）。',
      'cannot-show': '目前頁面無法顯示這張截圖，無法遮蓋，因此沒有新增。',
    },
  },
};

const EXTENSIONS: Record<string, string> = { 'image/webp': 'webp', 'image/jpeg': 'jpg', 'image/png': 'png' };

export class ScreenshotTray {
  readonly element = document.createElement('div');
  #images: { file: StoredFile; url: string }[] = [];
  /** A refusal, shown until the next attempt. */
  #message = '';
  #announcement = '';
  /** While an image the person attached is being made safe: filing waits for it ({@link ScreenshotTray.preparing}). */
  #preparing?: Promise<unknown>;
  /** Files wait their turn: one editor at a time. */
  #queue: Promise<void> = Promise.resolve();
  /** Numbers file names: unique in a ticket even after a removal. */
  #named = 0;
  readonly #closing = new AbortController();

  /**
   * `locale`: read at each render, so a language switch changes the words. `changed`: the count
   * changed. `root`: a node in the root the tray shows in (the conversation), which gets its styles
   * and the editor's now: the tray's own element may not be on the page yet.
   */
  constructor(
    private readonly locale: () => Locale,
    private readonly changed: () => void,
    root: Node,
  ) {
    this.element.className = 'screenshots';
    adoptStyles(root, screenshotTrayStyles);
    adoptStyles(root, coverEditorStyles);
  }

  /** Settles once the image being made safe is kept (or refused); undefined when none is. */
  get preparing(): Promise<unknown> | undefined {
    return this.#preparing;
  }

  /** The images as they will be filed. */
  get files(): StoredFile[] {
    return this.#images.map(({ file }) => file);
  }

  get full(): boolean {
    return this.#images.length >= MAX_SCREENSHOTS;
  }

  /**
   * Covers and keeps each file in turn. `returnFocus`: where focus goes when the editor closes
   * (the button that opened it, or the field pasted into).
   */
  add(files: readonly File[], returnFocus?: HTMLElement): Promise<void> {
    this.#queue = this.#queue.then(async () => {
      this.#message = '';
      for (const file of files) if (!(await this.#addOne(file))) break;
      if (this.#closing.signal.aborted) return;
      // The button is hidden once the tray is full, and a drop names no control: then the last Remove.
      const target = returnFocus?.isConnected && returnFocus.checkVisibility() ? returnFocus : undefined;
      (target ?? [...this.element.querySelectorAll<HTMLElement>('.screenshot-list button')].at(-1))?.focus();
    });
    return this.#queue;
  }

  /** The ticket was filed or the conversation started over: the images go, and the editor closes. */
  clear(): void {
    this.#closing.abort();
    for (const { url } of this.#images) URL.revokeObjectURL(url);
    this.#images = [];
    render(nothing, this.element);
  }

  /** False when no more files should be taken (the tray is full). */
  async #addOne(file: File): Promise<boolean> {
    const strings = trayStrings[this.locale()];
    if (this.full) {
      this.#say({ message: strings.full });
      return false;
    }
    const refusal = await refusalOf(file);
    if (refusal) {
      this.#say({ message: strings.refused[refusal] });
      return true;
    }
    this.render();
    const covers = await editCovers(this.#editor(), file, coverEditorStrings[this.locale()], {
      signal: this.#closing.signal,
    });
    if (covers === null) {
      this.#say({ message: strings.refused['cannot-show'] });
      return true;
    }
    if (!covers) return !this.#closing.signal.aborted;
    const preparing = prepareImage(file, covers);
    this.#preparing = preparing;
    this.render();
    const prepared = await preparing;
    this.#preparing = undefined;
    if (this.#closing.signal.aborted) return false;
    if (!prepared.ok) {
      this.#say({ message: strings.refused[prepared.reason] });
      return true;
    }
    const name = `screenshot-${++this.#named}.${EXTENSIONS[prepared.type] ?? 'img'}`;
    const stored: StoredFile = { name, type: prepared.type, size: prepared.blob.size, blob: prepared.blob };
    this.#images.push({ file: stored, url: URL.createObjectURL(prepared.blob) });
    const count = this.#images.length;
    this.#say({ announcement: strings.attached(count, count) });
    this.changed();
    return true;
  }

  #remove(index: number): void {
    const [removed] = this.#images.splice(index, 1);
    if (removed) URL.revokeObjectURL(removed.url);
    this.#say({ announcement: trayStrings[this.locale()].removed });
    this.changed();
    // Focus stays in the tray: the next image's Remove, else the previous one's, else the button that attaches.
    const buttons = this.element.querySelectorAll<HTMLElement>('.screenshot-list button');
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? this.element.parentElement?.querySelector<HTMLElement>('.attach-screenshot'))?.focus();
  }

  /** A refusal stays until the next attach; an announcement differs from the last, so the same words are said again. */
  #say({ message, announcement = '' }: { message?: string; announcement?: string }): void {
    if (message !== undefined) this.#message = message;
    this.#announcement = announcement && announcement === this.#announcement ? `${announcement}\u00a0` : announcement;
    this.render();
  }

  /** The editor's container: the first child of the tray, kept across renders. */
  #editor(): HTMLElement {
    return this.element.querySelector<HTMLElement>('.screenshot-editor')!;
  }

  /** Draws the tray in the conversation's language (again after a language switch). */
  render(): void {
    if (this.#closing.signal.aborted) return;
    const strings = trayStrings[this.locale()];
    const count = this.#images.length;
    render(
      html`<div class="screenshot-editor"></div>
        ${this.#preparing ? html`<p class="hint">${strings.preparing}</p>` : nothing}
        ${
          count
            ? html`<ul class="screenshot-list" aria-label=${strings.list}>
                ${this.#images.map(
                  ({ url }, index) =>
                    html`<li>
                      <img src=${url} alt=${strings.thumbnail(index + 1, count)} />
                      <button
                        type="button"
                        class="link"
                        aria-label=${strings.removeNamed(index + 1, count)}
                        @click=${() => this.#remove(index)}
                      >
                        ${strings.remove}
                      </button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        <p class="field-error" role="alert">${this.#message}</p>
        <p class="visually-hidden" role="status">${this.#announcement}</p>`,
      this.element,
    );
  }
}
