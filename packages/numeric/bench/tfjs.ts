// tfjs-core ships without kernels or gradient functions: the CPU kernels live in
// @tensorflow/tfjs-backend-cpu (a dev dependency of the benchmark only) and the gradients are
// registered by importing tfjs-core's register_all_gradients.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Tf = typeof import('@tensorflow/tfjs-core');

export async function loadTfjs(): Promise<{ tf: Tf | null; note: string }> {
  let tf: Tf;
  try {
    // CommonJS: the ESM build's deep imports (register_all_gradients) do not resolve in Node.
    tf = require('@tensorflow/tfjs-core') as Tf;
  } catch (e) {
    return { tf: null, note: `@tensorflow/tfjs-core could not be loaded: ${(e as Error).message}` };
  }
  const cpuBackend = '@tensorflow/tfjs-backend-cpu';
  try {
    require(cpuBackend);
  } catch {
    return {
      tf: null,
      note: `n/a: ${cpuBackend} is not installed (tfjs-core ${tf.version_core} has no kernels of its own; it needs that package registered as the 'cpu' backend)`,
    };
  }
  require('@tensorflow/tfjs-core/dist/register_all_gradients');
  await tf.setBackend('cpu');
  await tf.ready();
  return { tf, note: `tfjs-core ${tf.version_core}, backend ${tf.getBackend()} (float32)` };
}
