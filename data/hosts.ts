// The sites the extension knows. Only the operators' are ones it may touch: imported by wxt.config.ts
// (manifest) and by the page classifier, so the manifest and the detector never disagree about them.
import type { OperatorId, ServiceId } from './schema';

export const OPERATOR_HOSTS: Readonly<Record<OperatorId, readonly string[]>> = {
  kcell: ['kcell.kz'],
  activ: ['activ.kz'],
  izi: ['izi.me'],
  beeline: ['beeline.kz'],
  tele2: ['tele2.kz'],
  altel: ['altel.kz', 'altel4g.kz'],
};

/** The services the precautions send the user to; their pages are official sources of those precautions. Not in the manifest. */
export const SERVICE_HOSTS: Readonly<Record<ServiceId, readonly string[]>> = {
  egov: ['egov.kz'],
  kaspi: ['kaspi.kz'],
};

// `*.host` also matches the bare host in match patterns, so one pattern a host is enough.
const matchesOf = (hosts: Readonly<Record<string, readonly string[]>>): readonly string[] =>
  Object.values(hosts).flatMap((list) => list.map((host) => `https://*.${host}/*`));

// Marked pure so that a bundle which only reads the hosts (the popup) drops the patterns.
export const OPERATOR_MATCHES = /* @__PURE__ */ matchesOf(OPERATOR_HOSTS);
