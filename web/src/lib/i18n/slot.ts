/**
 * A translated sentence with an element (a link) in the middle: "samma fil publicerades i
 * {batch}; inget ändrades". The sentence is translated whole, so each language keeps its own
 * word order, and split where the argument `slot` goes; the page renders the element between.
 */
import type { MessageId, MessageValues, Translator } from './index';

/** A private-use character: never part of a translation or of a value. */
const MARK = '\uE000';

export interface SlotParts {
	before: string;
	after: string;
}

export function translateAroundSlot(
	i18n: Translator,
	id: MessageId,
	slot: string,
	values: MessageValues = {}
): SlotParts {
	const text = i18n.t(id, { ...values, [slot]: MARK });
	const at = text.indexOf(MARK);
	// A translation without the slot: the whole sentence, and the element after it.
	if (at < 0) return { before: text, after: '' };
	return { before: text.slice(0, at), after: text.slice(at + MARK.length).replaceAll(MARK, '') };
}
