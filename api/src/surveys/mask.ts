/**
 * Free-text answers are stored only after what could identify the writer is masked: Swedish personal identity
 * numbers (and co-ordination numbers, which look the same), phone numbers and e-mail addresses. The patterns are
 * deliberately wide — a date-like number masked by mistake costs a comment a number; one left unmasked could name a
 * patient. Names cannot be recognised reliably and are not attempted; the question asks people not to write them.
 */

/** 19/20 + ÅÅMMDD, or ÅÅMMDD, then -, + or a space or nothing, then four digits. */
const personalNumber = /(?<!\d)(?:(?:19|20)\d{2}|\d{2})(?:0[1-9]|1[0-2])\d{2}[-+\s]?\d{4}(?!\d)/g;

/** 07x, +46, 0046 or any area code with 0: 7 to 13 digits in all, grouped by spaces, hyphens or a (0). */
const phoneNumber = /(?<![\d+])(?:\+46|0046|0)[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){5,11}(?!\d)/g;

const emailAddress = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

export const masks = { personalNumber: '[personnummer]', phoneNumber: '[telefonnummer]', emailAddress: '[e-post]' } as const;

export function maskPersonalData(text: string): string {
  return text
    .replace(emailAddress, masks.emailAddress)
    .replace(personalNumber, masks.personalNumber)
    .replace(phoneNumber, masks.phoneNumber);
}
