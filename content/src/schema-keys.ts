import type { z } from 'zod';
import type { Path } from './yaml-source';

type AnySchema = z.ZodType & { def?: Record<string, unknown>; _zod?: { def: Record<string, unknown> } };

const defOf = (schema: AnySchema) => (schema._zod?.def ?? schema.def ?? {}) as Record<string, unknown>;

/** The field names an object schema allows at `path`, for "did you mean" suggestions. */
export function keysAt(schema: z.ZodType, path: Path): string[] {
  let current: AnySchema | undefined = schema as AnySchema;
  for (const part of path) {
    current = current ? child(current, part) : undefined;
  }
  return current ? shapeKeys(current) : [];
}

function unwrap(schema: AnySchema): AnySchema {
  const def = defOf(schema);
  if ((def['type'] === 'optional' || def['type'] === 'nullable' || def['type'] === 'default') && def['innerType']) {
    return unwrap(def['innerType'] as AnySchema);
  }
  return schema;
}

function child(schema: AnySchema, part: string | number): AnySchema | undefined {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def['type'] === 'array') return def['element'] as AnySchema;
  if (def['type'] === 'object') return (def['shape'] as Record<string, AnySchema>)[String(part)];
  return undefined;
}

function shapeKeys(schema: AnySchema): string[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def['type'] === 'object') return Object.keys(def['shape'] as object);
  if (def['type'] === 'union') return [...new Set((def['options'] as AnySchema[]).flatMap(shapeKeys))];
  return [];
}
