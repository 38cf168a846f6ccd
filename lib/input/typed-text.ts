import { z } from 'zod';

/**
 * Text a person typed (or pasted): every text field and search box of the product is one of these.
 *
 * - A NUL character or half of a UTF-16 pair (a "lone surrogate") is refused with a message beside the
 *   field. Neither can be stored (PostgreSQL refuses them), neither can be typed, and both mean the text
 *   was damaged on its way in: silently changing it could change what a victim's record says.
 * - Other control characters (form feed, vertical tab, escape, the C1 controls...) are removed. They
 *   are invisible, come from pasting out of other programs, and removing them changes nothing a reader
 *   sees. Tabs and line breaks are kept.
 * - Spaces at either end are trimmed.
 *
 * `label` starts the message, as the field's other messages do: "The note must not include…".
 */
export function typedText(label: string) {
  return z
    .string()
    .overwrite(removeControlCharacters)
    .refine((v) => !hasHiddenCharacters(v), { message: hiddenCharactersMessage(label), abort: true })
    .trim();
}

export const hiddenCharactersMessage = (label: string) => `${label} must not include hidden characters: type it again rather than pasting it`;

const refused = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const removed = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Whether the text holds a NUL or a lone surrogate. */
export const hasHiddenCharacters = (text: string) => refused.test(text);

/** The text without control characters other than tab, line feed and carriage return. */
export const removeControlCharacters = (text: string) => text.replace(removed, '');
