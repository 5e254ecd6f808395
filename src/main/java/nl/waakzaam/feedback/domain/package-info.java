/**
 * What reporters see of their signal after sending it: follow-up sessions opened with the receipt
 * code, and the discreet, reporter-facing translation of status and history. Staff messages and
 * notifications will join here.
 */
package nl.waakzaam.feedback.domain;
