// Masking of petitioners' personal data, the way the Chinese press prints it (马某, 138****5678).
// Pure functions: the API decides who sees what; these only decide how a masked value looks.

/** 马建国 -> 马某某, 杨帆 -> 杨某: the surname stays, each given-name character becomes 某. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.length === 0 ? '' : '某';
  // Two-character compound surnames (欧阳, 司马 …) are kept whole when the name is long enough.
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1;
  return chars.slice(0, surnameLength).join('') + '某'.repeat(chars.length - surnameLength);
}

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
]);

/** 13812345678 -> 138****5678; anything shorter than 7 digits is masked whole. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 640302199001011234 -> 6403**********1234 (region prefix and last four kept). */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length < 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
