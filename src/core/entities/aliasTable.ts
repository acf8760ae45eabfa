import type { Entity } from '../factbase/schema';
// Placeholder: replaced by the real alias table.
export interface AliasTable { readonly size: number }
export function compileAliases(entities: readonly Entity[]): AliasTable { return { size: entities.length }; }
