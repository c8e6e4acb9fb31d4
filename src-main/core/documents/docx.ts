import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { DOCUMENT_FONT_NAME, documentFontsForWord } from './fonts';
import type { DocumentModel } from './model';

// Twips: A4 and margins of 16 mm, as in print.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = 907;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
const ACCENT = '1F3B63';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const BORDERS = { top: NONE, left: NONE, right: NONE, bottom: RULE, insideHorizontal: RULE, insideVertical: NONE };

/** Text with its line breaks kept as Word breaks. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

function cell(children: Paragraph[], width: number, shaded = false): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph('')],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    ...(shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F1F1F1' } } : {}),
  });
}

function table(widths: number[], head: string[], rows: Array<{ cells: Paragraph[][]; shaded?: boolean }>): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((label, i) => cell([new Paragraph({ children: [new TextRun({ text: label.toUpperCase(), bold: true, size: 15, color: '555555' })] })], widths[i]!)),
      }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.cells.map((paragraphs, i) => cell(paragraphs, widths[i]!, row.shaded)) }),
      ),
    ],
  });
}

const para = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new Paragraph({ children: runs(text, options) });

function header(model: DocumentModel): FileChild[] {
  const h = model.header;
  const facts = [`${model.labels.dates}: ${h.dates}`, ...(h.venue ? [`${model.labels.venue}: ${h.venue}`] : [])];
  return [
    ...(h.body ? [new Paragraph({ children: [new TextRun({ text: h.body.toUpperCase(), bold: true, size: 18, color: ACCENT })] })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(h.title) }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: h.document, size: 26, color: '333333' })] }),
    ...facts.map((line) => para(line)),
    ...(model.kind === 'agenda' ? [new Paragraph({ spacing: { before: 80 }, children: [new TextRun({ text: h.timeZone, italics: true, size: 18, color: '444444' })] })] : []),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 4 } }, children: [] }),
  ];
}

function agenda(model: DocumentModel): FileChild[] {
  if (model.days.length === 0) return [para(model.labels.noSessions, { italics: true })];
  const widths = [1450, TEXT_WIDTH - 1450 - 3300, 3300];
  return model.days.flatMap((day) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(day.heading) }),
    ...day.sessions.flatMap((session) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        keepNext: true,
        children: [...(session.title ? [new TextRun({ text: `${session.title}   ` })] : []), new TextRun({ text: session.span, bold: false, color: '444444' })],
      }),
      session.items.length === 0
        ? para(model.labels.noItems, { italics: true })
        : table(
            widths,
            [model.labels.time, model.labels.item, model.labels.speakers],
            session.items.map((item) => ({
              shaded: item.pause,
              cells: [
                [para(item.time)],
                [
                  ...(item.kind ? [new Paragraph({ children: [new TextRun({ text: item.kind.toUpperCase(), size: 15, color: '666666' })] })] : []),
                  para(item.title, item.pause ? { italics: true } : { bold: true }),
                  ...(item.description ? [para(item.description)] : []),
                ],
                item.speakers.map((speaker) => para(speaker)),
              ],
            })),
          ),
    ]),
  ]);
}

/** The list of participants: a heading per group, a table per country or organisation. */
function participants(model: DocumentModel): FileChild[] {
  const L = model.labels;
  if (model.participants.length === 0) return [para(L.lopEmpty, { italics: true })];
  const head = [L.lopName, L.lopPosition, L.lopOrganisation, ...(model.contacts ? [L.lopEmail, L.lopPhone] : [])];
  const widths = model.contacts ? [0.22, 0.24, 0.14, 0.24, 0.16] : [0.3, 0.4, 0.3];
  return model.participants.flatMap((group) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(group.heading) }),
    ...group.parts.flatMap((part) => [
      ...(part.heading ? [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: runs(part.heading) })] : []),
      table(
        widths.map((w) => Math.round(w * TEXT_WIDTH)),
        head,
        part.people.map((p) => ({ cells: [[para(p.name, { bold: true })], [para(p.position)], [para(p.organisation)], ...(model.contacts ? [[para(p.email)], [para(p.phone)]] : [])] })),
      ),
    ]),
  ]);
}

