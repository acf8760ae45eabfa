// Pure (no `vscode` import): used by scripts/generate-settings.mjs and the drift test.
import { z } from 'zod';
import { settingDefs, settingSections } from '../core/settings';

export interface ConfigurationSection {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  readonly properties: Record<string, Record<string, unknown>>;
}

/** The JSON schema VS Code shows for one setting, from its zod schema. */
function propertySchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  const { $schema: _, default: defaultValue, type, ...rest } = json;
  if (rest.maximum === Number.MAX_SAFE_INTEGER) delete rest.maximum;
  if (rest.minimum === Number.MIN_SAFE_INTEGER) delete rest.minimum;
  return { type, ...rest, default: defaultValue };
}

/**
 * `contributes.configuration` for package.json: one titled section per entry of
 * `settingSections`, with every setting of `settingDefs` as `policyLens.<key>`.
 */
export function configurationContribution(): ConfigurationSection[] {
  const sections = Object.values(settingSections).sort((a, b) => a.order - b.order);
  return sections.map((section) => {
    const properties: Record<string, Record<string, unknown>> = {};
    let order = 0;
    for (const [key, def] of Object.entries(settingDefs)) {
      if (def.section.id !== section.id) continue;
      properties[`policyLens.${key}`] = {
        ...propertySchema(def.schema),
        description: def.description,
        ...(def.markdownDescription ? { markdownDescription: def.markdownDescription } : {}),
        ...(def.scope ? { scope: def.scope } : {}),
        order: order++,
      };
    }
    return { id: `policyLens.${section.id}`, title: `Policy Lens: ${section.title}`, order: section.order, properties };
  });
}
