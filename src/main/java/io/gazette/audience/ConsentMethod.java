package io.gazette.audience;

/** How consent to a subscription was obtained, for the consent record. */
public enum ConsentMethod {
    /** The person used a sign-up form or their preferences page. */
    FORM,
    /** An admin imported the address from a CSV file and vouched for consent obtained elsewhere. */
    IMPORT,
    /** Another system added the address through the JSON API. */
    API,
    /** An admin confirmed the subscription by hand. */
    ADMIN
}
