/**
 * FullCalendar fills the empty <style data-fullcalendar> of index.html through CSSOM as soon as
 * it is imported, so this module must be imported before it. Its icon font (a data: URL) is not
 * needed: the calendar draws its own toolbar, so that @font-face rule is left out and the one icon
 * FullCalendar still shows gets a text glyph.
 */
const sheet = document.querySelector<HTMLStyleElement>('style[data-fullcalendar]')?.sheet;
if (sheet) {
  const insertRule = sheet.insertRule.bind(sheet);
  sheet.insertRule = (rule: string, index?: number): number => {
    // A skipped rule leaves FullCalendar's running index one ahead of the sheet.
    const at = Math.min(index ?? 0, sheet.cssRules.length);
    return rule.trimStart().startsWith('@font-face') ? at : insertRule(rule, at);
  };
}
