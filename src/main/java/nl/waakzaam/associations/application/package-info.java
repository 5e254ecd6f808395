/**
 * What associations do: submit a batch once however often it is sent, follow their own signals as
 * their members would on the follow-up page, and answer the platform on a member's behalf.
 */
package nl.waakzaam.associations.application;
