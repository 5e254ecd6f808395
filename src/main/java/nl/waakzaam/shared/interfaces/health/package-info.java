/** MicroProfile Health checks served under {@code /health}; they report state, never content. */
package nl.waakzaam.shared.interfaces.health;
