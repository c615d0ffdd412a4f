import type { SurveyLanguage } from './languages';

/**
 * The survey page's own texts in Swedish, English and Arabic. Kept apart from `$lib/i18n` (two
 * languages, ICU MessageFormat, and a catalogue of the whole application) so that the page that
 * runs in patients' browsers ships a few kilobytes. Placeholders are `{name}`; no plurals needed.
 */
const sv = {
	skipLink: 'Till enkäten',
	language: 'Språk',
	anonymous: 'Du är anonym. Vi sparar inte vem du är, din e-postadress eller din IP-adress.',
	unit: 'Enkäten gäller {unit}.',
	step: 'Steg {n} av {total}',
	next: 'Nästa',
	back: 'Föregående',
	send: 'Skicka svaren',
	required: '(måste besvaras)',
	chooseOne: 'Välj ett svar.',
	chooseMany: 'Välj ett eller flera svar.',
	freeTextHint: 'Högst {max} tecken. Skriv inte ditt namn, personnummer eller telefonnummer.',
	honeypot: 'Lämna det här fältet tomt',
	errorTitle: 'Det finns något att rätta',
	errorPrefix: 'Fel:',
	'problem.required': 'Svara på frågan: {question}',
	'problem.unknown_option': 'Välj ett av svaren på frågan: {question}',
	'problem.one_option': 'Välj bara ett svar på frågan: {question}',
	'problem.too_long': 'Texten är för lång, högst {max} tecken: {question}',
	'refusal.unknown_link': 'Vi hittar ingen enkät på den här adressen. Kontrollera adressen på affischen.',
	'refusal.closed_link': 'Den här enkäten är stängd. Tack för att du ville svara!',
	'refusal.unknown_code': 'Vi hittar inte koden. Kontrollera att du har skrivit den som i brevet eller sms:et.',
	'refusal.used_code':
		'Koden har redan använts. Varje kod kan bara användas en gång. Om du redan har svarat: tack för dina svar!',
	'refusal.not_published': 'Enkäten är inte öppen än. Försök igen senare.',
	'refusal.changed_version':
		'Enkäten ändrades medan du svarade, så dina svar är inte skickade än. Titta igenom frågorna och skicka igen.',
	'refusal.rate_limited':
		'Vi har fått många försök från din uppkoppling på kort tid. Vänta tio minuter och försök sedan igen.',
	'refusal.too_large': 'Svaret är för stort för att skicka. Korta texten och försök igen.',
	'refusal.proof_of_work_missing':
		'Dina svar är inte skickade. Den här enkäten gör en automatisk kontroll mot skräpsvar som behöver JavaScript. Slå på JavaScript i webbläsaren och skicka igen, eller be om en svarskod.',
	'refusal.proof_of_work_invalid':
		'Dina svar är inte skickade: den automatiska kontrollen mot skräpsvar gick inte igenom. Skicka igen.',
	proofOfWorkNoScript:
		'Den här enkäten gör en automatisk kontroll mot skräpsvar när du skickar, och den behöver JavaScript. Slå på JavaScript i webbläsaren, eller be om en svarskod.',
	'refusal.honeypot':
		'Svaret kunde inte skickas eftersom fältet ”Lämna det här fältet tomt” var ifyllt. Töm det och försök igen.',
	'refusal.failed': 'Något gick fel, och dina svar är inte skickade. Försök igen om en stund.',
	refusalTitle: 'Det gick inte att svara',
	codeHeading: 'Svara med din kod',
	codeLead: 'Skriv koden från brevet eller sms:et du har fått. Koden gör att bara du kan svara, en gång.',
	codeLabel: 'Kod',
	codeHint: 'Till exempel ABCD-EFGH-JKMN. Stora eller små bokstäver går bra.',
	codeMissing: 'Skriv koden från brevet eller sms:et.',
	codeContinue: 'Fortsätt',
	thanksTitle: 'Tack för dina svar!',
	thanksText: 'Dina svar är skickade. De hjälper oss att göra vården bättre. Du kan stänga sidan nu.'
};

