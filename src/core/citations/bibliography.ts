/** Bibliography files for Pandoc keys: CSL-JSON and BibTeX, parsed leniently. */

export interface BibEntry {
  readonly key: string;
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
}

export interface Bibliography {
  readonly file: string;
  readonly entries: ReadonlyMap<string, BibEntry>;
  /** Set when the file could not be read or parsed. */
  readonly error?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function parseCslJson(content: string): Map<string, BibEntry> {
  const data: unknown = JSON.parse(content);
  const items = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items) ? (data as { items: unknown[] }).items : [];
  const out = new Map<string, BibEntry>();
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const rec = item as Record<string, unknown>;
    const key = str(rec.id);
    if (!key || Object.prototype.hasOwnProperty.call(Object.prototype, key)) continue;
    const publisher = str(rec.publisher) ?? str(rec['container-title']);
    const url = str(rec.URL) ?? str(rec.url);
    out.set(key, { key, title: str(rec.title) ?? key, ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) });
  }
  return out;
}

/** Value of a BibTeX field starting at `i` (after `=`): braces, quotes or a bare word. */
function readBibValue(s: string, i: number): [string, number] {
  while (i < s.length && /\s/.test(s[i])) i++;
  if (s[i] === '{') {
    let depth = 0;
    const start = i + 1;
    for (; i < s.length; i++) {
      if (s[i] === '{') depth++;
      else if (s[i] === '}' && --depth === 0) return [s.slice(start, i), i + 1];
    }
    return [s.slice(start), s.length];
  }
  if (s[i] === '"') {
    const end = s.indexOf('"', i + 1);
    return end < 0 ? [s.slice(i + 1), s.length] : [s.slice(i + 1, end), end + 1];
  }
  const m = /^[^,}\s]*/.exec(s.slice(i));
  return [m ? m[0] : '', i + (m ? m[0].length : 0)];
}

function parseBibtex(content: string): Map<string, BibEntry> {
  const out = new Map<string, BibEntry>();
  const entryRe = /@([A-Za-z]+)\s*[{(]\s*([^,\s@]+)\s*,/g;
  let m: RegExpExecArray | null;
  while ((m = entryRe.exec(content))) {
    if (/^(string|preamble|comment)$/i.test(m[1])) continue;
    const key = m[2];
    const fields: Record<string, string> = {};
    let i = entryRe.lastIndex;
    const fieldRe = /\s*([A-Za-z][\w-]*)\s*=/y;
    for (;;) {
      fieldRe.lastIndex = i;
      const f = fieldRe.exec(content);
      if (!f) break;
      const [value, next] = readBibValue(content, fieldRe.lastIndex);
      fields[f[1].toLowerCase()] = value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
      i = next;
      while (i < content.length && /[\s,]/.test(content[i])) i++;
      if (content[i] === '}' || content[i] === ')') break;
    }
    entryRe.lastIndex = Math.max(entryRe.lastIndex, i);
    const publisher = fields.publisher || fields.journal || fields.organization || fields.institution || fields.howpublished;
    out.set(key, { key, title: fields.title || key, ...(publisher ? { publisher } : {}), ...(fields.url ? { url: fields.url } : {}) });
  }
  return out;
}

export function parseBibliography(file: string, content: string | undefined): Bibliography {
  if (content === undefined) return { file, entries: new Map(), error: `the bibliography file ${file} could not be read` };
  try {
    const trimmed = content.trimStart();
    const entries = trimmed.startsWith('[') || trimmed.startsWith('{') ? parseCslJson(content) : parseBibtex(content);
    return { file, entries };
  } catch (e) {
    return { file, entries: new Map(), error: `the bibliography file ${file} is not valid CSL-JSON or BibTeX (${(e as Error).message})` };
  }
}
