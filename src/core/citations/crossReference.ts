/**
 * A key that Quarto or pandoc-crossref reserves for a cross-reference to a labelled part of the
 * document: `@fig-scores`, `[@tbl-benchmarks]`, `[-@sec-intro]` (Quarto: a type, a dash, the
 * label) and `@fig:scores`, `@Eq:energy` (pandoc-crossref: a colon). It points at a figure,
 * table, section, equation, listing, callout, theorem or the like of the same document, not at a
 * bibliography entry, so it is no citation marker. Quarto's reserved types: fig, tbl, lst, tip,
 * nte, wrn, imp, cau, thm, lem, cor, prp, cnj, def, exm, exr, sol, rem, alg, eq, sec;
 * pandoc-crossref's are among them. A capital first letter (`@Fig-x`) capitalises the rendered
 * prefix.
 */
const crossReferenceRe = /^(?:fig|tbl|lst|tip|nte|wrn|imp|cau|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg|eq|sec)[-:]./i;

/** Whether the citation key (without its `@`) is a cross-reference, as the module's comment says. */
export function isCrossReference(key: string): boolean {
  return crossReferenceRe.test(key);
}