export type SurveyMessageId = keyof typeof sv;

const en: Record<SurveyMessageId, string> = {
	skipLink: 'Skip to the survey',
	language: 'Language',
	anonymous: 'You are anonymous. We do not store who you are, your e-mail address or your IP address.',
	unit: 'The survey is about {unit}.',
	step: 'Step {n} of {total}',
	next: 'Next',
	back: 'Back',
	send: 'Send your answers',
	required: '(required)',
	chooseOne: 'Choose one answer.',
	chooseMany: 'Choose one or more answers.',
	freeTextHint: 'At most {max} characters. Do not write your name, personal identity number or phone number.',
	honeypot: 'Leave this field empty',
	errorTitle: 'There is something to correct',
	errorPrefix: 'Error:',
	'problem.required': 'Answer the question: {question}',
	'problem.unknown_option': 'Choose one of the answers to the question: {question}',
	'problem.one_option': 'Choose only one answer to the question: {question}',
	'problem.too_long': 'The text is too long, at most {max} characters: {question}',
	'refusal.unknown_link': 'There is no survey at this address. Check the address on the poster.',
	'refusal.closed_link': 'This survey is closed. Thank you for wanting to answer!',
	'refusal.unknown_code': 'We cannot find the code. Check that you typed it as in the letter or text message.',
	'refusal.used_code':
		'The code has already been used. Each code can be used only once. If you have already answered: thank you!',
	'refusal.not_published': 'The survey is not open yet. Please try again later.',
	'refusal.changed_version':
		'The survey changed while you were answering, so your answers have not been sent yet. Look through the questions and send again.',
	'refusal.rate_limited':
		'We have had many attempts from your connection in a short time. Wait ten minutes and then try again.',
	'refusal.too_large': 'The answer is too large to send. Shorten the text and try again.',
	'refusal.proof_of_work_missing':
		'Your answers have not been sent. This survey makes an automatic check against junk answers that needs JavaScript. Turn on JavaScript in your browser and send again, or ask for an answer code.',
	'refusal.proof_of_work_invalid': 'Your answers have not been sent: the automatic check against junk answers failed. Send again.',
	proofOfWorkNoScript:
		'This survey makes an automatic check against junk answers when you send, and it needs JavaScript. Turn on JavaScript in your browser, or ask for an answer code.',
	'refusal.honeypot':
		'The answer could not be sent because the field “Leave this field empty” was filled in. Empty it and try again.',
	'refusal.failed': 'Something went wrong, and your answers have not been sent. Please try again in a moment.',
	refusalTitle: 'The survey could not be answered',
	codeHeading: 'Answer with your code',
	codeLead: 'Type the code from the letter or text message you received. The code lets only you answer, once.',
	codeLabel: 'Code',
	codeHint: 'For example ABCD-EFGH-JKMN. Upper or lower case both work.',
	codeMissing: 'Type the code from the letter or text message.',
	codeContinue: 'Continue',
	thanksTitle: 'Thank you for your answers!',
	thanksText: 'Your answers have been sent. They help us improve care. You can close the page now.'
};

