import type { ProjectPartner } from '../project-idea/index.js';
import { type Actors, step } from './step.js';

/** Partner organisations; organisations are no personal data, so names go into the log. */
export const PARTNERS = {
  tuChemnitz: {
    partnerId: 'pt-tu-chemnitz',
    name: 'Technische Universität Chemnitz',
    sector: 'science',
  },
  kreativesSachsen: {
    partnerId: 'pt-kreatives-sachsen',
    name: 'Kreatives Sachsen – Sächsisches Zentrum für Kultur- und Kreativwirtschaft',
    sector: 'society',
  },
  ihkChemnitz: { partnerId: 'pt-ihk-chemnitz', name: 'IHK Chemnitz', sector: 'industry' },
  fraunhoferIwu: {
    partnerId: 'pt-fraunhofer-iwu',
    name: 'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik IWU',
    sector: 'science',
  },
  htwk: { partnerId: 'pt-htwk-leipzig', name: 'HTWK Leipzig', sector: 'science' },
  hwkDresden: { partnerId: 'pt-hwk-dresden', name: 'Handwerkskammer Dresden', sector: 'industry' },
  siliconSaxony: {
    partnerId: 'pt-silicon-saxony',
    name: 'Silicon Saxony e.V.',
    sector: 'industry',
  },
  elbtal: {
    partnerId: 'pt-elbtal-automation',
    name: 'Elbtal Automation GmbH, Radebeul',
    sector: 'industry',
  },
} as const satisfies Readonly<Record<string, ProjectPartner>>;

/** A partner joins a project idea in the given role. */
export const join = (
  projectIdeaId: string,
  partner: ProjectPartner,
  role: ProjectPartner['role'],
  on: string,
  by: Actors,
) => step('JoinPartner', { projectIdeaId, partner: { ...partner, role } }, by.team(on));
