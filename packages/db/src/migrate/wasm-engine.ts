import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngine = bindings.SchemaEngine;

// The wasm-bindgen glue keeps the instance in module state, so instantiate once per process.
let ready: Promise<void> | undefined;

function instantiate(): Promise<void> {
  ready ??= (async () => {
    // The package's own entry imports the .wasm as an ES module, which Node 20 cannot do;
    // instantiate it by hand with the glue module as its import object instead.
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bytes = await readFile(join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await wasmApi().instantiate(bytes, { './schema_engine_bg.js': bindings });
    const exports = instance.exports as unknown as { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return ready;
}

// The package's lib settings (ES2023, no DOM) do not declare WebAssembly; type what we use.
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: unknown } }>;
}
const wasmApi = () => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * Starts Prisma's WebAssembly schema engine on a driver adapter. `log` receives the engine's
 * JSON log lines.
 */
export async function startSchemaEngine(options: {
  schemaPath: string;
  schema: string;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  log?: ((line: string) => void) | undefined;
}): Promise<SchemaEngine> {
  await instantiate();
  return bindings.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schema]] },
    (line: string) => options.log?.(line),
    bindMigrationAwareSqlAdapterFactory(options.adapter),
  );
}

/** Filters telling the engine that no table or enum is managed outside Prisma. */
export const noExternalEntities = { externalTables: [], externalEnums: [] };
