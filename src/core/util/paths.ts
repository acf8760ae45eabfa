/** POSIX-style path helpers for the core (no Node `path`, so it runs in the browser). */

export function dirnameOf(path: string): string {
  const i = path.replace(/[\\/]+$/, '').search(/[\\/][^\\/]*$/);
  return i <= 0 ? (path.startsWith('/') ? '/' : '.') : path.slice(0, i);
}

/** Join `relative` onto `base`, resolving `.` and `..`; an absolute `relative` wins. */
export function joinPath(base: string, relative: string): string {
  if (/^([a-zA-Z]:)?[\\/]/.test(relative)) return normalize(relative);
  return normalize(`${base}/${relative}`);
}

function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && absolute) continue;
    else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}