const ar: Record<SurveyMessageId, string> = {
	skipLink: 'انتقل إلى الاستبيان',
	language: 'اللغة',
	anonymous: 'أنت مجهول الهوية. لا نحفظ من أنت ولا بريدك الإلكتروني ولا عنوان IP الخاص بك.',
	unit: 'يتعلق الاستبيان بـ {unit}.',
	step: 'الخطوة {n} من {total}',
	next: 'التالي',
	back: 'السابق',
	send: 'أرسل إجاباتك',
	required: '(مطلوب)',
	chooseOne: 'اختر إجابة واحدة.',
	chooseMany: 'اختر إجابة واحدة أو أكثر.',
	freeTextHint: 'بحد أقصى {max} حرف. لا تكتب اسمك أو رقمك الشخصي أو رقم هاتفك.',
	honeypot: 'اترك هذا الحقل فارغًا',
	errorTitle: 'هناك شيء يجب تصحيحه',
	errorPrefix: 'خطأ:',
	'problem.required': 'أجب عن السؤال: {question}',
	'problem.unknown_option': 'اختر إحدى الإجابات على السؤال: {question}',
	'problem.one_option': 'اختر إجابة واحدة فقط على السؤال: {question}',
	'problem.too_long': 'النص طويل جدًا، بحد أقصى {max} حرف: {question}',
	'refusal.unknown_link': 'لا يوجد استبيان على هذا العنوان. تحقق من العنوان المكتوب على الملصق.',
	'refusal.closed_link': 'هذا الاستبيان مغلق. شكرًا لرغبتك في الإجابة!',
	'refusal.unknown_code': 'لم نجد الرمز. تأكد من أنك كتبته كما هو في الرسالة.',
	'refusal.used_code': 'تم استخدام الرمز من قبل. يمكن استخدام كل رمز مرة واحدة فقط. إذا كنت قد أجبت بالفعل: شكرًا لك!',
	'refusal.not_published': 'الاستبيان غير مفتوح بعد. حاول مرة أخرى لاحقًا.',
	'refusal.changed_version': 'تغيّر الاستبيان أثناء إجابتك، لذلك لم تُرسل إجاباتك بعد. راجع الأسئلة وأرسل مرة أخرى.',
	'refusal.rate_limited': 'وصلتنا محاولات كثيرة من اتصالك في وقت قصير. انتظر عشر دقائق ثم حاول مرة أخرى.',
	'refusal.too_large': 'الإجابة كبيرة جدًا للإرسال. اختصر النص وحاول مرة أخرى.',
	'refusal.proof_of_work_missing':
		'لم تُرسل إجاباتك. يُجري هذا الاستبيان فحصًا تلقائيًا ضد الإجابات العشوائية يحتاج إلى JavaScript. فعّل JavaScript في المتصفح وأرسل مرة أخرى، أو اطلب رمز إجابة.',
	'refusal.proof_of_work_invalid': 'لم تُرسل إجاباتك: لم ينجح الفحص التلقائي ضد الإجابات العشوائية. أرسل مرة أخرى.',
	proofOfWorkNoScript:
		'يُجري هذا الاستبيان فحصًا تلقائيًا ضد الإجابات العشوائية عند الإرسال، ويحتاج إلى JavaScript. فعّل JavaScript في المتصفح، أو اطلب رمز إجابة.',
	'refusal.honeypot': 'تعذّر إرسال الإجابة لأن الحقل «اترك هذا الحقل فارغًا» لم يكن فارغًا. أفرغه وحاول مرة أخرى.',
	'refusal.failed': 'حدث خطأ ولم تُرسل إجاباتك. حاول مرة أخرى بعد قليل.',
	refusalTitle: 'تعذّرت الإجابة على الاستبيان',
	codeHeading: 'أجب باستخدام رمزك',
	codeLead: 'اكتب الرمز الموجود في الرسالة التي وصلتك. يتيح لك الرمز الإجابة مرة واحدة فقط.',
	codeLabel: 'الرمز',
	codeHint: 'مثال: ABCD-EFGH-JKMN. يمكنك استخدام الأحرف الكبيرة أو الصغيرة.',
	codeMissing: 'اكتب الرمز الموجود في الرسالة.',
	codeContinue: 'متابعة',
	thanksTitle: 'شكرًا على إجاباتك!',
	thanksText: 'تم إرسال إجاباتك. إنها تساعدنا على تحسين الرعاية. يمكنك إغلاق الصفحة الآن.'
};

const catalogues: Readonly<Record<SurveyLanguage, Record<SurveyMessageId, string>>> = { sv, en, ar };

/** The text `id` in `language`, with `{name}` placeholders filled in. */
export function surveyText(
	language: SurveyLanguage,
	id: SurveyMessageId,
	values: Record<string, string | number> = {}
): string {
	return catalogues[language][id].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}

export const surveyCatalogues = catalogues;
