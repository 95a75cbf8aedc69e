package io.gazette.security.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfScopeTest {

    @Test
    void stateChangingRequestsWithTheSessionCookieAreChecked() {
        assertTrue(CsrfScope.requiresCheck("POST", "/logout", true));
        assertTrue(CsrfScope.requiresCheck("PUT", "/admin/issues/4", true));
        assertTrue(CsrfScope.requiresCheck("DELETE", "/api/issues/4", true));
        assertTrue(CsrfScope.requiresCheck("POST", "/subscribers", true), "only the subscriber paths themselves are public");
    }

    @Test
    void safeMethodsAndRequestsWithoutTheSessionAreNot() {
        assertFalse(CsrfScope.requiresCheck("GET", "/account", true));
        assertFalse(CsrfScope.requiresCheck("HEAD", "/account", true));
        assertFalse(CsrfScope.requiresCheck("POST", "/api/issues/4/status", false), "bearer and test identities");
    }

    @Test
    void publicSubscriberFormsAreExemptEvenWithTheSessionCookie() {
        assertFalse(CsrfScope.requiresCheck("POST", "/unsubscribe/abc.def", true), "RFC 8058 one-click");
        assertFalse(CsrfScope.requiresCheck("POST", "/subscribe/tidewater-weekly", true), "embeddable sign-up form");
        assertFalse(CsrfScope.requiresCheck("POST", "/preferences/abc.def", true));
        assertFalse(CsrfScope.requiresCheck("POST", "/confirm/abc.def", true));
        assertFalse(CsrfScope.requiresCheck("POST", "/subscribe", true));
    }
}
