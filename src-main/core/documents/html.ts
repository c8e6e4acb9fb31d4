import { documentFontFaces } from './fonts';
import type { DocumentModel } from './model';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The one escape every piece of text goes through on its way into the HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup this module wrote itself; anything else interpolated into {@link html} is text. */
export class Markup {
  constructor(readonly value: string) {}
}

type Part = string | number | Markup | null | undefined | false | readonly Part[];

function write(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return part.map(write).join('');
  return escapeHtml(String(part));
}

/** A template that escapes what it is given, so no text can reach the page as markup by mistake. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += write(value) + strings[i + 1]!;
  });
  return new Markup(out);
}

/**
 * Print first: A4 with margins, 10.5pt type, headings kept with what follows, rows never split.
 * On screen (the print preview) the same page sits on a grey desk. It is the same for every
 * document, so no text of the user's ever reaches CSS.
 */
export const DOCUMENT_STYLE = `
@page { size: A4; margin: 16mm 16mm 18mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font: 8pt "Noto Sans", Arial, "Liberation Sans", sans-serif; color: #666; } }
* { box-sizing: border-box; }
html { color: #111; background: #fff; }
body { margin: 0; font: 10.5pt/1.38 "Noto Sans", Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.doc-header { border-bottom: 1.5pt solid #1f3b63; padding-bottom: 8pt; margin-bottom: 12pt; }
.doc-body { margin: 0 0 2pt; font-size: 9pt; letter-spacing: 0.04em; text-transform: uppercase; color: #1f3b63; font-weight: bold; }
h1 { margin: 0; font-size: 18pt; line-height: 1.2; }
.doc-kind { margin: 2pt 0 8pt; font-size: 13pt; color: #333; }
.doc-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
.doc-facts dt { font-weight: bold; color: #444; }
.doc-facts dd { margin: 0; }
.doc-zone { margin: 6pt 0 0; font-size: 9pt; color: #444; font-style: italic; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 0.75pt solid #999; color: #1f3b63; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; display: flex; gap: 8pt; align-items: baseline; break-after: avoid; page-break-after: avoid; }
h3 .span { font-weight: normal; color: #444; font-variant-numeric: tabular-nums; }
.session { break-before: auto; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
th { text-align: left; font-size: 8pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; color: #555; padding: 2pt 5pt; border-bottom: 0.75pt solid #888; }
td { vertical-align: top; padding: 4pt 5pt; border-bottom: 0.5pt solid #ccc; overflow-wrap: anywhere; }
tr { break-inside: avoid; page-break-inside: avoid; }
.report p { margin: 0 0 8pt; }
.report + .report { break-before: page; page-break-before: always; }
.restricted-note { font-size: 9pt; font-style: italic; color: #555; }
.official-use { margin: 0 0 8pt; padding: 3pt 6pt; border: 1pt solid #8a1c1c; color: #8a1c1c; font-weight: bold; text-transform: uppercase; letter-spacing: 0.06em; font-size: 9pt; display: inline-block; }
table.lop th:nth-child(1) { width: 30%; } table.lop th:nth-child(2) { width: 38%; }
table.lop-contacts th:nth-child(1) { width: 22%; } table.lop-contacts th:nth-child(2) { width: 24%; } table.lop-contacts th:nth-child(3) { width: 14%; }
mark.missing { background: #fff3b0; color: #6b4e00; padding: 0 2pt; }
.col-time { width: 25mm; }
.col-speakers { width: 58mm; }
.col-number { width: 10mm; }
.col-owner { width: 48mm; }
.col-due { width: 28mm; }
.col-status { width: 25mm; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.kind { display: block; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.05em; color: #666; }
.title { font-weight: bold; }
.text { white-space: pre-line; }
.description { margin-top: 2pt; white-space: pre-line; color: #222; }
.speakers { margin: 0; padding: 0; list-style: none; }
.pause td { background: #f1f1f1; }
.pause .title { font-weight: normal; font-style: italic; }
.empty { color: #666; font-style: italic; }
ol.outcomes { margin: 0; padding-left: 20pt; }
ol.outcomes li { margin: 0 0 5pt; break-inside: avoid; page-break-inside: avoid; }
.outcome-kind { font-weight: bold; }
.from { display: block; font-size: 8.5pt; color: #555; }
@media screen {
  html { background: #e9e9e9; }
  body { max-width: 210mm; margin: 16px auto; padding: 16mm; background: #fff; box-shadow: 0 1px 5px rgba(0, 0, 0, 0.25); }
}
`;

