/** Runtime settings the api writes into the page's `techmatch-config` meta tag (no inline script is allowed). */
export interface WebConfig {
  /** Map tile URL template ({z}/{x}/{y}); null: the maps show only the province boundaries. */
  tileUrl: string | null;
}

export function readConfig(doc: Document = document): WebConfig {
  const content = doc.querySelector('meta[name="techmatch-config"]')?.getAttribute('content') ?? '{}';
  try {
    const parsed = JSON.parse(content) as Partial<WebConfig>;
    return { tileUrl: typeof parsed.tileUrl === 'string' ? parsed.tileUrl : null };
  } catch {
    return { tileUrl: null };
  }
}
