import type { FieldDef } from './template.js';
import { ILLEGIBLE } from './values.js';

/**
 * What a caller without the right to personal data sees: enough to recognise a record
 * (`Nguyễn V** A*`, `001*******45`), never enough to identify a person.
 */
export function maskValue(field: FieldDef, v: string | null): string | null {
  if (v === null || v === ILLEGIBLE || !field.sensitive) return v;
  switch (field.type) {
    case 'CITIZEN_ID':
    case 'OLD_ID':
    case 'PHONE': {
      const d = v.replace(/\D/g, '');
      if (d.length <= 5) return '*'.repeat(d.length);
      return d.slice(0, 3) + '*'.repeat(d.length - 5) + d.slice(-2);
    }
    case 'PERSON_NAME': {
      // Family name kept (shared by millions), every other word reduced to its first letter.
      const words = v.trim().split(/\s+/);
      return words.map((w, i) => (i === 0 ? w : [...w][0] + '*'.repeat(Math.max(1, [...w].length - 1)))).join(' ');
    }
    case 'DATE': {
      const y = /(\d{4})$/.exec(v);
      return y ? `**/**/${y[1]}` : '****';
    }
    default:
      // Places and addresses: only the last part (province) stays.
      if (field.type === 'ADDRESS' || field.type === 'PLACE') {
        const parts = v.split(',').map((p) => p.trim());
        return parts.length > 1 ? `***, ${parts[parts.length - 1]}` : '***';
      }
      return '***';
  }
}