/** The report after the meeting, a fact the record lacks highlighted for the coordinator to fill in. */
function report(model: DocumentModel): FileChild[] {
  // A bilingual report is the whole report in each language, the second from a new page.
  return model.report.flatMap((version, v) =>
    version.paragraphs.map(
      (paragraph, i) =>
        new Paragraph({
          spacing: { after: 160 },
          pageBreakBefore: v > 0 && i === 0,
          children: paragraph.map((piece) => ('text' in piece ? new TextRun({ text: piece.text }) : new TextRun({ text: piece.missing, highlight: 'yellow' }))),
        }),
    ),
  );
}

function outcomes(model: DocumentModel): FileChild[] {
  const list: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(model.labels.outcomesHeading) })];
  if (model.outcomeGroups.length === 0) list.push(para(model.labels.noOutcomes, { italics: true }));
  if (model.restrictedLeftOut) list.push(para(model.labels.restrictedLeftOut.replace('{count}', String(model.restrictedLeftOut)), { italics: true, size: 18, color: '555555' }));
  for (const group of model.outcomeGroups) {
    list.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        keepNext: true,
        children: [new TextRun({ text: group.heading ?? model.labels.general }), ...(group.when ? [new TextRun({ text: `   ${group.when}`, bold: false, color: '444444' })] : [])],
      }),
    );
    for (const entry of group.entries) {
      list.push(
        new Paragraph({
          indent: { left: 400, hanging: 400 },
          spacing: { after: 80 },
          children: [new TextRun({ text: `${entry.number}.\t` }), new TextRun({ text: `${entry.kind}: `, bold: true }), ...runs(entry.text)],
          tabStops: [{ type: 'left', position: 400 }],
        }),
      );
    }
  }
  list.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(model.labels.actionsHeading) }));
  if (model.actions.length === 0) {
    list.push(para(model.labels.noActions, { italics: true }));
    return list;
  }
  const widths = [560, 0, 2700, 1550, 1450];
  widths[1] = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  list.push(
    table(
      widths,
      [model.labels.number, model.labels.action, model.labels.owner, model.labels.due, model.labels.status],
      model.actions.map((action) => ({
        cells: [
          [para(String(action.number))],
          [
            para(action.what, { bold: true }),
            ...(action.item ? [para(`${model.labels.fromItem}: ${action.item}`, { size: 17, color: '555555' })] : []),
            ...(action.notes ? [para(action.notes)] : []),
          ],
          [para(action.owner)],
          [para(action.due)],
          [para(action.status)],
        ],
      })),
    ),
  );
  return list;
}

/** The same document as the HTML, as a .docx Word opens and a coordinator can still edit. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const document = new Document({
    creator: 'Liaison',
    title: model.name,
    fonts: documentFontsForWord(),
    styles: {
      default: {
        document: { run: { font: DOCUMENT_FONT_NAME, size: 21 }, paragraph: { spacing: { after: 40 } } },
        title: { run: { font: DOCUMENT_FONT_NAME, size: 36, bold: true, color: '111111' }, paragraph: { spacing: { after: 40 } } },
        heading2: { run: { font: DOCUMENT_FONT_NAME, size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading3: { run: { font: DOCUMENT_FONT_NAME, size: 22, bold: true, color: '111111' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: '666666' })],
              }),
            ],
          }),
        },
        children: [
          ...(model.officialUse ? [para(model.labels.officialUse.toUpperCase(), { bold: true, color: '8A1C1C' })] : []),
          ...header(model),
          ...(model.kind === 'agenda' ? agenda(model) : model.kind === 'outcomes' ? outcomes(model) : model.kind === 'report' ? report(model) : participants(model)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
