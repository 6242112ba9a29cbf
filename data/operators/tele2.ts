// Tele2, a brand of Mobile Telecom-Service LLP with ALTEL. The research found no official page on
// ending a contract, its documents or refunds, so every step is the general procedure, labelled as
// such: the company's two guides are built alike (data/mobile-telecom-service.ts).
import { mobileTelecomBrand } from '../mobile-telecom-service';

export const tele2 = mobileTelecomBrand({ id: 'tele2', name: 'Tele2', hosts: ['tele2.kz'] }, 'ALTEL');
