/**
 * The cover editor (issue 16): before a screenshot is attached, the person blacks out what must
 * not travel (card numbers, codes, balances) by drawing rectangles on it. `editCovers` renders it
 * into a container and resolves with the covers in the ORIGINAL image's pixels on "Attach", or
 * with `undefined` on "Cancel" (or when `signal` aborts), or with `null` when the image cannot be
 * shown (a page whose CSP refuses `blob:` images): nothing is attached that the person could not
 * see and cover. "Attach" does nothing until the image has loaded. It paints nothing itself: the
 * caller passes the covers to `prepareImage` (prepare-image.ts). Loaded as a chunk of its own.
 *
 * What is shown: the nudge, the image (an object URL of the file, revoked when the editor closes)
 * as large as fits the container's width (and 60% of the screen's height), the covers as black
 * boxes over it (an SVG whose viewBox is the image's own size, so a cover is kept and drawn in
 * original pixels), and "Add cover", "Remove cover", "Attach", "Cancel".
 *
 * Pointer (mouse, pen, touch): a drag on the image draws a cover (the pointer is captured, so the
 * drag may leave the image; it is clamped to it); a tap (under 8 CSS px of movement) selects the
 * cover under it.
 *
 * Keyboard: the image is one tab stop (role="application", named, with the keys below in its
 * description), and each cover is a tab stop after it, in the order drawn, then the buttons: Tab
 * moves from the image to each cover and on to the buttons. The focused cover is the selected
 * one (dashed white edge); on the image itself the last selected cover stays selected.
 * - Enter: adds a cover, 160×48 CSS px in the centre (moved down-right while one is already there),
 *   selects and focuses it.
 * - Arrows: move the selected cover 10 CSS px. Shift+arrows: resize it by 10 CSS px (right and down
 *   grow, left and up shrink; never under 8 CSS px). Both stay inside the image.
 * - Delete or Backspace: removes the selected cover; focus goes to the next (else the previous)
 *   cover, or to the image when none is left.
 * "Add cover" does as Enter does; "Remove cover" removes the selected cover and keeps focus.
 * Additions and removals are announced in a polite live region ("Cover 2 of 3 added", "Cover removed").
 *
 * Focus goes to the image when the editor opens. The ids are fixed: one editor per root at a time.
 */
import { html, nothing, render, svg } from 'lit';
import type { Locale } from '../../shared/types.js';
import { adoptStyles } from './adopt-styles.js';
import { coverEditorStyles } from './cover-editor.styles.js';
import type { Cover } from './prepare-image.js';

export interface CoverEditorStrings {
  /** Shown above the image. */
  nudge: string;
  /** The accessible name of the image area. */
  image: string;
  /** How the keyboard works (the image area's description; shown while it has keyboard focus). */
  keys: string;
  add: string;
  remove: string;
  attach: string;
  cancel: string;
  /** The accessible name of a cover: "Cover 2 of 3". */
  cover: (position: number, count: number) => string;
  /** Announced when a cover is added: "Cover 2 of 3 added". */
  added: (position: number, count: number) => string;
  removed: string;
}

/**
 * The editor's strings in the widget's three languages. They ship in the editor's own chunk,
 * loaded only when someone attaches: the three languages cost less than the conversation's
 * per-language chunks would pay for them on every conversation.
 */
export const coverEditorStrings: Record<Locale, CoverEditorStrings> = {
  en: {
    nudge: 'Cover card numbers, codes and balances',
    image: 'Screenshot',
    keys: 'Enter adds a cover. Arrow keys move the selected cover, Shift with arrow keys resizes it, Delete removes it. Tab goes to each cover, then to the buttons.',
    add: 'Add cover',
    remove: 'Remove cover',
    attach: 'Attach',
    cancel: 'Cancel',
    cover: (position, count) => `Cover ${position} of ${count}`,
    added: (position, count) => `Cover ${position} of ${count} added`,
    removed: 'Cover removed',
  },
  'zh-CN': {
    nudge: '请遮盖卡号、验证码和余额',
    image: '截图',
    keys: '按 Enter 添加遮盖。方向键移动选中的遮盖，Shift 加方向键调整大小，Delete 删除。按 Tab 依次切换到各个遮盖和按钮。',
    add: '添加遮盖',
    remove: '删除遮盖',
    attach: '使用这张截图',
    cancel: '取消',
    cover: (position, count) => `第 ${position} 个遮盖（共 ${count} 个）`,
    added: (position, count) => `已添加第 ${position} 个遮盖（共 ${count} 个）`,
    removed: '已删除遮盖',
  },
  'zh-TW': {
    nudge: '請遮蓋卡號、驗證碼和餘額',
    image: '截圖',
    keys: '按 Enter 新增遮蓋。方向鍵移動選取的遮蓋，Shift 加方向鍵調整大小，Delete 刪除。按 Tab 依序切換到各個遮蓋和按鈕。',
    add: '新增遮蓋',
    remove: '刪除遮蓋',
    attach: '使用這張截圖',
    cancel: '取消',
    cover: (position, count) => `第 ${position} 個遮蓋（共 ${count} 個）`,
    added: (position, count) => `已新增第 ${position} 個遮蓋（共 ${count} 個）`,
    removed: '已刪除遮蓋',
  },
};