function header(model: DocumentModel): Markup {
  const h = model.header;
  return html`${model.officialUse ? html`<p class="official-use">${model.labels.officialUse}</p>\n` : ''}<header class="doc-header">
${h.body ? html`<p class="doc-body">${h.body}</p>\n` : ''}<h1>${h.title}</h1>
<p class="doc-kind">${h.document}</p>
<dl class="doc-facts"><dt>${model.labels.dates}</dt><dd>${h.dates}</dd>${h.venue ? html`<dt>${model.labels.venue}</dt><dd>${h.venue}</dd>` : ''}</dl>
${model.kind === 'agenda' ? html`<p class="doc-zone">${h.timeZone}</p>\n` : ''}</header>`;
}

function agenda(model: DocumentModel): Markup {
  if (model.days.length === 0) return html`<p class="empty">${model.labels.noSessions}</p>`;
  return html`${model.days.map(
    (day) => html`
<section class="day">
<h2>${day.heading}</h2>
${day.sessions.map(
  (session) => html`<section class="session">
<h3>${session.title ? html`<span class="session-title">${session.title}</span>` : ''}<span class="span">${session.span}</span></h3>
${
  session.items.length === 0
    ? html`<p class="empty">${model.labels.noItems}</p>`
    : html`<table>
<colgroup><col class="col-time"><col><col class="col-speakers"></colgroup>
<thead><tr><th>${model.labels.time}</th><th>${model.labels.item}</th><th>${model.labels.speakers}</th></tr></thead>
<tbody>
${session.items.map(
  (item) => html`<tr${item.pause ? html` class="pause"` : ''}><td class="time">${item.time}</td><td>${item.kind ? html`<span class="kind">${item.kind}</span>` : ''}<div class="title">${item.title}</div>${item.description ? html`<div class="description">${item.description}</div>` : ''}</td><td>${item.speakers.length ? html`<ul class="speakers">${item.speakers.map((s) => html`<li>${s}</li>`)}</ul>` : ''}</td></tr>
`,
)}</tbody>
</table>`
}
</section>
`,
)}</section>`,
  )}`;
}

function outcomes(model: DocumentModel): Markup {
  return html`
<section class="outcome-list">
<h2>${model.labels.outcomesHeading}</h2>
${
  model.outcomeGroups.length === 0
    ? html`<p class="empty">${model.labels.noOutcomes}</p>`
    : model.outcomeGroups.map(
        (group) => html`<section class="group">
<h3><span>${group.heading ?? model.labels.general}</span>${group.when ? html`<span class="span">${group.when}</span>` : ''}</h3>
<ol class="outcomes" start="${group.entries[0]?.number ?? 1}">
${group.entries.map((entry) => html`<li><span class="outcome-kind">${entry.kind}:</span> <span class="text">${entry.text}</span></li>\n`)}</ol>
</section>
`,
      )
}${model.restrictedLeftOut ? html`<p class="restricted-note">${model.labels.restrictedLeftOut.replace('{count}', String(model.restrictedLeftOut))}</p>` : ''}</section>
<section class="action-list">
<h2>${model.labels.actionsHeading}</h2>
${
  model.actions.length === 0
    ? html`<p class="empty">${model.labels.noActions}</p>`
    : html`<table>
<colgroup><col class="col-number"><col><col class="col-owner"><col class="col-due"><col class="col-status"></colgroup>
<thead><tr><th>${model.labels.number}</th><th>${model.labels.action}</th><th>${model.labels.owner}</th><th>${model.labels.due}</th><th>${model.labels.status}</th></tr></thead>
<tbody>
${model.actions.map(
  (action) => html`<tr><td>${action.number}</td><td><div class="title">${action.what}</div>${action.item ? html`<span class="from">${model.labels.fromItem}: ${action.item}</span>` : ''}${action.notes ? html`<div class="description">${action.notes}</div>` : ''}</td><td>${action.owner}</td><td>${action.due}</td><td>${action.status}</td></tr>
`,
)}</tbody>
</table>`
}
</section>`;
}

