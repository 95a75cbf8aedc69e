package io.gazette.delivery.bounce.ses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default pattern of gazette.delivery.ses.trusted-origin against real and forged certificate URLs. */
class TrustedOriginTest {

    private static final TrustedOrigin AWS = new TrustedOrigin("https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?");

    @ParameterizedTest
    @ValueSource(strings = {
            "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem",
            "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:eu-west-1:123456789012:t&Token=x",
            "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem",
            "HTTPS://SNS.US-EAST-1.AMAZONAWS.COM/SimpleNotificationService-abc.pem"})
    void trustsAwsSnsHostsOverHttps(String url) {
        assertTrue(AWS.trusts(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem",
            "https://sns.us-east-1.amazonaws.com.evil.example/cert.pem",
            "https://evil.example/sns.us-east-1.amazonaws.com/cert.pem",
            "https://sns.us-east-1.amazonaws.com@evil.example/cert.pem",
            "https://user@sns.us-east-1.amazonaws.com/cert.pem",
            "https://sns.us-east-1.amazonaws.com:8443/cert.pem",
            "https://s3.amazonaws.com/cert.pem",
            "https://xsns.us-east-1.amazonaws.com/cert.pem",
            "https://sns.us_east_1.amazonaws.com/cert.pem",
            "file:///etc/passwd",
            "/SimpleNotificationService-abc.pem",
            "not a url at all",
            ""})
    void refusesEverythingElse(String url) {
        assertFalse(AWS.trusts(url), url);
    }
}
