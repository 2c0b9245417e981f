/**
 * What the editor check says about each issue: in the interface language in the editor panel, in
 * English (with the language tags) in the console.
 */
import { msg, str } from '@lit/localize';
import { ALLOWED, type AttributeProblem } from './attributes.js';
import type { SignIssue } from './checks.js';

/** A language's name in the interface language ("arabia"; "selkosuomi" for plain Finnish). */
export function languageName(code: string, locale: string): string {
  const plain = /-x-plain$/i.test(code);
  const base = plain ? code.replace(/-x-plain$/i, '') : code;
  let name = base;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(base) ?? base;
  } catch {
    /* an unusual tag: its code is its name */
  }
  return plain ? msg(str`${name}, plain language`) : name;
}

/** The console's line for an attribute value the sign did not understand. */
function attributeLog({ attribute, value, fallback }: AttributeProblem): string {
  const known = attribute === 'languages' ? 'well-formed language tags' : ALLOWED[attribute].join(', ');
  const what = attribute === 'languages' && fallback === undefined ? `"${value}" in languages` : `${attribute}="${value}"`;
  const used =
    fallback !== undefined
      ? `the sign uses "${fallback}"`
      : attribute === 'arrow'
        ? "the sign uses the template's arrow"
        : 'it is left out';
  return `${what} is not one of the values it can be (${known}); ${used}`;
}

/** The console's line for an issue (English). */
export function issueLog(issue: SignIssue): string {
  const lang = issue.lang;
  switch (issue.kind) {
    case 'long-line':
      return `the ${lang} text is ${issue.length} characters long; keep a line under about 60`;
    case 'capitals':
      return `the ${lang} text writes "${issue.word}" in capitals; capitals are harder to read`;
    case 'missing-language':
      return `there is no ${lang} text`;
    case 'not-reviewed':
      return `the ${lang} translation has not been reviewed by a qualified translator`;
    case 'overflow':
      return `the text does not fit on the sheet at this letter size: choose a bigger sheet, fewer languages or a shorter viewing distance`;
    case 'long-word':
      return (
        `the ${lang} word "${issue.word}" does not fit on one line at this letter size, and a sign never breaks a word: ` +
        'choose A3, landscape or fewer languages'
      );
    case 'attribute':
      return attributeLog(issue.problem);
  }
}

/** The editor's line for an attribute value the sign did not understand, in the interface language. */
function attributeText({ attribute, value, fallback }: AttributeProblem): string {
  if (fallback !== undefined) return msg(str`${attribute}="${value}" is not a value the sign knows. It uses "${fallback}" instead.`);
  if (attribute === 'arrow') return msg(str`arrow="${value}" is not a value the sign knows. It uses the template's arrow instead.`);
  return msg(str`languages: "${value}" is not a language tag, so it is left out.`);
}

/** The editor's line for an issue, in the interface language. */
export function issueText(issue: SignIssue, locale: string): string {
  switch (issue.kind) {
    case 'overflow':
      return msg(
        'The text does not fit on the sheet at this letter size. Choose a bigger sheet, fewer languages or a shorter viewing distance.',
      );
    case 'attribute':
      return attributeText(issue.problem);
  }
  const name = languageName(issue.lang, locale);
  switch (issue.kind) {
    case 'long-line':
      return msg(str`${name}: the text is ${issue.length} characters long. Keep a line under about 60 characters.`);
    case 'capitals':
      return msg(str`${name}: "${issue.word}" is written in capitals. Capitals are harder to read.`);
    case 'missing-language':
      return msg(str`${name}: this sign has no text in this language.`);
    case 'not-reviewed':
      return msg(str`${name}: a qualified translator has not reviewed this translation yet.`);
    case 'long-word':
      return msg(
        str`${name}: the word "${issue.word}" does not fit on one line at this letter size. Choose A3, landscape or fewer languages.`,
      );
  }
}