/** A complete page that needs nothing else: no script, no request, one inline stylesheet with its fonts. */
export function page(title: string, className: string, content: Markup, extraStyle = '', lang = 'en'): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Markup(`${documentFontFaces()}\n${DOCUMENT_STYLE}${extraStyle}`)}</style>
</head>
<body>
<main class="document ${className}">
${content}
</main>
</body>
</html>
`.value;
}

/** The report after the meeting: its sentences, a fact the record lacks marked for the coordinator to fill in. */
function report(model: DocumentModel): Markup {
  return html`${model.report.map(
    (version) => html`<section class="report" lang="${version.language}">
${version.paragraphs.map((paragraph) => html`<p>${paragraph.map((piece) => ('text' in piece ? piece.text : html`<mark class="missing">${piece.missing}</mark>`))}</p>
`)}</section>
`,
  )}`;
}

/** The list of participants: a group per kind of delegation, a table per country or organisation. */
function participants(model: DocumentModel): Markup {
  const L = model.labels;
  if (model.participants.length === 0) return html`<p class="empty">${L.lopEmpty}</p>`;
  const head = [L.lopName, L.lopPosition, L.lopOrganisation, ...(model.contacts ? [L.lopEmail, L.lopPhone] : [])];
  return html`${model.participants.map(
    (group) => html`
<section class="lop-group">
<h2>${group.heading}</h2>
${group.parts.map(
  (part) => html`${part.heading ? html`<h3>${part.heading}</h3>` : ''}
<table class="lop${model.contacts ? ' lop-contacts' : ''}">
<thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>${part.people.map(
    (p) => html`<tr><td class="title">${p.name}</td><td>${p.position}</td><td>${p.organisation}</td>${model.contacts ? html`<td>${p.email}</td><td>${p.phone}</td>` : ''}</tr>`,
  )}</tbody>
</table>`,
)}
</section>`,
  )}`;
}

// Name sizes as classes (.n12 … .n26, .c36 … .c96), so that no number of the user's reaches CSS and no inline style is needed.
const sizeClasses = (prefix: string, from: number, to: number) =>
  Array.from({ length: (to - from) * 2 + 1 }, (_, i) => from + i / 2)
    .map((pt) => `.${prefix}${String(pt).replace('.', '_')} { font-size: ${pt}pt; }`)
    .join('\n');
const sizeClass = (prefix: string, pt: number) => `${prefix}${String(pt).replace('.', '_')}`;

/** Badges of 90 × 55 mm, ten to an A4 sheet, cut along the dashed lines. */
const BADGE_STYLE = `
@page { size: A4; margin: 10mm 15mm; }
@media screen { body { padding: 10mm 15mm; } }
.badges { display: grid; grid-template-columns: repeat(2, 90mm); grid-auto-rows: 55mm; }
.badge { border: 0.5pt dashed #999; padding: 5mm 6mm; display: flex; flex-direction: column; justify-content: center; break-inside: avoid; page-break-inside: avoid; overflow: hidden; }
.badge .first { font-weight: 600; line-height: 1.15; overflow-wrap: anywhere; }
.badge .family { font-weight: 800; line-height: 1.15; letter-spacing: 0.02em; overflow-wrap: anywhere; }
.badge .country { margin-top: 3mm; font-size: 12pt; font-weight: 600; color: #1f3b63; }
.badge .organisation { font-size: 9.5pt; color: #333; }
.badge .role { margin-top: 2mm; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.08em; color: #666; }
${sizeClasses('n', 12, 26)}`;

/** Table cards: one to an A4 sheet across, folded in half; the name reads from both sides. */
const CARD_STYLE = `
@page { size: A4 landscape; margin: 0; }
.card { height: 210mm; display: grid; grid-template-rows: 1fr 1fr; break-after: page; page-break-after: always; }
.card:last-child { break-after: auto; page-break-after: auto; }
.card div { display: flex; align-items: center; justify-content: center; text-align: center; padding: 0 12mm; font-weight: 800; line-height: 1.1; }
.card .back { transform: rotate(180deg); border-top: 0.5pt dashed #bbb; }
${sizeClasses('c', 36, 96)}`;

function badges(model: DocumentModel): Markup {
  if (model.badges.length === 0) return html`<p class="empty">${model.labels.lopEmpty}</p>`;
  return html`<div class="badges">${model.badges.map(
    (b) => html`<div class="badge"><div class="first ${sizeClass('n', b.nameSize)}">${b.first}</div>${b.family ? html`<div class="family ${sizeClass('n', b.nameSize)}">${b.family}</div>` : ''}
<div class="country">${b.country}</div><div class="organisation">${b.organisation}</div><div class="role">${b.role}</div></div>\n`,
  )}</div>`;
}

function cards(model: DocumentModel): Markup {
  if (model.cards.length === 0) return html`<p class="empty">${model.labels.lopEmpty}</p>`;
  return html`${model.cards.map((c) => html`<section class="card"><div class="back ${sizeClass('c', c.size)}">${c.text}</div><div class="${sizeClass('c', c.size)}">${c.text}</div></section>\n`)}`;
}

export function renderHtml(model: DocumentModel): string {
  if (model.kind === 'badges') return page(model.name, 'document-badges', badges(model), BADGE_STYLE, model.language);
  if (model.kind === 'cards') return page(model.name, 'document-cards', cards(model), CARD_STYLE, model.language);
  const body = model.kind === 'agenda' ? agenda(model) : model.kind === 'outcomes' ? outcomes(model) : model.kind === 'report' ? report(model) : participants(model);
  return page(model.name, `document-${model.kind}`, html`${header(model)}
${body}`, '', model.language);
}
