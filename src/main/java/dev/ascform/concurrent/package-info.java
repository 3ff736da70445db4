/** Small helpers for the work ascform spreads over threads (config files, reads, pages). */
package dev.ascform.concurrent;
