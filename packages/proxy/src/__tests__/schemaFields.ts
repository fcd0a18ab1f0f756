/** Every object field name a zod schema can produce, at any depth (for tests over all operations). */
export function fieldNamesOf(schema: unknown): string[] {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    const shape = def.shape as Record<string, unknown> | undefined;
    for (const [name, field] of Object.entries(shape ?? {})) {
      names.add(name);
      walk(field);
    }
    for (const key of ['innerType', 'element', 'in', 'out', 'valueType', 'keyType', 'catchall', 'left', 'right']) {
      walk(def[key]);
    }
    for (const option of [...((def.options as unknown[]) ?? []), ...((def.items as unknown[]) ?? [])]) walk(option);
    if (typeof def.getter === 'function') walk(def.getter());
  };
  walk(schema);
  return [...names].sort();
}
