import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPTIONAL_SERVICE_MATCHES } from '@/data/hosts';
import { serviceMatches, syncServiceScripts } from '@/utils/services';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('serviceMatches', () => {
  it('covers exactly the optional origins of the manifest', () => {
    expect([...serviceMatches('egov'), ...serviceMatches('kaspi')].sort()).toEqual([...OPTIONAL_SERVICE_MATCHES].sort());
  });
});

describe('syncServiceScripts', () => {
  it('registers the script with the files and timing the build declared for operator sites', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      content_scripts: [{ matches: ['https://*.kcell.kz/*'], js: ['content-scripts/guide.js'], css: ['content-scripts/guide.css'], run_at: 'document_end' }],
    } as never);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined as never);
    expect(await syncServiceScripts()).toEqual({ granted: ['egov', 'kaspi'], registered: ['egov', 'kaspi'] });
    expect(register).toHaveBeenCalledWith([
      { id: 'guide-service-egov', matches: ['https://*.egov.kz/*'], js: ['content-scripts/guide.js'], css: ['content-scripts/guide.css'], runAt: 'document_end' },
      { id: 'guide-service-kaspi', matches: ['https://*.kaspi.kz/*'], js: ['content-scripts/guide.js'], css: ['content-scripts/guide.css'], runAt: 'document_end' },
    ]);
  });

  it('does nothing to scripts already in place (idempotent)', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins }: { origins: string[] }) =>
      origins[0]!.includes('kaspi')) as never);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([{ id: 'guide-service-kaspi' }] as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts');
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts');
    expect(await syncServiceScripts()).toEqual({ granted: ['kaspi'], registered: ['kaspi'] });
    expect(register).not.toHaveBeenCalled();
    expect(unregister).not.toHaveBeenCalled();
  });

  it('reports nothing registered where the browser has no scripting API', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const scripting = fakeBrowser.scripting;
    Object.assign(fakeBrowser, { scripting: undefined });
    try {
      expect(await syncServiceScripts()).toEqual({ granted: ['egov', 'kaspi'], registered: [] });
    } finally {
      Object.assign(fakeBrowser, { scripting });
    }
  });
});
