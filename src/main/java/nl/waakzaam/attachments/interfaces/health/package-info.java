/** What the attachments capability tells {@code /health}: where uploaded files are inspected. */
package nl.waakzaam.attachments.interfaces.health;
