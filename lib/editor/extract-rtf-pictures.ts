/**
 * Word and WPS put the pictures of a copied selection into the clipboard's RTF flavour as
 * `{\pict … <hex>}` groups, while the HTML flavour only names a `file:` path on the author's
 * computer that a browser may not read. This reads those pictures back, in document order, so
 * that the paste can upload them in place of the HTML's images.
 *
 * One pass over the text, no regular expressions over it: the time is linear in its length,
 * and both the text and each picture are capped.
 */

export type RtfPictureType = "image/png" | "image/jpeg";

export interface RtfPicture {
  /** Null when the picture is in a format browsers cannot show (EMF, WMF, DIB) or too large. */
  type: RtfPictureType | null;
  bytes: Uint8Array | null;
}

export const RTF_LIMITS = {
  /** Larger clipboard text is not searched at all (a few full-size photos fit well below). */
  maxChars: 64 * 1024 * 1024,
  maxPictures: 200,
  /** The upload limit: a larger picture could not be stored anyway. */
  maxPictureBytes: 5 * 1024 * 1024,
};

const BLIP_TYPES: Record<string, RtfPictureType> = { pngblip: "image/png", jpegblip: "image/jpeg" };

const SIGNATURES: Record<RtfPictureType, number[]> = {
  "image/png": [0x89, 0x50, 0x4e, 0x47],
  "image/jpeg": [0xff, 0xd8, 0xff],
};

interface Group {
  /** Whether no control word has been read in the group yet: the first one says what it is. */
  first: boolean;
}

/** Reads hex digits into bytes as they come, up to a limit. */
class HexBytes {
  private buffer = new Uint8Array(4096);
  private length = 0;
  private high = -1;
  tooLarge = false;

  constructor(private readonly max: number) {}

  push(nibble: number): void {
    if (this.tooLarge) return;
    if (this.high < 0) {
      this.high = nibble;
      return;
    }
    if (this.length === this.max) {
      this.tooLarge = true;
      return;
    }
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(Math.min(this.buffer.length * 2, this.max));
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = (this.high << 4) | nibble;
    this.high = -1;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function hasSignature(bytes: Uint8Array, type: RtfPictureType): boolean {
  return SIGNATURES[type].every((byte, index) => bytes[index] === byte);
}

/**
 * The pictures of an RTF text in order. Word writes each picture twice, once as the real
 * thing inside `{\*\shppict …}` and once as a WMF fallback inside `{\nonshppict …}`: the
 * fallbacks are skipped, so the list lines up with the HTML's images one to one.
 */
export function extractRtfPictures(rtf: string, limits = RTF_LIMITS): RtfPicture[] {
  if (rtf.length > limits.maxChars) return [];
  const pictures: RtfPicture[] = [];
  const stack: Group[] = [];
  /** Depth of the pict group being read (-1: none), its format and its data so far. */
  let pictDepth = -1;
  let pictType: RtfPictureType | null = null;
  let pictData: HexBytes | null = null;
  let skipDepth = -1;

  for (let i = 0; i < rtf.length && pictures.length < limits.maxPictures; i++) {
    const code = rtf.charCodeAt(i);
    if (code === 0x7b /* { */) {
      stack.push({ first: true });
      continue;
    }
    if (code === 0x7d /* } */) {
      const depth = stack.length;
      stack.pop();
      if (depth === pictDepth && pictData) {
        const bytes = pictData.tooLarge ? null : pictData.bytes();
        const usable = pictType !== null && bytes !== null && hasSignature(bytes, pictType);
        pictures.push(usable ? { type: pictType, bytes } : { type: null, bytes: null });
        pictDepth = -1;
        pictData = null;
      }
      if (depth === skipDepth) skipDepth = -1;
      continue;
    }
    // Line breaks mean nothing in RTF.
    if (code === 0x0a || code === 0x0d) continue;
    const group = stack[stack.length - 1];
    if (code === 0x5c /* \ */) {
      const next = rtf.charCodeAt(i + 1);
      if (!isLetter(next)) {
        // A control symbol: \' takes two hex digits with it; \* only marks the group as
        // optional, so the word after it still names the group.
        i += next === 0x27 ? 3 : 1;
        if (group && next !== 0x2a) group.first = false;
        continue;
      }
      let end = i + 1;
      while (end < rtf.length && isLetter(rtf.charCodeAt(end))) end++;
      const word = rtf.slice(i + 1, end);
      let numberEnd = end;
      if (rtf.charCodeAt(numberEnd) === 0x2d /* - */) numberEnd++;
      while (numberEnd < rtf.length && rtf.charCodeAt(numberEnd) >= 48 && rtf.charCodeAt(numberEnd) <= 57)
        numberEnd++;
      const parameter = Number(rtf.slice(end, numberEnd)) || 0;
      // A space right after a control word belongs to it.
      i = rtf.charCodeAt(numberEnd) === 0x20 ? numberEnd : numberEnd - 1;
      if (group?.first) {
        group.first = false;
        if (word === "nonshppict" && skipDepth < 0) skipDepth = stack.length;
        if (word === "pict" && skipDepth < 0 && pictDepth < 0) {
          pictDepth = stack.length;
          pictType = null;
          pictData = new HexBytes(limits.maxPictureBytes);
        }
      }
      if (stack.length === pictDepth) {
        if (word in BLIP_TYPES) pictType = BLIP_TYPES[word] ?? null;
        // Raw binary instead of hex: skip its bytes; the picture stays unusable.
        if (word === "bin") {
          pictType = null;
          i += Math.max(parameter, 0);
        }
      }
      continue;
    }
    if (group) group.first = false;
    if (stack.length === pictDepth && pictData) {
      const nibble = hexValue(code);
      if (nibble >= 0) pictData.push(nibble);
    }
  }
  return pictures;
}
