/**
 * What reporters see of their signal after sending it: the discreet, reporter-facing translation of
 * status and history, the messages between platform and reporter, and the notices of news to a
 * reporter who left an e-mail address. The follow-up session itself is access's.
 */
package nl.waakzaam.feedback.domain;
