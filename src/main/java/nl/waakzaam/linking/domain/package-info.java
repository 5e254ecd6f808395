/**
 * What connects signals: the entities a signal names (licence plates, phone numbers, IBANs, KvK and
 * branch numbers, e-mail addresses, vessels, addresses), each normalised to one value however it
 * was written, and found in typed fields and in free text. Signals that name the same entity are
 * related; the normalised value is the key.
 */
package nl.waakzaam.linking.domain;
