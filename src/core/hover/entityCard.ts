import type { FactIndex } from '../factbase/factIndex';
import type { Entity, Relation } from '../factbase/schema';
import { md, mdClip, mdLink } from './escape';
import { formatFactValue, kindLabel, plural } from './format';
import { entityName, sourcesText, type SourceMarker } from './sources';

export interface EntityCardOptions {
  /** How often the entity is mentioned in the document. */
  readonly mentions: number;
  readonly maxFacts?: number;
  readonly maxRelated?: number;
  /** The document's marker for a fact's source (none is shown when it lists no reference for it). */
  readonly markerOf?: SourceMarker;
}

function relationText(index: FactIndex, entityId: string, r: Relation): string {
  const verb = md(r.type.replace(/-/g, ' '));
  return r.from === entityId
    ? `${verb} **${entityName(index, r.to)}**`
    : `**${entityName(index, r.from)}** ${verb} this`;
}

/** Hover card for an entity mention: name, kind, summary, key facts, related entities, mentions. */
export function entityCard(index: FactIndex, entity: Entity, options: EntityCardOptions): string {
  const maxFacts = options.maxFacts ?? 8;
  const maxRelated = options.maxRelated ?? 8;
  const lines: string[] = [];
  const title = entity.url ? mdLink(entity.name, entity.url) : md(entity.name);
  lines.push(`**${title}** · _${md(kindLabel(entity.kind))}_`);
  if (entity.roles?.length) lines.push('', entity.roles.map((r) => md(r)).join(' · '));
  lines.push('', mdClip(entity.summary, 700));

  const facts = index.factsAbout(entity.id);
  if (facts.length) {
    lines.push('', '**Key facts**', '');
    for (const fact of facts.slice(0, maxFacts)) {
      const value = fact.value ? ` — **${md(formatFactValue(fact.value))}**` : '';
      lines.push(`- ${mdClip(fact.statement)}${value}  `, `  ${sourcesText(index, fact.sources, 2, options.markerOf)}`);
    }
    if (facts.length > maxFacts) lines.push(`- _and ${facts.length - maxFacts} more_`);
  }

  const related: string[] = [];
  for (const id of entity.memberOf ?? []) related.push(`part of **${entityName(index, id)}**`);
  for (const r of index.relationsOf(entity.id)) related.push(relationText(index, entity.id, r));
  if (related.length) {
    const unique = [...new Set(related)];
    const more = unique.length > maxRelated ? `; _and ${unique.length - maxRelated} more_` : '';
    lines.push('', `**Related:** ${unique.slice(0, maxRelated).join('; ')}${more}`);
  }

  lines.push('', `_${options.mentions === 0 ? 'Not mentioned' : `Mentioned ${plural(options.mentions, 'time')}`} in this document._`);
  return lines.join('\n');
}
