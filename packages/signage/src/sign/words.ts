/**
 * Words on a sign, measured in the laid-out page. A sign must never break a word: for a reader
 * still learning the language a broken word is another word. These pure DOM functions find the
 * words of a text block (runs of characters between white space) as Ranges and ask the layout
 * where their characters are. The element uses them to choose its letter size and its editor
 * check; the tests use them to hold every template to the rule.
 */

/** A word of a block and the Range over its characters (it may span several text nodes). */
export interface Word {
  word: string;
  range: Range;
}

/** The words of a block, in order: runs of non-space characters; a `<br>` ends a word. */
export function wordsOf(block: Node): Word[] {
  const doc = block.ownerDocument ?? document;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const words: Word[] = [];
  let word = '';
  let range: Range | undefined;
  const end = () => {
    if (range) words.push({ word, range });
    range = undefined;
    word = '';
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).localName === 'br') end();
      continue;
    }
    const text = node as Text;
    for (let i = 0; i < text.data.length; i++) {
      if (/\s/.test(text.data[i])) {
        end();
        continue;
      }
      if (!range) {
        range = doc.createRange();
        range.setStart(text, i);
      }
      range.setEnd(text, i + 1);
      word += text.data[i];
    }
  }
  end();
  return words;
}

/** The boxes of a range that have a size (an empty box at a line's edge is no character). */
const boxes = (range: Range): DOMRect[] => [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);

/** How many lines the boxes of a range lie on: a box whose middle is outside the lines so far starts another. */
export function lineCount(rects: readonly DOMRect[]): number {
  const lines: { top: number; bottom: number }[] = [];
  for (const r of rects) {
    const middle = (r.top + r.bottom) / 2;
    const line = lines.find((l) => middle > l.top && middle < l.bottom);
    if (line) {
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else lines.push({ top: r.top, bottom: r.bottom });
  }
  return lines.length;
}

/** The inline edges (left and right, in CSS pixels) of a block's content box. */
function contentEdges(block: Element): [number, number] {
  const box = block.getBoundingClientRect();
  const style = getComputedStyle(block);
  const px = (value: string) => parseFloat(value) || 0;
  return [box.left + px(style.borderLeftWidth) + px(style.paddingLeft), box.right - px(style.borderRightWidth) - px(style.paddingRight)];
}

/** Words whose characters sit on more than one line. */
export function brokenWords(block: Element): string[] {
  return wordsOf(block)
    .filter(({ range }) => lineCount(boxes(range)) > 1)
    .map(({ word }) => word);
}

/**
 * Words that stick out of their block's content box, on either side (a right-to-left line
 * overflows to the left). `margin` is a share of the block's width a word must also leave free
 * (0.02: the word fits in 98 % of the line), so that a fit holds when the sheet is printed at
 * another scale; `tolerance` is in CSS pixels, for rounding.
 */
export function overflowingWords(block: Element, margin = 0, tolerance = 0.5): string[] {
  const [left, right] = contentEdges(block);
  const slack = ((right - left) * margin) / 2;
  return wordsOf(block)
    .filter(({ range }) => {
      const rects = boxes(range);
      if (!rects.length) return false;
      const start = Math.min(...rects.map((r) => r.left));
      const end = Math.max(...rects.map((r) => r.right));
      // A word narrower than the line with margins may still stand at one edge: only its width counts then.
      const tooWide = end - start > right - left - 2 * slack + tolerance;
      return tooWide || start < left - tolerance || end > right + tolerance;
    })
    .map(({ word }) => word);
}

/** Every word of a block that does not fit its line: broken over two lines, or sticking out. */
export function misfitWords(block: Element, margin = 0): string[] {
  return [...new Set([...brokenWords(block), ...overflowingWords(block, margin)])];
}
