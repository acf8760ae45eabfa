/** Hostile texts described by a recipe (pieces repeated), so failures print a short name, not megabytes. */
export type Part = string | readonly [string, number];

export interface Recipe {
  readonly name: string;
  readonly parts: readonly Part[];
}

export function expand(recipe: Recipe): string {
  let out = '';
  for (const p of recipe.parts) out += typeof p === 'string' ? p : p[0].repeat(p[1]);
  return out;
}

export const recipe = (name: string, ...parts: Part[]): Recipe => ({ name, parts });
