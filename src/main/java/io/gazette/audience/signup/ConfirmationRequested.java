package io.gazette.audience.signup;

/** A double opt-in sign-up that needs its confirmation mail, carrying all the mail needs so no lookup is left to do. */
record ConfirmationRequested(long subscriberId, long listId, String email, String name, String listName,
                             String fromAddress, String fromName) {
}
