import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import { DOCUMENT_FONT_NAME, documentFontsForWord } from '../documents';
import type { PackEvent, PackFacts } from './facts';
import { fillTemplate } from './template';

const ACCENT = '1F3B63';
// Twips: A4 with margins of 25 mm, as letters are.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = 1418;

/** Text with its line breaks kept as Word breaks. The docx library escapes the XML of every run. */
const runs = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));

/** Paragraphs from a text whose paragraphs are separated by an empty line. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new Paragraph({ spacing: { after: 200 }, alignment: AlignmentType.JUSTIFIED, children: runs(p) }));

/** The invitation letter of one delegation: the body's letterhead, the addressee, the filled template and the signature. */
export async function letterDocx(pack: PackEvent, facts: PackFacts, issuedOn: Date): Promise<Buffer> {
  const { values } = facts;
  const today = new Intl.DateTimeFormat(facts.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(issuedOn);
  const document = new Document({
    creator: 'Liaison',
    title: fillTemplate(pack.template.subject, values),
    fonts: documentFontsForWord(),
    styles: { default: { document: { run: { font: DOCUMENT_FONT_NAME, size: 22 } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({ children: [new TextRun({ text: values.body.toUpperCase(), bold: true, size: 26, color: ACCENT })] }),
          new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 4 } }, spacing: { after: 360 }, children: [] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 360 }, children: [new TextRun(today)] }),
          new Paragraph({ spacing: { after: 80 }, children: runs(facts.addressees.join('\n'), { bold: true }) }),
          new Paragraph({ spacing: { after: 360 }, children: runs(facts.delegation) }),
          new Paragraph({ spacing: { after: 240 }, children: runs(fillTemplate(pack.template.subject, values), { bold: true }) }),
          ...paragraphs(fillTemplate(pack.template.letter, values)),
          new Paragraph({ spacing: { before: 480 }, children: runs(fillTemplate(pack.template.signature, values)) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