/** In CSS px on screen, converted to image pixels at the scale the image is shown. */
const STEP = 10;
const MIN_SIZE = 8;
const NEW_COVER = { width: 160, height: 48 };

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function editCovers(
  container: HTMLElement,
  image: Blob,
  strings: CoverEditorStrings,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Cover[] | undefined | null> {
  if (signal?.aborted) return Promise.resolve(undefined);
  adoptStyles(container, coverEditorStyles);
  const url = URL.createObjectURL(image);
  const covers: Cover[] = [];
  let selected = -1;
  /** The image's own size, once it has loaded. */
  let size: { width: number; height: number } | undefined;
  let drawing: { pointerId: number; from: [number, number]; to: [number, number] } | undefined;
  let announcement = '';
  let finish!: (covers: Cover[] | undefined | null) => void;
  const result = new Promise<Cover[] | undefined | null>((resolve) => {
    finish = (covers) => {
      signal?.removeEventListener('abort', cancel);
      URL.revokeObjectURL(url);
      render(nothing, container);
      resolve(covers);
    };
  });
  const cancel = () => finish(undefined);
  signal?.addEventListener('abort', cancel);

  const stage = () => container.querySelector<HTMLElement>('.cover-editor-stage')!;
  /** Image pixels per CSS px, as the image is shown now. */
  const scale = () => size!.width / container.querySelector('img')!.getBoundingClientRect().width;
  const focusCover = (index: number) =>
    (index >= 0 ? container.querySelectorAll<SVGElement>('.cover')[index] : stage())?.focus();

  /** The cover moved and sized as asked, then kept inside the image and at least MIN_SIZE on screen. */
  function fitted({ x, y, width, height }: Cover): Cover {
    const least = MIN_SIZE * scale();
    width = Math.min(Math.max(width, least), size!.width);
    height = Math.min(Math.max(height, least), size!.height);
    return {
      x: Math.min(Math.max(x, 0), size!.width - width),
      y: Math.min(Math.max(y, 0), size!.height - height),
      width,
      height,
    };
  }

  function announce(text: string) {
    // A repeated message ("Cover removed" twice) must still change the region to be read again.
    announcement = text === announcement.trimEnd() && !announcement.endsWith('\u00a0') ? `${text}\u00a0` : text;
  }

  function add(cover: Cover) {
    covers.push(fitted(cover));
    selected = covers.length - 1;
    announce(strings.added(covers.length, covers.length));
    update();
    focusCover(selected);
  }

  function addInCentre() {
    if (!size) return;
    const s = scale();
    const width = NEW_COVER.width * s;
    const height = NEW_COVER.height * s;
    let cover = fitted({ x: (size.width - width) / 2, y: (size.height - height) / 2, width, height });
    for (let tries = 0; tries < 20 && covers.some((other) => same(other, cover)); tries++) {
      cover = fitted({ ...cover, x: cover.x + STEP * s, y: cover.y + STEP * s });
    }
    add(cover);
  }

  function remove(focus: boolean) {
    if (selected < 0) return;
    covers.splice(selected, 1);
    selected = Math.min(selected, covers.length - 1);
    announce(strings.removed);
    update();
    if (focus) focusCover(selected);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (!size || event.altKey || event.ctrlKey || event.metaKey) return;
    const arrow = ARROWS[event.key];
    if (event.key === 'Enter') addInCentre();
    else if (event.key === 'Delete' || event.key === 'Backspace') remove(true);
    else if (arrow) {
      const cover = covers[selected];
      if (cover) {
        const [dx, dy] = arrow.map((d) => d * STEP * scale()) as [number, number];
        covers[selected] = event.shiftKey
          ? fitted({ ...cover, width: cover.width + dx, height: cover.height + dy })
          : fitted({ ...cover, x: cover.x + dx, y: cover.y + dy });
        update();
      }
    } else return;
    event.preventDefault();
  }

  function onFocusIn(event: FocusEvent) {
    const index = covers.length ? Number((event.target as Element).getAttribute('data-index') ?? -1) : -1;
    if (index >= 0 && index !== selected) {
      selected = index;
      update();
    }
  }

  /** Where the pointer is, in image pixels, clamped to the image. */
  function pointAt(event: PointerEvent): [number, number] {
    const box = container.querySelector('img')!.getBoundingClientRect();
    const s = scale();
    return [
      Math.min(Math.max(event.clientX - box.left, 0), box.width) * s,
      Math.min(Math.max(event.clientY - box.top, 0), box.height) * s,
    ];
  }

  function onPointerDown(event: PointerEvent) {
    if (!size || !event.isPrimary || event.button !== 0) return;
    // No native image drag, no text selection, no emulated mouse events.
    event.preventDefault();
    stage().setPointerCapture(event.pointerId);
    const at = pointAt(event);
    drawing = { pointerId: event.pointerId, from: at, to: at };
  }

  function onPointerMove(event: PointerEvent) {
    if (drawing?.pointerId !== event.pointerId) return;
    drawing.to = pointAt(event);
    update();
  }

  function onPointerUp(event: PointerEvent) {
    if (drawing?.pointerId !== event.pointerId) return;
    const { from, to } = drawing;
    drawing = undefined;
    const least = MIN_SIZE * scale();
    if (Math.abs(to[0] - from[0]) >= least || Math.abs(to[1] - from[1]) >= least) {
      add(spanned(from, to));
      return;
    }
    // A tap: the topmost cover under it, if any.
    const [x, y] = to;
    const hit = covers.findLastIndex((c) => x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height);
    if (hit >= 0) selected = hit;
    update();
    focusCover(hit >= 0 ? hit : -1);
  }

  function onPointerCancel(event: PointerEvent) {
    if (drawing?.pointerId !== event.pointerId) return;
    drawing = undefined;
    update();
  }

  function update() {
    const count = covers.length;
    render(
      html`<div class="cover-editor" role="group" aria-labelledby="cover-editor-nudge">
        <p id="cover-editor-nudge" class="cover-editor-nudge">${strings.nudge}</p>
        <div
          class="cover-editor-stage"
          role="application"
          tabindex="0"
          aria-label=${strings.image}
          aria-describedby="cover-editor-nudge cover-editor-keys"
          @keydown=${onKeyDown}
          @focusin=${onFocusIn}
          @pointerdown=${onPointerDown}
          @pointermove=${onPointerMove}
          @pointerup=${onPointerUp}
          @pointercancel=${onPointerCancel}
        >
          <img
            src=${url}
            alt=""
            draggable="false"
            @error=${() => finish(null)}
            @load=${(event: Event) => {
              const { naturalWidth: width, naturalHeight: height } = event.target as HTMLImageElement;
              size = { width, height };
              update();
            }}
          />
          ${
            size
              ? html`<svg viewBox="0 0 ${size.width} ${size.height}" preserveAspectRatio="none">
                  ${covers.map(
                    (cover, index) =>
                      svg`<rect class="cover ${index === selected ? 'selected' : ''}" data-index=${index}
                        tabindex="0" role="img" aria-label=${strings.cover(index + 1, count)}
                        x=${cover.x} y=${cover.y} width=${cover.width} height=${cover.height}></rect>`,
                  )}
                  ${drawing ? drawn(spanned(drawing.from, drawing.to)) : nothing}
                </svg>`
              : nothing
          }
        </div>
        <p id="cover-editor-keys" class="cover-editor-keys">${strings.keys}</p>
        <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
        <div class="cover-editor-actions">
          <button type="button" @click=${addInCentre}>${strings.add}</button>
          <button type="button" aria-disabled=${count ? 'false' : 'true'} @click=${() => remove(false)}>
            ${strings.remove}
          </button>
          <button
            type="button"
            class="attach"
            aria-disabled=${size ? 'false' : 'true'}
            @click=${() => size && finish(covers.map(outward))}
          >
            ${strings.attach}
          </button>
          <button type="button" @click=${cancel}>${strings.cancel}</button>
        </div>
      </div>`,
      container,
    );
  }

  update();
  stage().focus();
  return result;
}

/** The cover being drawn, before the pointer is lifted. */
const drawn = ({ x, y, width, height }: Cover) =>
  svg`<rect class="cover draft" aria-hidden="true" x=${x} y=${y} width=${width} height=${height}></rect>`;

/** The rectangle between two corners, in whatever order they were given. */
function spanned([x1, y1]: [number, number], [x2, y2]: [number, number]): Cover {
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

const same = (a: Cover, b: Cover) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Whole pixels, rounded outwards: a cover never shrinks. */
function outward({ x, y, width, height }: Cover): Cover {
  const left = Math.floor(x);
  const top = Math.floor(y);
  return { x: left, y: top, width: Math.ceil(x + width) - left, height: Math.ceil(y + height) - top };
}
