import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The family every document is set in; the system's fonts come after it only for what it lacks. */
export const DOCUMENT_FONT_NAME = 'Noto Sans';
const DOCUMENT_FONT = `"${DOCUMENT_FONT_NAME}"`;

/**
 * Latin with its extensions (ș ț ć đ ğ ı ő), Cyrillic (Ђ Љ Ћ Џ Ѓ Ќ) and Greek: what the region's
 * names are written in. Other scripts are left to the machine's fonts.
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'];
const WEIGHTS = [400, 700];

let faces: string | null = null;

/**
 * Noto Sans (SIL Open Font License, from @fontsource/noto-sans), inside the document as data: URLs:
 * a list printed for a Serbian or Greek delegation shows its names whatever the machine that opens
 * or prints it has installed, and the PDF embeds these fonts. The unicode ranges are the package's own.
 */
export function documentFontFaces(): string {
  if (faces !== null) return faces;
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'));
  const blocks: string[] = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
      const file = /url\(\.\/files\/(noto-sans-([a-z-]+)-\d+-normal\.woff2)\)/.exec(block);
      const range = /unicode-range:\s*([^;]+);/.exec(block);
      if (!file || !range || !SUBSETS.includes(file[2]!)) continue;
      const data = readFileSync(join(dir, 'files', file[1]!)).toString('base64');
      blocks.push(
        `@font-face { font-family: ${DOCUMENT_FONT}; font-style: normal; font-weight: ${weight}; ` +
          `src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${range[1]}; }`,
      );
    }
  }
  if (blocks.length !== SUBSETS.length * WEIGHTS.length) throw new Error(`Noto Sans: ${blocks.length} of ${SUBSETS.length * WEIGHTS.length} font files found`);
  faces = blocks.join('\n');
  return faces;
}

let ttf: { regular: Buffer; bold: Buffer } | null = null;

/**
 * Noto Sans whole (TrueType, from @expo-google-fonts/noto-sans: Word embeds TrueType, not WOFF2),
 * regular and bold, for a Word file to embed: a list opened on a machine without the font shows the
 * names all the same. About 1.2 MB a document, the price of a font no machine is assumed to have.
 */
export function documentFontsForWord(): Array<{ name: string; data: Buffer; bold: Buffer }> {
  if (!ttf) {
    const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));
    ttf = { regular: readFileSync(join(dir, '400Regular', 'NotoSans_400Regular.ttf')), bold: readFileSync(join(dir, '700Bold', 'NotoSans_700Bold.ttf')) };
  }
  return [{ name: DOCUMENT_FONT_NAME, data: ttf.regular, bold: ttf.bold }];
}
