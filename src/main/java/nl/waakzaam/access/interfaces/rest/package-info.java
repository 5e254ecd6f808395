/** What access adds to every REST resource: closed unless a method says who may call it. */
package nl.waakzaam.access.interfaces.rest;
