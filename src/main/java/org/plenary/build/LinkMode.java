package org.plenary.build;

/** How much link checking a build does. */
public enum LinkMode {
    INTERNAL, EXTERNAL, OFF
}
