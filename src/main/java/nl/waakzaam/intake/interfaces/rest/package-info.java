/**
 * The intake API: {@code POST /api/v1/signals} with its request and answer records, and their
 * mapping to the domain. Request records say what a valid body is; no entity crosses this boundary.
 */
package nl.waakzaam.intake.interfaces.rest;
