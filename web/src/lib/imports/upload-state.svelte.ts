/**
 * The state of one upload card's enhanced upload: how much of the file has been sent, what the
 * server is doing with it, and how it ended. The card shows it; moving the focus and leaving
 * for the import's page are the card's business.
 */
import type { ImportErrorCode } from './batches';
import { followProgress, sendForm } from './upload-client';
import { uploadToken, uploadUrl, type ServerProgress, type UploadOutcome } from './upload';

/** Why an upload did not lead to an import. */
export type UploadProblem =
	| { kind: 'refused'; code: ImportErrorCode }
	| { kind: 'network' }
	| { kind: 'failed' };

export class ImportUpload {
	/** From the moment the form is sent until the page leaves for the import (or it fails). */
	busy = $state(false);
	/** Bytes of the request sent, of `total`. */
	sent = $state(0);
	total = $state(0);
	/** The server's latest word on the import; null until it has started on the file. */
	server = $state<ServerProgress | null>(null);
	/** The import the upload became, once known (from the progress or the final answer). */
	batchId = $state<string | null>(null);
	problem = $state<UploadProblem | null>(null);

	/** Sends the form to `action`; resolves when the API has answered (or the connection broke). */
	async send(action: string, body: FormData, fileSize: number): Promise<UploadOutcome> {
		this.busy = true;
		this.sent = 0;
		this.total = fileSize;
		this.server = null;
		this.batchId = null;
		this.problem = null;

		const token = uploadToken();
		const following = new AbortController();
		void followProgress(
			token,
			(progress) => {
				this.server = progress;
				this.batchId = progress.batchId ?? this.batchId;
			},
			following.signal
		);
		const outcome = await sendForm(uploadUrl(action, token), body, (sent, total) => {
			this.sent = sent;
			this.total = total;
		});
		following.abort();

		if (outcome.kind === 'imported') {
			this.batchId = outcome.batchId;
			this.sent = this.total;
		} else {
			this.busy = false;
			this.problem = outcome;
		}
		return outcome;
	}

	/** Shows a problem found before sending anything (no file chosen). */
	refuse(code: ImportErrorCode): void {
		this.problem = { kind: 'refused', code };
	}

	/** Back to the start, e.g. when the browser shows the page again from its back/forward cache. */
	reset(): void {
		this.busy = false;
		this.sent = 0;
		this.total = 0;
		this.server = null;
		this.batchId = null;
		this.problem = null;
	}
}
