/**
 * Linking's use cases: the entities of a signal indexed as it is received (in the receiving
 * transaction, after its service clock is set), and the other signals that name them.
 */
package nl.waakzaam.linking.application;
