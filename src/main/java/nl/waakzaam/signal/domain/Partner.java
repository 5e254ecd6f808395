package nl.waakzaam.signal.domain;

/**
 * The kinds of organisation a regional platform forwards signals to: the partners of the RIEC-LIEC
 * covenant, and beside it the NVWA and EURIEC (../shared/data/partners/README.md). Each kind has
 * one organisation or more ({@link PartnerOrganisation}): the police a unit per region, a
 * municipality each.
 */
public enum Partner {
  POLICE,
  RIEC,
  MUNICIPALITY,
  TAX_AUTHORITY,
  CUSTOMS,
  PUBLIC_PROSECUTOR,
  PROVINCE,
  BENEFITS,
  FIOD,
  LABOUR_INSPECTORATE,
  KMAR,
  IND,
  UWV,
  NVWA,
  EURIEC
}
