// The GSM 03.38 basic set and its extension (each extension character costs two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';

/** How an SMS is encoded and how many parts it takes. */
export interface SmsSize {
  encoding: 'gsm7' | 'ucs2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

/**
 * The size of an SMS: GSM-7 when every character is in the GSM set (160 a message, 153 a part), otherwise
 * UCS-2 — any Arabic letter — at 70 a message and 67 a part, counted in UTF-16 units as networks do.
 * @example smsSegments('تم استلام طلبكِ').encoding // 'ucs2'
 */
export function smsSegments(text: string): SmsSize {
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) septets += 1;
    else if (GSM_EXTENSION.includes(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm)
    return { encoding: 'gsm7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length;
  return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/**
 * Fits a text message with its link into at most `maxSegments` parts: the link is always kept whole; the
 * text is shortened at a word and ends with «…» when it must be.
 * @example fitSms('تم استلام طلبكِ …', 'https://m.example/s/abc', 2)
 */
export function fitSms(text: string, link: string, maxSegments = 2): string {
  const join = (body: string) => (link ? `${body}\n${link}` : body);
  if (smsSegments(join(text)).segments <= maxSegments) return join(text);
  const words = text.split(/\s+/);
  while (words.length > 1) {
    words.pop();
    const candidate = join(`${words.join(' ')}…`);
    if (smsSegments(candidate).segments <= maxSegments) return candidate;
  }
  return join('');
}
