/** `T` with its fields writable: for filling in an object that is built in steps, before it is handed out. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
