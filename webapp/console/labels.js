// Dutch names for what the API names in English constants. Copyright Waakzaam, EUPL-1.2.

export const STATUS = {
  RECEIVED: 'Ontvangen',
  IN_TRIAGE: 'In behandeling',
  AWAITING_REPORTER: 'Wacht op melder',
  ROUTED: 'Doorgestuurd',
  CLOSED: 'Afgesloten',
  REJECTED: 'Afgewezen',
  MERGED: 'Samengevoegd',
};

export const KIND = {
  GENERAL: 'Ondernemer',
  BARN_OFFER: 'Schuur / loods',
  VESSEL: 'Haven / jachthaven',
};

export const SECTOR = {
  RETAIL: 'Detailhandel',
  HOSPITALITY: 'Horeca',
  REAL_ESTATE: 'Vastgoed',
  CAR_TRADE: 'Autohandel',
  LOGISTICS: 'Transport en logistiek',
  FINANCE: 'Financiële dienstverlening',
  AGRICULTURE: 'Agrarisch',
  MARITIME: 'Maritiem',
  RECREATION: 'Recreatie',
  CONSTRUCTION: 'Bouw',
  OTHER: 'Anders',
};

export const PRIORITY = { LOW: 'Laag', NORMAL: 'Normaal', HIGH: 'Hoog', URGENT: 'Spoed' };

export const CATEGORY = {
  DRUG_PRODUCTION: 'Drugsproductie',
  DRUG_TRAFFICKING: 'Drugshandel en -smokkel',
  MONEY_LAUNDERING: 'Witwassen',
  LABOUR_EXPLOITATION: 'Arbeidsuitbuiting',
  EXTORTION: 'Afpersing en intimidatie',
  FRAUD: 'Fraude',
  REAL_ESTATE_ABUSE: 'Misbruik van vastgoed',
  OTHER: 'Anders',
};

export const PARTNER = {
  POLICE: 'Politie',
  RIEC: 'RIEC',
  MUNICIPALITY: 'Gemeente',
  TAX_AUTHORITY: 'Belastingdienst',
  CUSTOMS: 'Douane',
  PUBLIC_PROSECUTOR: 'Openbaar Ministerie',
  PROVINCE: 'Provincie',
  BENEFITS: 'Toeslagen',
  FIOD: 'FIOD',
  LABOUR_INSPECTORATE: 'Arbeidsinspectie',
  KMAR: 'Koninklijke Marechaussee',
  IND: 'IND',
  UWV: 'UWV',
  NVWA: 'NVWA',
  EURIEC: 'EURIEC',
};

/** The parts of a signal a traceability check can withhold from partners. */
export const CONTENT_PART = {
  PLACE: 'De plaats (gemeente en postcodegebied)',
  ADDRESS: 'Het adres of de precieze plek',
  OBSERVED_AT: 'De datum en tijd',
  DESCRIPTION: 'De woorden van de melder',
  ANSWERS: 'De antwoorden op de vragen',
  PERSONS: 'De genoemde personen',
  VEHICLES: 'De genoemde voertuigen',
  VESSELS: 'De genoemde vaartuigen',
  FILES: 'De bestanden',
};

/** What a partner did with a package. */
export const PARTNER_OUTCOME = {
  ADMINISTRATIVE_MEASURE: 'Bestuurlijke maatregel (zoals een sluiting)',
  BIBOB_CHECK: 'Bibob-toets',
  CRIMINAL_INVESTIGATION: 'Strafrechtelijk onderzoek',
  TAX_ACTION: 'Fiscale actie',
  USED_IN_EXISTING_CASE: 'Gebruikt in een lopende zaak',
  NO_ACTION: 'Geen actie',
  ALREADY_KNOWN: 'Was al bekend',
};

export const OUTCOME = {
  FORWARDED: 'Doorgestuurd naar een partner',
  NO_ACTION: 'Geen actie',
  INSUFFICIENT_INFORMATION: 'Onvoldoende informatie',
  ADVICE_GIVEN: 'Advies gegeven',
};

