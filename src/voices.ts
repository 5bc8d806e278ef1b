/** Every engine Lectern knows, whether it is usable here (and if not, why), and its voices. */
export async function listVoices() {
  const { listEngines } = await import('./engines/registry.js');
  return listEngines();
}
