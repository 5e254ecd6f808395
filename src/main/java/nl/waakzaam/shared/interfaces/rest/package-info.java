/**
 * What every REST resource shares: the JAX-RS application, the strict JSON request reader, the one
 * problem+json error shape with its mappers, the body cap, and language choice. Capabilities use it
 * from their own {@code interfaces}; it knows no capability.
 */
package nl.waakzaam.shared.interfaces.rest;
