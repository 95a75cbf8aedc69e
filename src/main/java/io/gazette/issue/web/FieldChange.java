package io.gazette.issue.web;

/** One of the issue's fields as someone else saved it, where it differs from what this editor typed. */
public record FieldChange(String label, String theirs) {
}
