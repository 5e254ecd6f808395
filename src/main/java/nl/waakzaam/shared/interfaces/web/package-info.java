/** Servlet-level concerns of every response, such as security headers; no page or API logic. */
package nl.waakzaam.shared.interfaces.web;
