import QRCode from 'qrcode';

/**
 * A QR code of `text` as an SVG document (one path, scalable, no script), for inline use on the server-rendered
 * pages: the code is drawn by the browser at any size and prints sharp. Error correction M (15 %) survives a
 * poster's wear; the 4-module quiet zone is what scanners need around the code.
 */
export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
