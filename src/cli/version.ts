import { version } from '../../package.json';

/** The package version, compiled in by esbuild (only this field of package.json is kept). */
export const toolVersion: string = version;
