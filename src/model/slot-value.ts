/** What a slot shows once the agent types a value: light, type-aware formatting of the raw input. */
import type { SlotType } from './slot';

const groupDigits = (digits: string) => Number(digits).toLocaleString('ko-KR');

/**
 * The text a filled slot shows. Only unambiguous shorthands are expanded; anything else is kept as typed.
 * @example slotValueText('amount', '15000') → '15,000원'
 * @example slotValueText('date', '11/3') → '11월 3일'
 * @example slotValueText('carNumber', ' 12가3456 ') → '12가3456'
 */
export function slotValueText(type: SlotType, raw: string): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (type === 'amount' && /^\d[\d,]*$/.test(value) && value.replace(/,/g, '').length <= 15) return `${groupDigits(value.replace(/,/g, ''))}원`;
  if (type === 'date') {
    const monthDay = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\.?$/.exec(value);
    if (monthDay) return `${Number(monthDay[1])}월 ${Number(monthDay[2])}일`;
  }
  return value;
}

/** Car and phone numbers are read digit by digit (…3456 → 육), amounts and dates as numbers. */
export const readsDigitByDigit = (type: SlotType) => type === 'carNumber' || type === 'phone';
