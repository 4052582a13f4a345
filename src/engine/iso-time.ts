import { toLocalIso } from '../diagnose/local-iso.js';

/** The value a `<input type="datetime-local">` shows for an instant, in local time. */
export function toDateTimeLocal(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : toLocalIso(date).slice(0, 16);
}

/** Reads a datetime-local value (local wall time) back as ISO with offset. */
export function fromDateTimeLocal(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : toLocalIso(date);
}
