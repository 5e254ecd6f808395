/**
 * Configuration: {@link nl.waakzaam.shared.config.Setting} lists every key with its default and
 * meaning, {@link nl.waakzaam.shared.config.Settings} reads them typed through MicroProfile Config.
 * Nothing here knows what a setting is used for.
 */
package nl.waakzaam.shared.config;
