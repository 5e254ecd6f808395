/** The association API: {@code /api/v1/batches} and {@code /api/v1/association/signals}. */
package nl.waakzaam.associations.interfaces.rest;
