/**
 * The registries' fields, declared once: name, type, whether required, allowed values or pattern, and the help text
 * an editor shows. The validator ({@code org.plenary.model.internal}) reads records through these declarations, and
 * {@code org.plenary.schema} turns the same declarations into JSON Schemas, so what the editor flags and what
 * {@code plenary validate} reports cannot drift apart. Cross-field rules (dates in order, references that exist,
 * draws that recompute) stay in the readers, since no schema can express them.
 */
package org.plenary.model.spec;
