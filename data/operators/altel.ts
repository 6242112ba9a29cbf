// ALTEL, a brand of Mobile Telecom-Service LLP with Tele2 (its older tariff site is altel4g.kz). The
// research found no official page on ending a contract, its documents or refunds, so every step is the
// general procedure, labelled as such: the company's two guides are built alike (data/mobile-telecom-service.ts).
import { mobileTelecomBrand } from '../mobile-telecom-service';

export const altel = mobileTelecomBrand({ id: 'altel', name: 'ALTEL', hosts: ['altel.kz', 'altel4g.kz'] }, 'Tele2');
