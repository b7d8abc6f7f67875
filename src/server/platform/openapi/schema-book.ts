import { z } from 'zod';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** A request is read as zod's input (before defaults and coercion), a response as its output. */
export type SchemaIo = 'input' | 'output';

/** Converts zod schemas to JSON Schema, naming shared ones as OpenAPI components. */
export interface SchemaBook {
  /** `schema` as JSON Schema, with every named schema in it as a `#/components/schemas` $ref. */
  toJson(schema: z.core.$ZodType, io: SchemaIo): JsonSchema;
  /** The named schemas referenced so far, by component name. */
  components(): Record<string, JsonSchema>;
}

const defsPrefix = '#/$defs/';
const componentsPrefix = '#/components/schemas/';

function mapRefs(value: unknown, rename: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, rename));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      key === '$ref' && typeof child === 'string' && child.startsWith(defsPrefix)
        ? [key, componentsPrefix + rename(child.slice(defsPrefix.length))]
        : [key, mapRefs(child, rename)],
    ),
  );
}

/**
 * A schema book over `named` (component name → zod schema), with zod 4's own `z.toJSONSchema`:
 * each conversion extracts the named schemas it meets into `$defs`, which become components.
 * A named schema whose input and output forms differ (a default, a coercion, a non-strict
 * object) is two components: `Name` (output) and `NameInput`. Throws on what JSON Schema
 * cannot say (a transform's output, a custom type), so nothing is documented wrong silently.
 */
export function createSchemaBook(named: Readonly<Record<string, z.core.$ZodType>>): SchemaBook {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const convert = (schema: z.core.$ZodType, io: SchemaIo): JsonSchema =>
    z.toJSONSchema(schema, {
      metadata: registry,
      io,
      target: 'draft-2020-12',
      unrepresentable: 'throw',
    });
  const twoForms = new Set(
    Object.entries(named)
      .filter(
        ([, s]) => JSON.stringify(convert(s, 'input')) !== JSON.stringify(convert(s, 'output')),
      )
      .map(([id]) => id),
  );
  const nameOf = (io: SchemaIo) => (id: string) => {
    if (!(id in named)) throw new Error(`JSON Schema definition '${id}' is not a named schema`);
    return io === 'input' && twoForms.has(id) ? `${id}Input` : id;
  };
  const collected: Record<string, JsonSchema> = {};

  return {
    toJson(schema, io) {
      const rename = nameOf(io);
      const { $schema: _dialect, $defs, ...root } = convert(schema, io);
      for (const [id, def] of Object.entries($defs ?? {})) {
        const name = rename(id);
        const json = mapRefs(def, rename) as JsonSchema;
        const known = collected[name];
        if (known && JSON.stringify(known) !== JSON.stringify(json)) {
          throw new Error(`Component '${name}' converts differently in two places`);
        }
        collected[name] = json;
      }
      return mapRefs(root, rename) as JsonSchema;
    },
    components: () => ({ ...collected }),
  };
}