export const SLA = {
  OVERDUE: 'Termijn verstreken',
  DUE_SOON: 'Termijn loopt bijna af',
  ON_TRACK: 'Op tijd',
  NONE: 'Geen lopende termijn',
};

export const DEADLINE = { FIRST_FEEDBACK: 'eerste terugkoppeling', DECISION: 'besluit' };

export const EVENT = {
  STATUS_CHANGED: 'Status',
  ASSIGNED: 'Toegewezen',
  CLASSIFIED: 'Categorie en prioriteit',
  TRACEABILITY_CHECKED: 'Herleidbaarheidscheck',
  MERGED_IN: 'Dubbele melding hierin samengevoegd',
  UNMERGED: 'Samenvoegen ongedaan gemaakt',
  TRANSFER_OFFERED: 'Aangeboden aan een andere regio',
  TRANSFER_ACCEPTED: 'Overgenomen van een andere regio',
  TRANSFER_RETURNED: 'Teruggegeven door de andere regio',
  TRANSFER_WITHDRAWN: 'Aanbod aan een andere regio ingetrokken',
  PARTNERS_DISCLOSED: 'Melder mag zien aan wie is doorgestuurd',
  PARTNERS_CONCEALED: 'Melder ziet niet meer aan wie is doorgestuurd',
  FORWARDED_FURTHER: 'Verder doorgestuurd',
};

export const ENTITY_TYPE = {
  LICENCE_PLATE: 'Kenteken',
  PHONE_NUMBER: 'Telefoonnummer',
  IBAN: 'IBAN',
  KVK_NUMBER: 'KvK-nummer',
  BRANCH_NUMBER: 'Vestigingsnummer',
  EMAIL_ADDRESS: 'E-mailadres',
  MMSI: 'MMSI',
  ENI_NUMBER: 'ENI-nummer',
  VESSEL_NAME: 'Scheepsnaam',
  ADDRESS: 'Adres',
};

/** The sorts of things a routing rule can require a signal to name. */
export const PRESENT_ENTITY = {
  FOREIGN_PLATE: 'Buitenlands kenteken',
  DUTCH_PLATE: 'Nederlands kenteken',
  MMSI: 'MMSI van een zeeschip',
  ENI_NUMBER: 'ENI-nummer van een binnenvaartschip',
  KVK_NUMBER: 'KvK- of vestigingsnummer',
  IBAN: 'IBAN',
  PHONE_NUMBER: 'Telefoonnummer van een betrokkene',
};

export const MESSAGE_KIND = {
  QUESTION: 'Vraag aan de melder',
  INFORMATION: 'Bericht aan de melder',
  REPLY: 'Antwoord van de melder',
  ADDITION: 'Aanvulling van de melder',
};

export const ATTACHMENT_STATE = {
  RECEIVED: 'Wordt gecontroleerd',
  ACCEPTED: 'Gecontroleerd',
  REFUSED: 'Geweigerd',
  PROCESSING_FAILED: 'Controle mislukt',
};

/** The label of value in a table, or the value itself when the table does not know it. */
export function label(table, value) {
  return value === null || value === undefined ? '—' : table[value] || value;
}

/** [value, label] pairs of a table, for a select. */
export function options(table) {
  return Object.entries(table);
}

/** The regional platforms by the name in their Keycloak group (/regions/<slug>). */
export const REGION = {
  'noord-nederland': 'Noord-Nederland',
  'oost-nederland': 'Oost-Nederland',
  'midden-nederland': 'Midden-Nederland',
  'noord-holland': 'Noord-Holland',
  'amsterdam-amstelland': 'Amsterdam-Amstelland',
  'den-haag': 'Den Haag',
  rotterdam: 'Rotterdam',
  'zeeland-west-brabant': 'Zeeland-West-Brabant',
  'oost-brabant': 'Oost-Brabant',
  limburg: 'Limburg',
};
