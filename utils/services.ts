// The withdrawn "also guide me on eGov and Kaspi": those origins stay optional host permissions only
// so that access an earlier version was given can be given back (utils/worker.ts syncServices). The
// guide content script was registered there at run time while the permission was granted, never
// listed in the manifest; what this file registers or unregisters follows what is granted.
import { browser } from 'wxt/browser';
import { SERVICE_IDS, type ServiceId } from '@/data/schema';
import { SERVICE_HOSTS } from '@/data/hosts';

export const GUIDE_SCRIPT = 'content-scripts/guide.js';
export const serviceScriptId = (service: ServiceId) => `guide-service-${service}`;

/** Same pattern form as the manifest's (data/hosts.ts): `*.host` also covers the bare host. */
export function serviceMatches(service: ServiceId): string[] {
  return SERVICE_HOSTS[service].map((host) => `https://*.${host}/*`);
}

interface ManifestScript {
  js?: string[];
  css?: string[];
  run_at?: string;
}

/** The guide script's files as the build wrote them into the manifest, so a registered copy behaves like the declared one. */
function guideScriptFiles(): { js: string[]; css: string[]; runAt: 'document_start' | 'document_end' | 'document_idle' } {
  let declared: ManifestScript | undefined;
  try {
    const scripts = (browser.runtime.getManifest() as { content_scripts?: ManifestScript[] }).content_scripts ?? [];
    declared = scripts.find((entry) => entry.js?.includes(GUIDE_SCRIPT));
  } catch {
    declared = undefined;
  }
  const runAt = declared?.run_at;
  return {
    js: declared?.js ?? [GUIDE_SCRIPT],
    css: declared?.css ?? [],
    runAt: runAt === 'document_start' || runAt === 'document_end' ? runAt : 'document_idle',
  };
}

export interface ServicesResult {
  /** Services whose origins the user has granted. */
  readonly granted: readonly ServiceId[];
  /** Services the guide script is registered for after the sync. */
  readonly registered: readonly ServiceId[];
}

/**
 * Makes the registered scripts match the granted permissions: registers the guide script for each
 * service the user granted and unregisters it where the permission was withdrawn. Idempotent.
 */
export async function syncServiceScripts(): Promise<ServicesResult> {
  const granted: ServiceId[] = [];
  for (const service of SERVICE_IDS) {
    if (await browser.permissions.contains({ origins: serviceMatches(service) })) granted.push(service);
  }
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return { granted, registered: [] };

  const ids = SERVICE_IDS.map(serviceScriptId);
  const existing = new Set((await scripting.getRegisteredContentScripts({ ids })).map((script) => script.id));
  const stale = SERVICE_IDS.filter((s) => !granted.includes(s) && existing.has(serviceScriptId(s))).map(serviceScriptId);
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });

  const missing = granted.filter((s) => !existing.has(serviceScriptId(s)));
  if (missing.length > 0) {
    const { js, css, runAt } = guideScriptFiles();
    await scripting.registerContentScripts(
      missing.map((service) => ({
        id: serviceScriptId(service),
        matches: serviceMatches(service),
        js,
        ...(css.length > 0 ? { css } : {}),
        runAt,
      })),
    );
  }
  return { granted, registered: granted };
}
